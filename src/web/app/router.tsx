import { createBrowserRouter, type RouteObject } from 'react-router';
import { ForgotPasswordPage } from '../features/accounts/routes/forgot-password-page.tsx';
import { ResetPasswordPage } from '../features/accounts/routes/reset-password-page.tsx';
import { SignInPage } from '../features/accounts/routes/sign-in-page.tsx';
import { DashboardPage } from '../features/dashboard/routes/dashboard-page.tsx';
import { UpcomingPage } from '../features/upcoming/routes/upcoming-page.tsx';
import { AREAS, isUpcomingArea } from './areas.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found-page.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RouteError } from './layout/route-error.tsx';
import { ShellSkeleton } from './layout/shell-skeleton.tsx';
import {
  ADMINISTRATION_PATH,
  contactPath,
  FORGOT_PASSWORD_PATH,
  MY_DAY_PATH,
  organisationPath,
  PARTNERS_PATH,
  RESET_PASSWORD_PATH,
  SIGN_IN_PATH,
} from './paths.ts';

const upcomingRoutes: RouteObject[] = AREAS.flatMap(({ area, path }) =>
  isUpcomingArea(area) ? [{ path, element: <UpcomingPage area={area} /> }] : [],
);

// The partner pages carry the board's drag and drop: downloaded when the area is first opened.
const partnerRoutes: RouteObject[] = [
  {
    path: PARTNERS_PATH,
    lazy: () => import('../features/partnerships/routes/partners-page.tsx').then((module) => ({ Component: module.PartnersPage })),
  },
  {
    path: MY_DAY_PATH,
    lazy: () => import('../features/tasks/routes/my-day-page.tsx').then((module) => ({ Component: module.MyDayPage })),
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

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
      { path: RESET_PASSWORD_PATH, element: <ResetPasswordPage /> },
    ],
  },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown on a first load that lands on a page still to be downloaded (see `lazy` below).
    HydrateFallback: ShellSkeleton,
    children: [
      { index: true, element: <DashboardPage /> },
      ...upcomingRoutes,
      ...partnerRoutes,
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
