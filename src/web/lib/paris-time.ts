const PARIS = 'Europe/Paris';

/** Digits only, so the parts can be read back whatever the device's language. */
const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2027-01-12T18:30": the wall-clock time in Paris at that instant, as a datetime-local input holds it. */
export function parisLocal(date: Date = new Date()): string {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Today's date in Paris, "2027-01-12". */
export function parisToday(date: Date = new Date()): string {
  return parisLocal(date).slice(0, 10);
}

/** Minutes Paris is ahead of UTC at that instant (60 in winter, 120 in summer). */
function parisOffset(instant: number): number {
  const wholeMinute = Math.floor(instant / 60_000) * 60_000;
  return (Date.parse(`${parisLocal(new Date(wholeMinute))}:00Z`) - wholeMinute) / 60_000;
}

/**
 * The instant a Paris wall-clock time stands for, as an ISO string: what the user typed is Paris
 * time whatever their device's time zone. The offset is checked a second time around the changes of
 * summer time, where the first guess can fall on the wrong side.
 */
export function parisLocalToIso(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) throw new RangeError(`Not a local date and time: ${local}`);
  const asUtc = Date.parse(`${local.slice(0, 16)}:00Z`);
  let instant = asUtc - parisOffset(asUtc) * 60_000;
  const corrected = asUtc - parisOffset(instant) * 60_000;
  if (corrected !== instant) instant = corrected;
  return new Date(instant).toISOString();
}
