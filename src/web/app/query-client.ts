import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '../lib/api-error.ts';

const MAX_RETRIES = 2;

/** Only a network or server failure is worth retrying on its own; a 4xx will say the same thing again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isTransient(error);
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
