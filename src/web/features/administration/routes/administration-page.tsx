import { Tabs } from '@mantine/core';
import { IconBuilding, IconMail, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ADMINISTRATION_TABS, TAB_PARAM } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { TrashPanel } from '../../audit/components/trash-panel.tsx';
import { OutboxPanel } from '../../outbox/components/outbox-panel.tsx';
import { StructuresPanel } from '../../structures/components/structures-panel.tsx';
import { UsersPanel } from '../../users/components/users-panel.tsx';

const TABS = [
  { key: 'users', icon: IconUsers, Panel: UsersPanel },
  { key: 'structures', icon: IconBuilding, Panel: StructuresPanel },
  { key: 'trash', icon: IconTrash, Panel: TrashPanel },
  { key: 'outbox', icon: IconMail, Panel: OutboxPanel },
] as const;

export function AdministrationPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(TAB_PARAM);
  const active = Object.values(ADMINISTRATION_TABS).find((slug) => slug === requested) ?? ADMINISTRATION_TABS.users;

  return (
    <>
      <PageHeader title={t('nav.administration')} description={t('admin.description')} />
      <Tabs value={active} onChange={(slug) => setSearchParams(slug === null ? {} : { [TAB_PARAM]: slug }, { replace: true })}>
        <Tabs.List mb="md">
          {TABS.map(({ key, icon: Icon }) => (
            <Tabs.Tab key={key} value={ADMINISTRATION_TABS[key]} leftSection={<Icon size={16} aria-hidden />}>
              {t(`admin.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ key, Panel }) => (
          <Tabs.Panel key={key} value={ADMINISTRATION_TABS[key]}>
            {active === ADMINISTRATION_TABS[key] && <Panel />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
