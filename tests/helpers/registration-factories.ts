import { eq } from 'drizzle-orm';
import { eventPartners, eventSlots, events, organisations, outbox } from '../../src/server/db/schema/index.ts';
import type { TestApp } from './test-app.ts';

type EventFields = Partial<typeof events.$inferInsert>;
type SlotFields = Partial<typeof eventSlots.$inferInsert>;

let sequence = 0;
const DAY = 24 * 3600 * 1000;

/**
 * An event written straight into the database (the events API belongs to another module), public
 * and registering in Maillage unless told otherwise, with one slot a week from now.
 */
export async function newRegistrableSlot(t: TestApp, structureId: string, fields: { event?: EventFields; slot?: SlotFields } = {}) {
  const db = t.database.db;
  const [venue] = await db
    .insert(organisations)
    .values({ name: `Salle ${++sequence}`, sector: 'cultural', address: '10 rue Cuvier', postcode: '75005', city: 'Paris' })
    .returning();
  const [event] = await db
    .insert(events)
    .values({
      structureId,
      title: `Atelier ${sequence}`,
      format: 'workshop',
      status: 'confirmed',
      registrationMode: 'internal',
      venueId: venue!.id,
      ...fields.event,
    })
    .returning();
  const startsAt = new Date(Date.now() + 7 * DAY);
  const [slot] = await db
    .insert(eventSlots)
    .values({ eventId: event!.id, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000), capacity: 10, ...fields.slot })
    .returning();
  return { event: event!, slot: slot!, venue: venue! };
}

export async function addRelayPartner(t: TestApp, eventId: string, relayCode: string) {
  const [org] = await t.database.db
    .insert(organisations)
    .values({ name: `Relais ${++sequence}`, sector: 'social' })
    .returning();
  await t.database.db.insert(eventPartners).values({ eventId, organisationId: org!.id, role: 'relay', relayCode });
  return org!;
}

export const person = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  email: `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')}@exemple.localhost`,
  headcount: 1,
  consent: true,
  ...extra,
});

export const group = (name: string, headcount: number, extra: Record<string, unknown> = {}) =>
  person(name, { kind: 'class', groupName: `Classe de ${name}`, headcount, ...extra });

export function register(t: TestApp, slotId: string, payload: object) {
  return t.request({ method: 'POST', url: `/api/v1/public/slots/${slotId}/registrations`, payload });
}

/** The text of the last message sent to this address (the outbox keeps every message). */
export async function lastMailTo(t: TestApp, to: string) {
  const rows = await t.database.db.select().from(outbox).where(eq(outbox.to, to));
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
}

export const cancelTokenIn = (text: string) => decodeURIComponent(/annuler\?token=([^\s]+)/.exec(text)?.[1] ?? '');
