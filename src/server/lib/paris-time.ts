export const PARIS = 'Europe/Paris';

/** Made once: building an Intl.DateTimeFormat costs far more than formatting with it (lists call these per row). */
const OFFSET_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, timeZoneName: 'longOffset' });
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS });

/** The UTC offset Paris has at that instant, e.g. "+01:00" in winter and "+02:00" in summer. */
function parisOffsetAt(instant: Date): string {
  const name = OFFSET_FORMAT.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** A wall-clock time in Paris ("2027-01-16T14:00") as the instant it names. */
export function parisLocalToDate(local: string): Date {
  const guess = new Date(`${local}:00Z`);
  const first = new Date(`${local}:00${parisOffsetAt(guess)}`);
  // Near a daylight-saving change the offset at the guess can differ from the offset at the result.
  return new Date(`${local}:00${parisOffsetAt(first)}`);
}

/** Today's date in Paris ("2027-01-16"), whatever the server's time zone. */
export function parisToday(now: Date = new Date()): string {
  return DAY_FORMAT.format(now);
}

/** Adds days to a calendar date, without time-zone drift. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The Sunday that ends the (Monday-first) week of this date. */
export function endOfWeek(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, (7 - weekday) % 7);
}
