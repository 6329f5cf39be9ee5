import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { hasAccess, readableStructureIds } from '../access/require-access.ts';
import { listLiveStructures, type StructureRow } from '../structures/structures.queries.ts';

/**
 * The structures a figure covers: those asked for, each readable by the actor (another structure is
 * reported as missing, as everywhere), or else every structure the actor reads.
 */
export async function readableScope(db: Db, actor: Actor, asked: string[] | undefined): Promise<StructureRow[]> {
  if (asked && asked.length > 0) {
    if (asked.some((id) => !hasAccess(actor, 'structure:read', id))) throw notFound('La structure');
    const rows = await listLiveStructures(db, [...new Set(asked)]);
    if (rows.length !== new Set(asked).size) throw notFound('La structure');
    return rows;
  }
  return listLiveStructures(db, readableStructureIds(actor));
}
