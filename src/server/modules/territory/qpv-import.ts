import { readFile } from 'node:fs/promises';
import type { QpvImportResult } from '../../../contracts/territory.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { actorIdOf, requireAccess, SYSTEM_ACTOR } from '../access/require-access.ts';
import { type AuditInput, recordAudits } from '../audit/audit.service.ts';
import { backfillOrganisationGeography } from './geo-derivation.ts';
import { insertQpv, type QpvRow, qpvByCodes, updateQpv } from './qpv.queries.ts';
import { qpvFromFeature, readQpvFeatures } from './qpv-features.ts';

export type QpvImportOptions = { actor?: Actor };

/** For the command line: imports the national QPV GeoJSON at `filePath` (Île-de-France only). */
export async function importQpvGeoJson(db: Db, filePath: string, options: QpvImportOptions = {}): Promise<QpvImportResult> {
  return importQpv(db, options.actor ?? SYSTEM_ACTOR, async () => {
    try {
      return await readFile(filePath, 'utf8');
    } catch (error) {
      throw new AppError('bad_request', `Fichier illisible : ${filePath} (${(error as NodeJS.ErrnoException).code ?? 'erreur'}).`);
    }
  });
}

/**
 * Keeps the Île-de-France features, creates or updates each QPV by its code (a re-import of the
 * same file changes nothing), all in one transaction; then updates the organisations' QPV.
 * A feature that cannot be read is listed with its index and reason, the others are imported.
 */
export async function importQpv(db: Db, actor: Actor, readText: () => Promise<string>): Promise<QpvImportResult> {
  requireAccess(actor, 'global:admin');
  const outcomes = readQpvFeatures(await readText()).map(qpvFromFeature);
  const result: QpvImportResult = {
    read: outcomes.length,
    imported: 0,
    updated: 0,
    rejected: [],
    outsideRegion: 0,
    organisationsUpdated: 0,
  };
  const incoming = new Map<string, (typeof outcomes)[number] & { kind: 'qpv' }>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'outside') result.outsideRegion += 1;
    else if (outcome.kind === 'rejected') result.rejected.push({ feature: outcome.index, reason: outcome.reason });
    else if (incoming.has(outcome.values.code))
      result.rejected.push({ feature: outcome.index, reason: `${outcome.values.code} : code en double dans le fichier` });
    else incoming.set(outcome.values.code, outcome);
  }
  await db.transaction(async (tx) => {
    const existing = new Map((await qpvByCodes(tx, [...incoming.keys()])).map((row) => [row.code, row]));
    const audits: AuditInput[] = [];
    for (const { values } of incoming.values()) {
      const before = existing.get(values.code);
      if (before && sameQpv(before, values)) continue;
      const after = before ? await updateQpv(tx, before.id, values, before.version) : await insertQpv(tx, values);
      if (before) result.updated += 1;
      else result.imported += 1;
      audits.push(auditOf(actor, before ? 'update' : 'create', before ?? null, after));
    }
    await recordAudits(tx, audits);
    result.organisationsUpdated = await backfillOrganisationGeography(tx);
  });
  return result;
}

function sameQpv(row: QpvRow, values: QpvRow | Parameters<typeof updateQpv>[2]): boolean {
  return (
    row.deletedAt === null &&
    row.name === values.name &&
    row.departement === values.departement &&
    JSON.stringify(row.communes) === JSON.stringify(values.communes) &&
    JSON.stringify(row.arrondissements) === JSON.stringify(values.arrondissements) &&
    JSON.stringify(row.geometry) === JSON.stringify(values.geometry)
  );
}

/** The geometry stays out of the history: it is large and says little to a reader. */
function auditOf(actor: Actor, action: 'create' | 'update', before: QpvRow | null, after: QpvRow): AuditInput {
  const readable = (row: QpvRow | null) => {
    if (!row) return null;
    const { geometry: _geometry, ...rest } = row;
    return rest;
  };
  return {
    actorId: actorIdOf(actor),
    entityType: 'qpv',
    entityId: after.id,
    structureId: null,
    action,
    before: readable(before),
    after: readable(after),
  };
}
