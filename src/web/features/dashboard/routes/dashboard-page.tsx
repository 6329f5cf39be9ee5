import { Anchor, Group, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MY_DAY_PATH } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { StructureFacts } from '../../structures/components/structure-facts.tsx';
import { MyDayPanel } from '../../tasks/components/my-day-panel.tsx';
import { AreaLinks } from '../components/area-links.tsx';
import { ProgrammeOverview } from '../components/programme-overview.tsx';

export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { structure, role, isLoading, options } = useCurrentStructure();

  const description =
    structure === null
      ? t('dashboard.welcome', { name: user.name })
      : t('dashboard.welcomeWithStructure', { name: user.name, structure: structure.name });
  return (
    <Stack gap="xl">
      <PageHeader title={t('nav.dashboard')} description={description} />
      {isLoading && <Skeleton height={220} />}
      {!isLoading && structure === null && <EmptyBlock title={t('dashboard.noStructureTitle')} description={t('dashboard.noStructure')} />}
      {structure !== null && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <StructureFacts id={structure.id} role={role} />
          <section aria-labelledby="my-day-title">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h3" id="my-day-title">
                {t('myDay.title')}
              </Title>
              <Anchor component={Link} to={MY_DAY_PATH} size="sm">
                {t('myDay.open')}
              </Anchor>
            </Group>
            <MyDayPanel structureId={structure.id} headingLevel={3} />
          </section>
        </SimpleGrid>
      )}
      {structure !== null && <ProgrammeOverview structure={structure} several={options.length > 1} />}
      <AreaLinks />
    </Stack>
  );
}
