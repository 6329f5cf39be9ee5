import { Anchor, Card, DataList, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../../contracts/roles.ts';
import type { Structure } from '../../../../contracts/structures.ts';
import { structurePath } from '../../../app/paths.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { structureQueryOptions } from '../api/structures.ts';
import { StructureBadges } from './structure-badges.tsx';

function postalAddress(structure: Structure): string | null {
  const town = [structure.postcode, structure.city].filter(Boolean).join(' ');
  const lines = [structure.address, town].filter(Boolean);
  return lines.length === 0 ? null : lines.join(', ');
}

/** The current structure's key facts, as the dashboard shows them. */
export function StructureFacts({ id, role }: { id: string; role: Role | null }) {
  const { t } = useTranslation();
  const query = useQuery(structureQueryOptions(id));
  if (query.isPending) return <Skeleton height={220} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const structure = query.data;
  const notProvided = t('common.notProvided');
  const facts = [
    { label: t('dashboard.yourRole'), value: role === null ? notProvided : t(`roles.${role}`) },
    { label: t('fields.address'), value: postalAddress(structure) ?? notProvided },
    { label: t('fields.email'), value: structure.email ?? notProvided },
    { label: t('fields.phone'), value: structure.phone ?? notProvided },
  ];
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {structure.name}
        </Title>
        <StructureBadges structure={structure} />
        <DataList>
          {facts.map((fact) => (
            <DataList.Item key={fact.label}>
              <DataList.ItemLabel>{fact.label}</DataList.ItemLabel>
              <DataList.ItemValue>{fact.value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <Anchor component={Link} to={structurePath(structure.id)}>
          {t('dashboard.openRecord')}
        </Anchor>
      </Stack>
    </Card>
  );
}
