import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { upsertVisit, visitsOf } from './exhibitions.queries.ts';
import { requireExhibitionReader } from './exhibitions.service.ts';
import { frenchDay } from './itinerary-rules.ts';
import { audit, loadStop } from './stops.service.ts';

async function visitsDto(db: DbOrTx, stopId: string) {
  const days = await visitsOf(db, stopId);
  return { stopId, days, total: days.reduce((sum, d) => sum + d.visitors, 0) };
}

export async function getVisits(db: Db, actor: Actor, stopId: string) {
  requireExhibitionReader(actor);
  await loadStop(db, stopId);
  return visitsDto(db, stopId);
}

/** The stop's structure counts its visitors, one figure per opening day (setting it again replaces it). */
export async function setVisits(db: Db, actor: Actor, stopId: string, day: string, visitors: number) {
  requireExhibitionReader(actor);
  return db.transaction(async (tx) => {
    const stop = await loadStop(tx, stopId);
    requireAccess(actor, 'structure:write', stop.structureId);
    if (day < stop.opensOn || day > stop.closesOn) {
      const message = `L’étape est ouverte du ${frenchDay(stop.opensOn)} au ${frenchDay(stop.closesOn)} : choisissez un jour dans cette période.`;
      throw new AppError('validation', message, { errors: [{ path: 'params.day', message }] });
    }
    const previous = await upsertVisit(tx, stopId, day, visitors);
    const field = `visiteurs ${day}`;
    await recordAudit(tx, audit(actor, stop, 'update', { [field]: previous }, { [field]: visitors }));
    return visitsDto(tx, stopId);
  });
}
