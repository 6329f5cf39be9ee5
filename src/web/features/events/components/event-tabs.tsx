import {
  IconCalendarTime,
  IconHistory,
  IconInfoCircle,
  IconListCheck,
  IconMoodSmile,
  IconTicket,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { HistoryPanel } from '../../audit/components/history-panel.tsx';
import { FeedbackTab } from '../../registrations/components/feedback-tab.tsx';
import { RegistrationsTab } from '../../registrations/components/registrations-tab.tsx';
import { EventOverview } from './event-overview.tsx';
import { ChecklistPanel, type PanelProps, PartnersPanel, SlotsPanel, StaffPanel } from './event-panels.tsx';

export type EventTab = {
  /** In the URL (`?onglet=`), French. */
  slug: string;
  labelKey:
    | 'events.tabs.overview'
    | 'events.tabs.slots'
    | 'events.tabs.registrations'
    | 'events.tabs.feedback'
    | 'events.tabs.partners'
    | 'events.tabs.staff'
    | 'events.tabs.checklist'
    | 'events.tabs.history';
  icon: ComponentType<{ size?: number }>;
  Panel: ComponentType<PanelProps>;
};

/** The event page's tabs, in order: a feature adds its own here (registrations, for one). */
export const EVENT_TABS: EventTab[] = [
  { slug: 'apercu', labelKey: 'events.tabs.overview', icon: IconInfoCircle, Panel: EventOverview },
  { slug: 'creneaux', labelKey: 'events.tabs.slots', icon: IconCalendarTime, Panel: SlotsPanel },
  {
    slug: 'inscriptions',
    labelKey: 'events.tabs.registrations',
    icon: IconTicket,
    Panel: ({ event }) => <RegistrationsTab eventId={event.id} />,
  },
  {
    slug: 'avis',
    labelKey: 'events.tabs.feedback',
    icon: IconMoodSmile,
    Panel: ({ event, canWrite }) => (
      <FeedbackTab eventId={event.id} canWrite={canWrite} begun={event.slots.some((slot) => Date.parse(slot.startsAt) <= Date.now())} />
    ),
  },
  { slug: 'partenaires', labelKey: 'events.tabs.partners', icon: IconUsersGroup, Panel: PartnersPanel },
  { slug: 'equipe', labelKey: 'events.tabs.staff', icon: IconUsers, Panel: StaffPanel },
  { slug: 'logistique', labelKey: 'events.tabs.checklist', icon: IconListCheck, Panel: ChecklistPanel },
  {
    slug: 'historique',
    labelKey: 'events.tabs.history',
    icon: IconHistory,
    Panel: ({ event }) => <HistoryPanel entityType="event" id={event.id} />,
  },
];
