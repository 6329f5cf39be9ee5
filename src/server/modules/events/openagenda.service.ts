import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  type OpenAgendaFileImport,
  type OpenAgendaReport,
  type OpenAgendaRun,
  openAgendaEventSchema,
} from '../../../contracts/openagenda.ts';
import { PUBLIC_EVENT_STATUSES } from '../../../contracts/vocabulary.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive } from '../../db/records.ts';
import { eventSlots, events, organisations, structures } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { OrganisationRow } from '../organisations/organisations.queries.ts';
import { type EventRow, insertEvent, type SlotRow, touchEvent } from './events.queries.ts';
import { audit } from './events.service.ts';
import { type OpenAgendaClient, type OpenAgendaSettings, openAgendaClient } from './openagenda-client.ts';
import { locationOf, locationUidFor, venueForLocation } from './openagenda-locations.ts';
import { frenchIssue, fromOpenAgenda, toOpenAgenda } from './openagenda-mapping.ts';

export type OpenAgendaDeps = { db: Db; settings: OpenAgendaSettings | undefined; publicUrl: string };

function clientOf(deps: OpenAgendaDeps): OpenAgendaClient {
  if (!deps.settings) {
    throw new AppError('conflict', 'OpenAgenda n’est pas configuré sur ce serveur (MAILLAGE_OPENAGENDA_URL et MAILLAGE_OPENAGENDA_KEY).');
  }
  return openAgendaClient(deps.settings);
}

async function requireStructure(deps: OpenAgendaDeps, actor: Actor, structureId: string) {
  requireAccess(actor, 'structure:write', structureId);
  if (!(await findLive(deps.db, structures, structureId))) throw notFound('La structure');
}

/**
 * Sends the structure's public events (with their slots as timings) to an OpenAgenda agenda. An
 * event already sent there is updated under the uid kept from the first run, never sent twice.
 */
export async function exportToOpenAgenda(deps: OpenAgendaDeps, actor: Actor, run: OpenAgendaRun): Promise<OpenAgendaReport> {
  await requireStructure(deps, actor, run.structureId);
  const client = clientOf(deps);
  const report: OpenAgendaReport = { created: 0, updated: 0, skipped: [] };
  for (const { row, slots, venue } of await publicEventsOf(deps.db, run.structureId)) {
    if (slots.length === 0) {
      report.skipped.push({ uid: row.openagendaUid, reason: `« ${row.title} » n’a pas de créneau.` });
      continue;
    }
    const place = await placeOf(deps.db, actor, client, run.agendaUid, row, venue);
    if ('reason' in place) {
      report.skipped.push({ uid: row.openagendaUid, reason: place.reason });
      continue;
    }
    const data = toOpenAgenda(row, slots, deps.publicUrl, place);
    if (row.openagendaAgendaUid === run.agendaUid && row.openagendaUid) {
      await client.updateEvent(run.agendaUid, row.openagendaUid, data);
      report.updated++;
      continue;
    }
    const { uid } = await client.createEvent(run.agendaUid, data);
    await linkToOpenAgenda(deps.db, actor, row, run.agendaUid, uid);
    report.created++;
  }
  return report;
}

/** Where an event takes place on OpenAgenda: nothing online, else its venue's location in the agenda (created there once). */
async function placeOf(
  db: Db,
  actor: Actor,
  client: OpenAgendaClient,
  agendaUid: string,
  row: EventRow,
  venue: OrganisationRow | undefined,
): Promise<{ locationUid?: string } | { reason: string }> {
  if (row.attendanceMode === 'online') return {};
  if (!venue) return { reason: `« ${row.title} » a lieu sur place mais n’a pas de lieu : OpenAgenda en demande un.` };
  return db.transaction((tx) => locationUidFor(tx, actor, client, agendaUid, venue));
}

/**
 * The structure's public events as an OpenAgenda v2 JSON file. An event never sent to OpenAgenda
 * gets a numeric uid derived from its id, so that importing the file twice updates, never duplicates.
 */
export async function openAgendaFile(deps: OpenAgendaDeps, actor: Actor, structureId: string) {
  requireAccess(actor, 'structure:read', structureId);
  const rows = (await publicEventsOf(deps.db, structureId)).filter(({ slots }) => slots.length > 0);
  const list = rows.map(({ row, slots, venue }) => ({
    uid: row.openagendaUid ?? localUid(row.id),
    ...toOpenAgenda(row, slots, deps.publicUrl, venue ? { location: locationOf(venue) } : {}),
  }));
  return { total: list.length, events: list };
}

const localUid = (id: string): string => BigInt(`0x${id.replace(/-/g, '').slice(0, 13)}`).toString();

async function publicEventsOf(
  db: Db,
  structureId: string,
): Promise<{ row: EventRow; slots: SlotRow[]; venue: OrganisationRow | undefined }[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.structureId, structureId), isNull(events.deletedAt), inArray(events.status, [...PUBLIC_EVENT_STATUSES])))
    .orderBy(asc(events.createdAt));
  if (rows.length === 0) return [];
  const slots = await db
    .select()
    .from(eventSlots)
    .where(
      inArray(
        eventSlots.eventId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(eventSlots.startsAt));
  const venueIds = [...new Set(rows.flatMap((row) => (row.venueId ? [row.venueId] : [])))];
  const venues = venueIds.length ? await db.select().from(organisations).where(inArray(organisations.id, venueIds)) : [];
  return rows.map((row) => ({
    row,
    slots: slots.filter((slot) => slot.eventId === row.id),
    venue: venues.find((venue) => venue.id === row.venueId),
  }));
}

/** Keeps the uid OpenAgenda gave, without a new version: a form open meanwhile still saves. */
async function linkToOpenAgenda(db: Db, actor: Actor, row: EventRow, agendaUid: string, uid: string) {
  await db.transaction(async (tx) => {
    await tx.update(events).set({ openagendaAgendaUid: agendaUid, openagendaUid: uid }).where(eq(events.id, row.id));
    const before = { openagendaAgendaUid: row.openagendaAgendaUid, openagendaUid: row.openagendaUid };
    await recordAudit(tx, audit(actor, row, 'update', before, { openagendaAgendaUid: agendaUid, openagendaUid: uid }));
  });
}

/**
 * Reads an OpenAgenda agenda into the structure's events: an event seen before (same agenda and
 * uid) is updated and gains the timings it lacks; a new one is created, format « autre ». Events
 * without a title or timings are reported and left out.
 */
export async function importFromOpenAgenda(deps: OpenAgendaDeps, actor: Actor, run: OpenAgendaRun): Promise<OpenAgendaReport> {
  await requireStructure(deps, actor, run.structureId);
  const raw = await clientOf(deps).listEvents(run.agendaUid);
  const report: OpenAgendaReport = { created: 0, updated: 0, skipped: [] };
  for (const item of raw) {
    const read = readOpenAgendaEvent(item);
    if ('reason' in read) {
      report.skipped.push(read);
      continue;
    }
    if (await upsertImported(deps.db, actor, run, read)) report.created++;
    else report.updated++;
  }
  return report;
}

/**
 * Reads an OpenAgenda v2 JSON file into the structure's events, all or nothing: one event with a
 * missing or invalid field refuses the file (each such event named, with its reason) and writes nothing.
 */
export async function importOpenAgendaFile(deps: OpenAgendaDeps, actor: Actor, file: OpenAgendaFileImport): Promise<OpenAgendaReport> {
  await requireStructure(deps, actor, file.structureId);
  const reads = file.events.map(readOpenAgendaEvent);
  const errors = reads.flatMap((read, i) => ('reason' in read ? [{ path: `events.${i}`, message: read.reason }] : []));
  if (errors.length > 0) {
    throw new AppError(
      'validation',
      errors.length === 1
        ? 'Le fichier OpenAgenda a un événement invalide : rien n’a été importé.'
        : `Le fichier OpenAgenda a ${errors.length} événements invalides : rien n’a été importé.`,
      {
        errors,
      },
    );
  }
  const run = { structureId: file.structureId, agendaUid: file.agendaUid };
  return deps.db.transaction(async (tx) => {
    const report: OpenAgendaReport = { created: 0, updated: 0, skipped: [] };
    for (const read of reads as Readable[]) {
      if (await upsertImported(tx, actor, run, read)) report.created++;
      else report.updated++;
    }
    return report;
  });
}

type Readable = ReturnType<typeof fromOpenAgenda> & { uid: string };

/** One OpenAgenda event checked and mapped, or why it cannot be imported. */
function readOpenAgendaEvent(item: unknown): Readable | { uid: string | null; reason: string } {
  const parsed = openAgendaEventSchema.safeParse(item);
  if (!parsed.success) {
    const uid = (item as { uid?: unknown } | null)?.uid;
    return {
      uid: typeof uid === 'number' || typeof uid === 'string' ? String(uid) : null,
      reason: frenchIssue(item, parsed.error.issues[0]),
    };
  }
  const mapped = fromOpenAgenda(parsed.data);
  if (mapped.slots.length === 0 || mapped.fields.title === '')
    return { uid: parsed.data.uid, reason: 'Aucun horaire valable ou titre vide.' };
  return { ...mapped, uid: parsed.data.uid };
}

/** Creates or updates one imported event; its OpenAgenda location becomes its venue (an organisation found or created). */
async function upsertImported(db: DbOrTx, actor: Actor, run: OpenAgendaRun, { uid, fields: read, slots, location }: Readable) {
  return db.transaction(async (tx) => {
    const fields = location ? { ...read, venueId: await venueForLocation(tx, actor, location) } : read;
    const [existing] = await tx
      .select()
      .from(events)
      .where(and(eq(events.openagendaAgendaUid, run.agendaUid), eq(events.openagendaUid, uid)))
      .for('update');
    if (!existing) {
      const row = await insertEvent(tx, {
        ...fields,
        structureId: run.structureId,
        format: 'other',
        openagendaAgendaUid: run.agendaUid,
        openagendaUid: uid,
      });
      await tx.insert(eventSlots).values(slots.map((slot) => ({ ...slot, eventId: row.id })));
      await recordAudit(tx, audit(actor, row, 'create', null, { ...row, slots }));
      return true;
    }
    if (existing.deletedAt || existing.structureId !== run.structureId) {
      throw new AppError('conflict', `L’événement OpenAgenda ${uid} est déjà importé dans une autre structure ou à la corbeille.`);
    }
    const known: SlotRow[] = await tx.select().from(eventSlots).where(eq(eventSlots.eventId, existing.id));
    const added = slots.filter((slot) => !known.some((k) => k.startsAt.getTime() === slot.startsAt.getTime()));
    const [after] = await tx
      .update(events)
      // A scheduled event on OpenAgenda keeps its status here (held, planned…); cancelled or postponed there is so here too.
      .set({
        ...fields,
        status: fields.status === 'confirmed' ? existing.status : fields.status,
        version: existing.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(events.id, existing.id))
      .returning();
    if (added.length) {
      await tx.insert(eventSlots).values(added.map((slot) => ({ ...slot, eventId: existing.id })));
      await touchEvent(tx, existing.id);
    }
    await recordAudit(tx, audit(actor, after!, 'update', existing, { ...after!, ...(added.length ? { nouveauxCréneaux: added } : {}) }));
    return false;
  });
}
