import { AppError } from '../../http/errors.ts';

/**
 * Public registrations per client address and minute, counted on this app node only (a bot
 * spread over several nodes gets the limit once per node; the honeypot field catches the naive ones).
 */
export function createRateLimiter(perMinute: number) {
  let windowStart = 0;
  const counts = new Map<string, number>();
  return {
    take(key: string, now: number = Date.now()): void {
      if (now - windowStart >= 60_000) {
        windowStart = now;
        counts.clear();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > perMinute) throw new AppError('rate_limited', 'Trop d’inscriptions depuis cette adresse : réessayez dans une minute.');
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
