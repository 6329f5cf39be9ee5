import { createBrowserRouter, type RouteObject } from 'react-router';
import { ForgotPasswordPage } from '../features/accounts/routes/forgot-password-page.tsx';
import { ResetPasswordPage } from '../features/accounts/routes/reset-password-page.tsx';
import { SignInPage } from '../features/accounts/routes/sign-in-page.tsx';
import { AdministrationPage } from '../features/administration/routes/administration-page.tsx';
import { DashboardPage } from '../features/dashboard/routes/dashboard-page.tsx';
import { StructurePage } from '../features/structures/routes/structure-page.tsx';
import { UpcomingPage } from '../features/upcoming/routes/upcoming-page.tsx';
import { AREAS, isUpcomingArea } from './areas.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found-page.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RouteError } from './layout/route-error.tsx';
import { ADMINISTRATION_PATH, FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH, SIGN_IN_PATH } from './paths.ts';

const upcomingRoutes: RouteObject[] = AREAS.flatMap(({ area, path }) =>
  isUpcomingArea(area) ? [{ path, element: <UpcomingPage area={area} /> }] : [],
);

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
    children: [
      { index: true, element: <DashboardPage /> },
      ...upcomingRoutes,
      { path: ADMINISTRATION_PATH, element: <AdministrationPage /> },
      { path: `${ADMINISTRATION_PATH}/structures/:id`, element: <StructurePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
