import type { PublicEvent } from '../../../contracts/public-agenda.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import { PARIS } from '../../lib/paris-time.ts';
import { type CachedAnswer, cachedAnswer } from './feed-cache.ts';
import { type IcsEvent, icsCalendar } from './icalendar.ts';
import { eventPagePath } from './json-ld.ts';
import { feedEvents, slotsOf, structureByCode } from './public-agenda.queries.ts';
import { toPublicEvent } from './public-agenda.service.ts';

/** Feeds keep recent past slots too, so a calendar does not lose what just happened. */
const FEED_PAST_DAYS = 90;
export type FeedScope = { structureCode?: string; stopId?: string };

async function eventsOf(db: Db, scope: FeedScope, now: Date) {
  const from = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 3600 * 1000);
  const rows = await feedEvents(db, from, scope);
  const slots = await slotsOf(
    db,
    rows.map((row) => row.id),
    from,
  );
  const versions = new Map(rows.map((row) => [row.id, row.version]));
  const events = rows.map((row) => toPublicEvent(row, slots, new Map()));
  const lastModified = new Date(Math.max(0, ...rows.map((row) => row.updatedAt.getTime())));
  lastModified.setMilliseconds(0);
  return { events, versions, lastModified };
}

const placeLine = (event: PublicEvent) =>
  event.venue
    ? [event.venue.name, event.venue.address, [event.venue.postcode, event.venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : event.onlineUrl;

/** iCalendar feed: one VEVENT per slot, UID stable across edits, SEQUENCE the event's version. */
export function icsFeed(db: Db, publicUrl: string, scope: FeedScope): Promise<CachedAnswer> {
  return cachedAnswer(`ics:${scope.structureCode ?? ''}:${scope.stopId ?? ''}`, async () => {
    const now = new Date();
    if (scope.structureCode && !(await structureByCode(db, scope.structureCode))) throw notFound('La structure');
    const { events, versions, lastModified } = await eventsOf(db, scope, now);
    const host = new URL(publicUrl).host;
    const entries: IcsEvent[] = events.flatMap((event) =>
      event.slots.map((slot) => ({
        uid: `${slot.id}@${host}`,
        startsAt: new Date(slot.startsAt),
        endsAt: new Date(slot.endsAt),
        summary: event.title,
        description: event.description,
        location: placeLine(event),
        url: `${publicUrl}${eventPagePath(event.id)}`,
        cancelled: event.status === 'cancelled',
        sequence: versions.get(event.id) ?? 1,
        lastModified: new Date(event.updatedAt),
      })),
    );
    const name = scope.structureCode ? `Maillage : agenda ${scope.structureCode}` : 'Maillage : agenda';
    return { body: icsCalendar(name, entries, now), contentType: 'text/calendar; charset=utf-8', lastModified };
  });
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const when = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'full', timeStyle: 'short' });

/** RSS 2.0: one item per event, newest changes first is left to readers; items follow the slots' order. */
export function rssFeed(db: Db, publicUrl: string): Promise<CachedAnswer> {
  return cachedAnswer('rss', async () => {
    const now = new Date();
    const { events, lastModified } = await eventsOf(db, {}, now);
    const items = events.map((event) => {
      const link = `${publicUrl}${eventPagePath(event.id)}`;
      const dates = event.slots.map((slot) => when.format(new Date(slot.startsAt))).join(' ; ');
      const summary = [event.status === 'cancelled' ? 'ANNULÉ' : null, dates, placeLine(event), event.description]
        .filter(Boolean)
        .join('\n');
      return [
        '<item>',
        `<title>${xml(event.title)}</title>`,
        `<link>${xml(link)}</link>`,
        `<guid isPermaLink="true">${xml(link)}</guid>`,
        `<pubDate>${new Date(event.updatedAt).toUTCString()}</pubDate>`,
        `<description>${xml(summary)}</description>`,
        '</item>',
      ].join('');
    });
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0">',
      '<channel>',
      '<title>Maillage : agenda</title>',
      `<link>${xml(`${publicUrl}/agenda`)}</link>`,
      '<description>Les événements publics de la programmation</description>',
      '<language>fr</language>',
      `<lastBuildDate>${lastModified.toUTCString()}</lastBuildDate>`,
      ...items,
      '</channel>',
      '</rss>',
      '',
    ].join('\n');
    return { body, contentType: 'application/rss+xml; charset=utf-8', lastModified };
  });
}
