import type { PublicEvent } from '../../../contracts/public-agenda.ts';
import { PARIS } from '../../lib/paris-time.ts';
import { parisLocalStamp } from './icalendar.ts';

/** 2027-03-28T14:00:00+02:00: Paris wall-clock time with the offset it has that day. */
export function parisIsoString(instant: Date): string {
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')
    ?.value.replace('GMT', '');
  const s = parisLocalStamp(instant);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}${offset || '+00:00'}`;
}

const SCHEMA = 'https://schema.org/';
const STATUS = {
  confirmed: 'EventScheduled',
  held: 'EventScheduled',
  postponed: 'EventPostponed',
  cancelled: 'EventCancelled',
} as const;
const ATTENDANCE = {
  in_person: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
} as const;

export const eventPagePath = (id: string) => `/agenda/evenements/${id}`;

function place(event: PublicEvent) {
  if (!event.venue) return undefined;
  return {
    '@type': 'Place',
    name: event.venue.name,
    address: {
      '@type': 'PostalAddress',
      ...(event.venue.address ? { streetAddress: event.venue.address } : {}),
      ...(event.venue.postcode ? { postalCode: event.venue.postcode } : {}),
      ...(event.venue.city ? { addressLocality: event.venue.city } : {}),
      addressRegion: 'Île-de-France',
      addressCountry: 'FR',
    },
    ...(event.venue.latitude !== null && event.venue.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: event.venue.latitude, longitude: event.venue.longitude } }
      : {}),
  };
}

function location(event: PublicEvent) {
  const virtual = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined;
  const physical = place(event);
  if (event.attendanceMode === 'online') return virtual;
  if (event.attendanceMode === 'mixed') return [physical, virtual].filter(Boolean);
  return physical;
}

function ageRange(event: PublicEvent): string | undefined {
  if (event.ageMin === null && event.ageMax === null) return undefined;
  return `${event.ageMin ?? 0}-${event.ageMax ?? ''}`;
}

/** schema.org Event, one per slot, as search engines read them (https://schema.org/Event). Events are free. */
export function eventJsonLd(event: PublicEvent, publicUrl: string): Record<string, unknown>[] {
  const url = `${publicUrl}${eventPagePath(event.id)}`;
  return event.slots.map((slot) => ({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#${slot.id}`,
    name: event.title,
    ...(event.description ? { description: event.description } : {}),
    url,
    startDate: parisIsoString(new Date(slot.startsAt)),
    endDate: parisIsoString(new Date(slot.endsAt)),
    eventStatus: `${SCHEMA}${STATUS[event.status]}`,
    eventAttendanceMode: `${SCHEMA}${ATTENDANCE[event.attendanceMode]}`,
    location: location(event),
    organizer: { '@type': 'Organization', name: event.organizer.name, url: publicUrl },
    ...(ageRange(event) ? { typicalAgeRange: ageRange(event) } : {}),
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url: event.registrationMode === 'external' && event.registrationUrl ? event.registrationUrl : url,
      availability: `${SCHEMA}${slot.seatsLeft === 0 ? 'SoldOut' : 'InStock'}`,
    },
  }));
}

/** Data blocks for the page head; `<` is escaped so no text can close the script element. */
export function jsonLdScripts(blocks: Record<string, unknown>[]): string {
  return blocks.map((block) => `<script type="application/ld+json">${JSON.stringify(block).replace(/</g, '\\u003c')}</script>`).join('\n');
}
