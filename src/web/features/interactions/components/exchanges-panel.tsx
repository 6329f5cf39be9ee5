import { Card, Grid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { interactionsQueryOptions, type TimelineSubject } from '../api/interactions.ts';
import { InteractionTimeline } from './interaction-timeline.tsx';
import { type InteractionLinks, LogInteractionForm } from './log-interaction-form.tsx';

interface ExchangesPanelProps {
  subject: TimelineSubject;
  /** What a new exchange is linked to; absent when the user may only read. */
  links: InteractionLinks | null;
  contacts: { id: string; name: string }[];
  /** Offer a choice of person in the form (organisation page); a contact page already names them. */
  pickContact: boolean;
}

/** The "Historique des échanges" tab: the form to log one, and the timeline of all of them. */
export function ExchangesPanel({ subject, links, contacts, pickContact }: ExchangesPanelProps) {
  const interactions = useQuery(interactionsQueryOptions(subject));
  return (
    <Grid gap="xl">
      {links !== null && (
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Card withBorder padding="md">
            <LogInteractionForm links={links} contacts={pickContact ? contacts : undefined} />
          </Card>
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, md: links === null ? 12 : 7 }} order={{ base: 2, md: 1 }}>
        {interactions.isError ? (
          <QueryError error={interactions.error} onRetry={() => void interactions.refetch()} />
        ) : (
          <InteractionTimeline items={interactions.data?.items} showOrganisation={!pickContact} />
        )}
      </Grid.Col>
    </Grid>
  );
}
