import { Alert, Center, Pagination, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { publicEventsQueryOptions } from '../api/public-agenda.ts';
import { AgendaFilters, type AgendaFilterValues } from '../components/agenda-filters.tsx';
import { PublicEventCard } from '../components/public-event-card.tsx';

const PAGE_SIZE = 20;
/** French words in the URL, the API's names behind them. */
const URL_KEYS = { from: 'du', commune: 'commune', public: 'public', q: 'q' } as const;

/** The public agenda: upcoming events, filtered by date, commune, public and words; no account needed. */
export function AgendaPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicAgenda.title'));
  const [params, setParams] = useSearchParams();
  const values: AgendaFilterValues = {
    from: params.get(URL_KEYS.from) ?? '',
    commune: params.get(URL_KEYS.commune) ?? '',
    public: params.get(URL_KEYS.public) ?? '',
    q: params.get(URL_KEYS.q) ?? '',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useQuery(
    publicEventsQueryOptions({
      from: /^\d{4}-\d{2}-\d{2}$/.test(values.from) ? values.from : undefined,
      commune: values.commune.trim() || undefined,
      public: values.public || undefined,
      q: values.q.trim() || undefined,
      page: String(page),
      pageSize: String(PAGE_SIZE),
    }),
  );
  const apply = (next: AgendaFilterValues) => {
    const search = new URLSearchParams();
    for (const key of Object.keys(URL_KEYS) as (keyof AgendaFilterValues)[]) {
      if (next[key].trim() !== '') search.set(URL_KEYS[key], next[key].trim());
    }
    setParams(search);
  };
  const pages = list.data ? Math.ceil(list.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('publicAgenda.title')}</Title>
        <Text c="dimmed">{t('publicAgenda.intro')}</Text>
      </div>
      <AgendaFilters key={params.toString()} values={values} onApply={apply} />
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.isPending && (
        <Stack gap="sm" aria-busy>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} h={120} radius="md" />
          ))}
        </Stack>
      )}
      {list.data && (
        <Text size="sm" c="dimmed" role="status">
          {t('publicAgenda.count', { count: list.data.total })}
        </Text>
      )}
      {list.data?.items.length === 0 && <Alert color="gray">{t('publicAgenda.empty')}</Alert>}
      <Stack gap="sm">
        {list.data?.items.map((event) => (
          <PublicEventCard key={event.id} event={event} />
        ))}
      </Stack>
      {pages > 1 && (
        <Center>
          <Pagination
            total={pages}
            value={page}
            onChange={(next) => {
              const search = new URLSearchParams(params);
              search.set('page', String(next));
              setParams(search);
            }}
            getControlProps={(control) => ({ 'aria-label': t(`publicAgenda.pagination.${control}`) })}
          />
        </Center>
      )}
    </Stack>
  );
}
