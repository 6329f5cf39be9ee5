import { Tabs } from '@mantine/core';
import { IconAddressBook, IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DUPLICATES_TABS, PARTNERS_PATH, TAB_PARAM } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { PairsPanel } from '../components/pairs-panel.tsx';
import { RecentMerges } from '../components/recent-merges.tsx';

const TABS = [
  { kind: 'organisation', icon: IconBuilding },
  { kind: 'contact', icon: IconAddressBook },
] as const;

/** "Doublons": candidate pairs of the shared directory, merged field by field, undoable. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { role } = useCurrentStructure();
  const canWrite = role !== null && role !== 'observer';
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(TAB_PARAM);
  const active = Object.values(DUPLICATES_TABS).find((slug) => slug === requested) ?? DUPLICATES_TABS.organisation;
  return (
    <>
      <BackLink to={PARTNERS_PATH} label={t('nav.partners')} />
      <PageHeader title={t('duplicates.title')} description={t('duplicates.description')} />
      <Tabs value={active} onChange={(slug) => setSearchParams(slug === null ? {} : { [TAB_PARAM]: slug }, { replace: true })}>
        <Tabs.List mb="md">
          {TABS.map(({ kind, icon: Icon }) => (
            <Tabs.Tab key={kind} value={DUPLICATES_TABS[kind]} leftSection={<Icon size={16} aria-hidden />}>
              {t(`duplicates.tabs.${kind}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ kind }) => (
          <Tabs.Panel key={kind} value={DUPLICATES_TABS[kind]}>
            {active === DUPLICATES_TABS[kind] && (
              <>
                <PairsPanel kind={kind} canWrite={canWrite} />
                <RecentMerges kind={kind} canWrite={canWrite} />
              </>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
