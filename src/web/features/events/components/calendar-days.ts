import type { Event } from '../../../../contracts/events.ts';
import { parisToday } from '../../../lib/paris-time.ts';

/** Adds days to a calendar date ("2027-01-16"), without time-zone drift. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The Monday starting the week of this date. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export type CalendarView = 'month' | 'week' | 'list';

/** The days a view shows around an anchor date: whole weeks covering its month, or its week. */
export function visibleDays(view: CalendarView, anchor: string): string[] {
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => addDays(mondayOf(anchor), i));
  const first = `${anchor.slice(0, 7)}-01`;
  const last = addDays(`${addDays(first, 32).slice(0, 7)}-01`, -1);
  if (view === 'list') return Array.from({ length: Number(last.slice(8)) }, (_, i) => addDays(first, i));
  const days: string[] = [];
  for (let day = mondayOf(first); day <= last || days.length % 7 !== 0; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Moves the anchor one view's length forwards or backwards. */
export function shiftAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  if (view === 'week') return addDays(anchor, 7 * direction);
  const [year, month] = anchor.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(year, month - 1 + direction, 1));
  return next.toISOString().slice(0, 10);
}

export type DayEntry = { event: Event; slot: Event['slots'][number] };

/** Each event's slots under their Paris day, in time order. */
export function entriesByDay(events: Event[]): Map<string, DayEntry[]> {
  const byDay = new Map<string, DayEntry[]>();
  for (const event of events) {
    for (const slot of event.slots) {
      const day = parisToday(new Date(slot.startsAt));
      byDay.set(day, [...(byDay.get(day) ?? []), { event, slot }]);
    }
  }
  for (const entries of byDay.values()) entries.sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
  return byDay;
}
