import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { groupPath } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { groupsQueryOptions } from '../api/groups.ts';
import { GroupCreateForm } from './group-create-form.tsx';

export function GroupsPanel({ structureId, canWrite }: { structureId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const groups = useQuery(groupsQueryOptions(structureId));
  if (groups.isPending) return <TableSkeleton />;
  if (groups.isError) return <QueryError error={groups.error} onRetry={() => void groups.refetch()} />;
  return (
    <Stack>
      {groups.data.items.length === 0 ? (
        <EmptyBlock title={t('participation.groups.empty')} description={t('participation.groups.emptyHint')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {groups.data.items.map((group) => (
            <Card key={group.id} withBorder>
              <Stack gap={6}>
                <Anchor component={Link} to={groupPath(group.id)} fw={600}>
                  {group.name}
                </Anchor>
                <Group gap={6}>
                  {group.public && <Badge variant="light">{t(`publics.${group.public}`)}</Badge>}
                  {group.qpvCode && <Badge variant="outline">{t('participation.groups.qpv', { code: group.qpvCode })}</Badge>}
                </Group>
                <Text size="sm" c="dimmed">
                  {[
                    group.neighbourhood,
                    group.size === null ? null : t('participation.groups.people', { count: group.size }),
                    t('participation.groups.sessionCount', { count: group.sessionCount }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {canWrite && <GroupCreateForm structureId={structureId} />}
    </Stack>
  );
}
