import type { ExhibitionCreate, ExhibitionUpdate } from '../../../contracts/exhibitions.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, toDto, updateVersioned } from '../../db/records.ts';
import { exhibitionModules, exhibitions } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { type ExhibitionRow, listExhibitionRows, modulesOf, stopsWithNames } from './exhibitions.queries.ts';

const WHAT = 'L’exposition';

/** The exhibition belongs to the whole programme: anyone holding a role somewhere reads it, as for the shared directory. */
export function requireExhibitionReader(actor: Actor): void {
  requireAccess(actor, 'directory:read');
}

export async function listExhibitions(db: Db, actor: Actor) {
  requireExhibitionReader(actor);
  return { items: (await listExhibitionRows(db)).map(toDto) };
}

export async function loadExhibition(db: DbOrTx, id: string): Promise<ExhibitionRow> {
  const row = (await findLive(db, exhibitions, id)) as ExhibitionRow | undefined;
  if (!row) throw notFound(WHAT);
  return row;
}

export const toStopDto = (r: Awaited<ReturnType<typeof stopsWithNames>>[number]) => ({
  ...toDto(r.stop),
  structure: { id: r.stop.structureId, name: r.structureName },
  venue: r.stop.venueId ? { id: r.stop.venueId, name: r.venueName ?? '?' } : null,
});

export async function getExhibition(db: Db, actor: Actor, id: string) {
  requireExhibitionReader(actor);
  const row = await loadExhibition(db, id);
  const [modules, stops] = await Promise.all([modulesOf(db, id), stopsWithNames(db, { exhibitionId: id })]);
  return { ...toDto(row), modules, stops: stops.map(toStopDto) };
}

/** The coordination manages the exhibition, its modules and its itinerary. */
export async function createExhibition(db: Db, actor: Actor, input: ExhibitionCreate) {
  requireAccess(actor, 'global:admin');
  const { modules = [], ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(exhibitions).values(fields).returning();
    if (modules.length) {
      await tx.insert(exhibitionModules).values(modules.map((m, i) => ({ ...m, exhibitionId: row!.id, position: i + 1 })));
    }
    await auditWrite(tx, actor, 'exhibition', { before: null, after: { ...row!, modules } }, null);
    return row!.id;
  });
  return getExhibition(db, actor, id);
}

export async function updateExhibition(db: Db, actor: Actor, id: string, input: ExhibitionUpdate) {
  requireAccess(actor, 'global:admin');
  const { version, ...patch } = input;
  await db.transaction(async (tx) => {
    const before = await loadExhibition(tx, id);
    const after = (await updateVersioned(tx, exhibitions, id, version, patch, WHAT)) as ExhibitionRow;
    await auditWrite(tx, actor, 'exhibition', { before, after }, null);
  });
  return getExhibition(db, actor, id);
}
