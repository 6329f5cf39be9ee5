import { createBrowserRouter, type RouteObject } from 'react-router';
import { ForgotPasswordPage } from '../features/accounts/routes/forgot-password-page.tsx';
import { ResetPasswordPage } from '../features/accounts/routes/reset-password-page.tsx';
import { SignInPage } from '../features/accounts/routes/sign-in-page.tsx';
import { DashboardPage } from '../features/dashboard/routes/dashboard-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found-page.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RouteError } from './layout/route-error.tsx';
import { ShellSkeleton } from './layout/shell-skeleton.tsx';
import {
  ACTION_PLAN_PATH,
  ADMINISTRATION_PATH,
  AGENDA_CANCEL_PATH,
  AGENDA_EMBED_PATH,
  AGENDA_FEEDBACK_PATH,
  AGENDA_PATH,
  CONTRIBUTE_PATH,
  contactPath,
  DISCOVERY_PATH,
  DUPLICATES_PATH,
  EVENTS_PATH,
  EXHIBITION_PATH,
  eventCheckInPath,
  eventPath,
  FORGOT_PASSWORD_PATH,
  groupPath,
  IDEAS_PATH,
  IMPORT_PATH,
  importJobPath,
  MY_DAY_PATH,
  NETWORK_PATH,
  organisationPath,
  PARTICIPATION_PATH,
  PARTNERS_PATH,
  publicEventPath,
  REPORTS_PATH,
  RESET_PASSWORD_PATH,
  SIGN_IN_PATH,
  TERRITORY_PATH,
  WALL_PATH,
} from './paths.ts';

// The partner pages carry the board's drag and drop: downloaded when the area is first opened.
const partnerRoutes: RouteObject[] = [
  {
    path: PARTNERS_PATH,
    lazy: () => import('../features/partnerships/routes/partners-page.tsx').then((module) => ({ Component: module.PartnersPage })),
  },
  {
    path: eventCheckInPath(':id'),
    lazy: () => import('../features/registrations/routes/check-in-page.tsx').then((module) => ({ Component: module.CheckInPage })),
  },
  {
    path: MY_DAY_PATH,
    lazy: () => import('../features/tasks/routes/my-day-page.tsx').then((module) => ({ Component: module.MyDayPage })),
  },
  ...[IMPORT_PATH, importJobPath(':id')].map((path) => ({
    path,
    lazy: () => import('../features/imports/routes/import-page.tsx').then((module) => ({ Component: module.ImportPage })),
  })),
  {
    path: DUPLICATES_PATH,
    lazy: () => import('../features/duplicates/routes/duplicates-page.tsx').then((module) => ({ Component: module.DuplicatesPage })),
  },
  {
    path: organisationPath(':id'),
    lazy: () => import('../features/organisations/routes/organisation-page.tsx').then((module) => ({ Component: module.OrganisationPage })),
  },
  {
    path: contactPath(':id'),
    lazy: () => import('../features/contacts/routes/contact-page.tsx').then((module) => ({ Component: module.ContactPage })),
  },
];

// Citizen participation and the local action plan, downloaded when first opened.
const participationRoutes: RouteObject[] = [
  {
    path: PARTICIPATION_PATH,
    lazy: () =>
      import('../features/participation/routes/participation-page.tsx').then((module) => ({ Component: module.ParticipationPage })),
  },
  {
    path: groupPath(':id'),
    lazy: () => import('../features/participation/routes/group-page.tsx').then((module) => ({ Component: module.GroupPage })),
  },
  {
    path: ACTION_PLAN_PATH,
    lazy: () => import('../features/action-plan/routes/action-plan-page.tsx').then((module) => ({ Component: module.ActionPlanPage })),
  },
  {
    path: REPORTS_PATH,
    lazy: () => import('../features/reports/routes/reports-page.tsx').then((module) => ({ Component: module.ReportsPage })),
  },
];

// The territory map carries Leaflet: downloaded when the page is first opened.
const territoryRoutes: RouteObject[] = [
  {
    path: TERRITORY_PATH,
    lazy: () => import('../features/territory/routes/territory-page.tsx').then((module) => ({ Component: module.TerritoryPage })),
  },
  {
    path: NETWORK_PATH,
    lazy: () => import('../features/territory/routes/network-page.tsx').then((module) => ({ Component: module.NetworkPage })),
  },
  {
    path: DISCOVERY_PATH,
    lazy: () => import('../features/discovery/routes/discovery-page.tsx').then((module) => ({ Component: module.DiscoveryPage })),
  },
];

// The programme: calendar, event pages, ideas board and the exhibition's itinerary.
const programmeRoutes: RouteObject[] = [
  {
    path: EVENTS_PATH,
    lazy: () => import('../features/events/routes/events-page.tsx').then((module) => ({ Component: module.EventsPage })),
  },
  { path: IDEAS_PATH, lazy: () => import('../features/ideas/routes/ideas-page.tsx').then((module) => ({ Component: module.IdeasPage })) },
  {
    path: eventPath(':id'),
    lazy: () => import('../features/events/routes/event-page.tsx').then((module) => ({ Component: module.EventPage })),
  },
  {
    path: EXHIBITION_PATH,
    lazy: () => import('../features/exhibition/routes/exhibition-page.tsx').then((module) => ({ Component: module.ExhibitionPage })),
  },
];

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
      { path: RESET_PASSWORD_PATH, element: <ResetPasswordPage /> },
      {
        path: `${CONTRIBUTE_PATH}/:token`,
        lazy: () => import('../features/participation/routes/contribute-page.tsx').then((module) => ({ Component: module.ContributePage })),
      },
    ],
  },
  // The public agenda, without an account; the embeddable list has no layout (it sits in partners' pages).
  {
    lazy: () => import('../features/public-agenda/components/agenda-layout.tsx').then((module) => ({ Component: module.AgendaLayout })),
    errorElement: <RouteError />,
    children: [
      {
        path: AGENDA_PATH,
        lazy: () => import('../features/public-agenda/routes/agenda-page.tsx').then((module) => ({ Component: module.AgendaPage })),
      },
      {
        path: publicEventPath(':id'),
        lazy: () =>
          import('../features/public-agenda/routes/public-event-page.tsx').then((module) => ({ Component: module.PublicEventPage })),
      },
      {
        path: AGENDA_CANCEL_PATH,
        lazy: () => import('../features/public-agenda/routes/cancel-page.tsx').then((module) => ({ Component: module.CancelPage })),
      },
      {
        path: AGENDA_FEEDBACK_PATH,
        lazy: () => import('../features/public-agenda/routes/feedback-page.tsx').then((module) => ({ Component: module.FeedbackPage })),
      },
    ],
  },
  {
    path: AGENDA_EMBED_PATH,
    errorElement: <RouteError />,
    lazy: () => import('../features/public-agenda/routes/embed-page.tsx').then((module) => ({ Component: module.EmbedPage })),
  },
  // The wall fills the exhibition's screen: no layout around it.
  {
    path: `${WALL_PATH}/:stopId`,
    errorElement: <RouteError />,
    lazy: () => import('../features/participation/routes/wall-page.tsx').then((module) => ({ Component: module.WallPage })),
  },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown on a first load that lands on a page still to be downloaded (see `lazy` below).
    HydrateFallback: ShellSkeleton,
    children: [
      { index: true, element: <DashboardPage /> },
      ...partnerRoutes,
      ...programmeRoutes,
      ...participationRoutes,
      ...territoryRoutes,
      // Administration is used by few people and rarely: it is downloaded only when opened.
      {
        path: ADMINISTRATION_PATH,
        lazy: () =>
          import('../features/administration/routes/administration-page.tsx').then((module) => ({
            Component: module.AdministrationPage,
          })),
      },
      {
        path: `${ADMINISTRATION_PATH}/structures/:id`,
        lazy: () =>
          import('../features/structures/routes/structure-page.tsx').then((module) => ({
            Component: module.StructurePage,
          })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
