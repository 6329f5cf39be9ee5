import { QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_ERROR_CODE } from '../lib/api-error.ts';

const MAX_RETRIES = 2;

/** Only a network failure is worth retrying on its own; a 4xx will say the same thing again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return !isApiError(error) || error.problem.code === NETWORK_ERROR_CODE || error.status >= 500;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
