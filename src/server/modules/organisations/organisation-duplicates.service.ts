import type { DUPLICATE_REASONS, OrganisationDuplicatesQuery } from '../../../contracts/organisations.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { findByIdentifiers, findSimilarNames, type Identifiers, type OrganisationRow } from './organisations.queries.ts';

type Reason = (typeof DUPLICATE_REASONS)[number];
type Duplicate = { organisation: OrganisationRow; reasons: Reason[]; score: number };

const IDENTIFIERS = ['rna', 'siret', 'uai'] as const;

/** What a duplicate warning shows of the existing record. */
export function summaryOf({ organisation: o, reasons, score }: Duplicate) {
  const { id, name, sector, postcode, city, rna, siret, uai } = o;
  return { organisation: { id, name, sector, postcode, city, rna, siret, uai }, reasons, score };
}

/** Live organisations sharing an RNA, SIRET or UAI with the candidate: certain duplicates (score 1). */
export async function identifierDuplicates(db: DbOrTx, candidate: Identifiers, excludeId?: string): Promise<Duplicate[]> {
  const rows = await findByIdentifiers(db, candidate, excludeId);
  return rows.map((row) => ({
    organisation: row,
    reasons: IDENTIFIERS.filter((key) => candidate[key] && row[key] === candidate[key]),
    score: 1,
  }));
}

/**
 * Probable duplicates of a record about to be saved: same identifier, or a similar name in the
 * same postcode (public bodies share web domains, so the website proves nothing). Best first.
 */
export async function checkOrganisationDuplicates(db: Db, actor: Actor, candidate: OrganisationDuplicatesQuery) {
  requireAccess(actor, 'directory:read');
  const found = new Map<string, Duplicate>();
  for (const duplicate of await identifierDuplicates(db, candidate, candidate.excludeId)) found.set(duplicate.organisation.id, duplicate);
  if (candidate.name && candidate.postcode) {
    for (const { row, score } of await findSimilarNames(db, candidate.name, candidate.postcode, candidate.excludeId)) {
      const known = found.get(row.id);
      if (known) known.reasons.push('name');
      else found.set(row.id, { organisation: row, reasons: ['name'], score: Math.round(score * 100) / 100 });
    }
  }
  const items = [...found.values()].sort((a, b) => b.score - a.score).map(summaryOf);
  return { items };
}
