import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { StructureFacts } from '../../structures/components/structure-facts.tsx';
import { AreaLinks } from '../components/area-links.tsx';

export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { structure, role, isLoading } = useCurrentStructure();

  const description =
    structure === null
      ? t('dashboard.welcome', { name: user.name })
      : t('dashboard.welcomeWithStructure', { name: user.name, structure: structure.name });
  return (
    <Stack gap="xl">
      <PageHeader title={t('nav.dashboard')} description={description} />
      {isLoading && <Skeleton height={220} />}
      {!isLoading && structure === null && <EmptyBlock title={t('dashboard.noStructureTitle')} description={t('dashboard.noStructure')} />}
      {structure !== null && <StructureFacts id={structure.id} role={role} />}
      <AreaLinks />
    </Stack>
  );
}
