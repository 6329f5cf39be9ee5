import { useTranslation } from 'react-i18next';
import { PARTNERS_PATH } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { MyDayPanel } from '../components/my-day-panel.tsx';

export function MyDayPage() {
  const { t } = useTranslation();
  const { structure } = useCurrentStructure();
  return (
    <>
      <BackLink to={PARTNERS_PATH} label={t('partners.back')} />
      <PageHeader title={t('myDay.title')} description={t('myDay.description', { structure: structure?.name ?? '' })} />
      <MyDayPanel structureId={structure?.id} />
    </>
  );
}
