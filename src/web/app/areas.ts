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

/** The areas still to be built; each gets an honest placeholder page until then. */
export const UPCOMING_AREAS = ['discovery', 'reports'] as const;
export type UpcomingArea = (typeof UPCOMING_AREAS)[number];
export type Area =
  | 'dashboard'
  | 'partners'
  | 'events'
  | 'exhibition'
  | 'territory'
  | 'participation'
  | 'actionPlan'
  | UpcomingArea
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

export function isUpcomingArea(area: Area): area is UpcomingArea {
  return (UPCOMING_AREAS as readonly string[]).includes(area);
}
