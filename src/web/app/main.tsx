import './i18n/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from '../lib/api-client.ts';
import { NEXT_PARAM, PUBLIC_PATHS, SIGN_IN_PATH } from './paths.ts';
import { Providers } from './providers.tsx';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';

// A 401 from any request means the session is gone: forget cached data and ask to sign in again,
// remembering where the person was so they land back there.
setUnauthorizedHandler(() => {
  const { pathname, search } = router.state.location;
  if (PUBLIC_PATHS.includes(pathname)) return;
  queryClient.clear();
  const next = encodeURIComponent(`${pathname}${search}`);
  void router.navigate(`${SIGN_IN_PATH}?${NEXT_PARAM}=${next}`, { replace: true });
});

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
