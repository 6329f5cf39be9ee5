import type { PublicEvent, PublicEventPage, PublicEventsQuery } from '../../../contracts/public-agenda.ts';
import type { Db } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { notFound } from '../../http/errors.ts';
import { confirmedSeatsBySlot } from '../registrations/registrations.service.ts';
import { type PublicEventRow, publicEventById, slotsOf, upcomingPublicEvents } from './public-agenda.queries.ts';

type SlotRow = Awaited<ReturnType<typeof slotsOf>>[number];

export function toPublicEvent(row: PublicEventRow, slots: SlotRow[], seats: Map<string, number>): PublicEvent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    format: row.format,
    status: row.status as PublicEvent['status'],
    attendanceMode: row.attendanceMode,
    onlineUrl: row.onlineUrl,
    publics: row.publics,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    accessibility: row.accessibility,
    registrationMode: row.registrationMode,
    registrationUrl: row.registrationUrl,
    departement: row.departement,
    stopId: row.stopId,
    organizer: { code: row.organizerCode, name: row.organizerName },
    venue: row.venueName
      ? {
          name: row.venueName,
          address: row.venueAddress,
          postcode: row.venuePostcode,
          city: row.venueCity,
          latitude: row.venueLatitude,
          longitude: row.venueLongitude,
        }
      : null,
    slots: slots
      .filter((slot) => slot.eventId === row.id)
      .map((slot) => ({
        id: slot.id,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        capacity: slot.capacity,
        seatsLeft: slot.capacity === null ? null : Math.max(0, slot.capacity - (seats.get(slot.id) ?? 0)),
      })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Upcoming public events, soonest first, each with its slots still to come. */
export async function listPublicEvents(db: Db, query: PublicEventsQuery, now: Date = new Date()): Promise<PublicEventPage> {
  const { rows, total } = await upcomingPublicEvents(db, query, now);
  const slots = await slotsOf(
    db,
    rows.map((row) => row.id),
    now,
  );
  const seats = await confirmedSeatsBySlot(
    db,
    slots.map((slot) => slot.id),
  );
  return pageOf(
    rows.map((row) => toPublicEvent(row, slots, seats)),
    total,
    query,
  );
}

/** A public event with all its slots, past ones included; an event that is not public is not found. */
export async function getPublicEvent(db: Db, id: string): Promise<PublicEvent> {
  const row = await publicEventById(db, id);
  if (!row) throw notFound('L’événement');
  const slots = await slotsOf(db, [row.id]);
  const seats = await confirmedSeatsBySlot(
    db,
    slots.map((slot) => slot.id),
  );
  return toPublicEvent(row, slots, seats);
}
