import {
  IconCalendarEvent,
  IconChartBar,
  IconHandStop,
  IconLayoutDashboard,
  IconListCheck,
  IconMap2,
  IconPresentation,
  IconSearch,
  IconSettings,
  IconUsersGroup,
} from '@tabler/icons-react';

export type Area =
  | 'dashboard'
  | 'partners'
  | 'discovery'
  | 'events'
  | 'exhibition'
  | 'territory'
  | 'participation'
  | 'actionPlan'
  | 'reports'
  | 'administration';

/** One list drives both the router and the navigation, so a link can never point nowhere. */
export const AREAS = [
  { area: 'dashboard', path: '/', icon: IconLayoutDashboard },
  { area: 'partners', path: '/partenaires', icon: IconUsersGroup },
  { area: 'discovery', path: '/decouverte', icon: IconSearch },
  { area: 'territory', path: '/territoire', icon: IconMap2 },
  { area: 'events', path: '/evenements', icon: IconCalendarEvent },
  { area: 'exhibition', path: '/exposition', icon: IconPresentation },
  { area: 'participation', path: '/participation', icon: IconHandStop },
  { area: 'actionPlan', path: '/plan-action', icon: IconListCheck },
  { area: 'reports', path: '/rapports', icon: IconChartBar },
  { area: 'administration', path: '/administration', icon: IconSettings },
] as const satisfies ReadonlyArray<{ area: Area; path: string; icon: unknown }>;
