import type { StopCreate, StopUpdate } from '../../../contracts/exhibitions.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, softDelete, updateVersioned } from '../../db/records.ts';
import { exhibitionStops, structures } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import { type StopRow, stopsWithNames } from './exhibitions.queries.ts';
import { loadExhibition, requireExhibitionReader, toStopDto } from './exhibitions.service.ts';
import { requireDatesInOrder, requireNoClash } from './itinerary-rules.ts';

const WHAT = 'L’étape';

export async function loadStop(db: DbOrTx, id: string): Promise<StopRow> {
  const row = (await findLive(db, exhibitionStops, id)) as StopRow | undefined;
  if (!row) throw notFound(WHAT);
  return row;
}

export async function getStop(db: DbOrTx, actor: Actor, id: string) {
  requireExhibitionReader(actor);
  const [row] = await stopsWithNames(db, { stopId: id });
  if (!row) throw notFound(WHAT);
  return toStopDto(row);
}

async function requirePlaces(tx: DbOrTx, structureId: string | undefined, venueId: string | null | undefined) {
  if (structureId && !(await findLive(tx, structures, structureId))) throw notFound('La structure');
  if (venueId) await requireOrganisations(tx, [venueId]);
}

/** The coordination draws the itinerary; dates in order, no clash with another stop or at the venue. */
export async function createStop(db: Db, actor: Actor, exhibitionId: string, input: StopCreate) {
  requireAccess(actor, 'global:admin');
  requireDatesInOrder(input);
  const id = await db.transaction(async (tx) => {
    await loadExhibition(tx, exhibitionId);
    await requirePlaces(tx, input.structureId, input.venueId);
    await requireNoClash(tx, { ...input, exhibitionId, venueId: input.venueId ?? null });
    const [row] = await tx
      .insert(exhibitionStops)
      .values({ ...input, exhibitionId })
      .returning();
    await recordAudit(tx, audit(actor, row!, 'create', null, row!));
    return row!.id;
  });
  return getStop(db, actor, id);
}

export async function updateStop(db: Db, actor: Actor, id: string, input: StopUpdate) {
  requireAccess(actor, 'global:admin');
  const { version, ...patch } = input;
  await db.transaction(async (tx) => {
    const before = await loadStop(tx, id);
    const merged = { ...before, ...patch };
    requireDatesInOrder(merged);
    await requirePlaces(tx, patch.structureId, patch.venueId);
    await requireNoClash(tx, merged, id);
    const after = (await updateVersioned(tx, exhibitionStops, id, version, patch, WHAT)) as StopRow;
    await recordAudit(tx, audit(actor, after, 'update', before, after));
  });
  return getStop(db, actor, id);
}

export async function deleteStop(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'global:admin');
  return db.transaction(async (tx) => {
    const before = await loadStop(tx, id);
    await softDelete(tx, exhibitionStops, id, actorIdOf(actor));
    await recordAudit(tx, audit(actor, before, 'delete', before, null));
    return { deleted: true as const, trash: false };
  });
}

export function audit(actor: Actor, row: StopRow, action: 'create' | 'update' | 'delete', before: object | null, after: object | null) {
  return {
    actorId: actorIdOf(actor),
    entityType: 'exhibition_stop' as const,
    entityId: row.id,
    structureId: row.structureId,
    action,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
  };
}
