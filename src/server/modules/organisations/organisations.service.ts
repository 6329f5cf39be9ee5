import type { OrganisationCreate, OrganisationListQuery, OrganisationUpdate } from '../../../contracts/organisations.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { organisations } from '../../db/schema/index.ts';
import { withNearFallback } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { locateOrganisation, relocateOrganisation } from '../territory/organisation-location.ts';
import { identifierDuplicates, summaryOf } from './organisation-duplicates.service.ts';
import {
  countLivePartnerships,
  insertOrganisation,
  listOrganisationRows,
  liveOrganisationNames,
  type OrganisationRow,
} from './organisations.queries.ts';

const WHAT = 'L’organisation';

export async function listOrganisations(db: Db, actor: Actor, query: OrganisationListQuery) {
  requireAccess(actor, 'directory:read');
  const { rows, total } = await withNearFallback(db, query.q, (tx, near) => listOrganisationRows(tx, query, near));
  return pageOf(rows.map(toDto), total, query);
}

export async function getOrganisation(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'directory:read');
  return toDto(await loadLive(db, id));
}

/**
 * Creates an organisation unless another one already has its RNA, SIRET or UAI: then 409 with
 * the existing records in `current.duplicates`, so the form can offer to open them; `force` creates anyway.
 */
export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreate, force = false) {
  requireAccess(actor, 'directory:write');
  const values = { ...input, ...(await locateOrganisation(db, input)) };
  return db.transaction(async (tx) => {
    if (!force) {
      const duplicates = await identifierDuplicates(tx, values);
      if (duplicates.length > 0) {
        const first = duplicates[0]!;
        throw new AppError(
          'conflict',
          `« ${first.organisation.name} » porte déjà ce ${first.reasons[0]?.toUpperCase()} : ouvrez cette fiche, ou confirmez la création d’un doublon (?force=true).`,
          { current: { duplicates: duplicates.map(summaryOf) } },
        );
      }
    }
    const row = await insertOrganisation(tx, values);
    await auditWrite(tx, actor, 'organisation', { before: null, after: row }, null);
    return toDto(row);
  });
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, input: OrganisationUpdate) {
  requireAccess(actor, 'directory:write');
  const { version, ...patch } = input;
  // Geocoding may take a moment: done before the transaction, whose version check still guards the write.
  const place = await relocateOrganisation(db, await loadLive(db, id), patch);
  return db.transaction(async (tx) => {
    const before = await loadLive(tx, id);
    await refuseNewIdentifierDuplicates(tx, before, patch);
    const after = (await updateVersioned(tx, organisations, id, version, { ...patch, ...place }, WHAT)) as OrganisationRow;
    await auditWrite(tx, actor, 'organisation', { before, after }, null);
    return toDto(after);
  });
}

/**
 * An RNA, SIRET or UAI the patch gives that another live organisation holds: 409 with that
 * record in `current.duplicates`. Identifiers left unchanged are not checked, so a duplicate
 * created on purpose stays editable.
 */
async function refuseNewIdentifierDuplicates(db: DbOrTx, before: OrganisationRow, patch: Omit<OrganisationUpdate, 'version'>) {
  const changed = {
    rna: patch.rna !== before.rna ? patch.rna : undefined,
    siret: patch.siret !== before.siret ? patch.siret : undefined,
    uai: patch.uai !== before.uai ? patch.uai : undefined,
  };
  const [first, ...others] = await identifierDuplicates(db, changed, before.id);
  if (!first) return;
  throw new AppError(
    'conflict',
    `« ${first.organisation.name} » porte déjà ce ${first.reasons[0]?.toUpperCase()} : ouvrez cette fiche, ou fusionnez les deux organisations.`,
    { current: { duplicates: [first, ...others].map(summaryOf) } },
  );
}

/** To the trash; refused while a structure still follows the organisation, whose partnership would be orphaned. */
export async function deleteOrganisation(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'directory:manage');
  return db.transaction(async (tx) => {
    const before = await loadLive(tx, id);
    const followed = await countLivePartnerships(tx, id);
    if (followed > 0) {
      throw new AppError(
        'conflict',
        `« ${before.name} » a encore ${followed} partenariat${followed > 1 ? 's' : ''} : supprimez-le${followed > 1 ? 's' : ''} d’abord.`,
      );
    }
    await softDelete(tx, organisations, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'organisation', { before: before, after: null }, null);
    return { deleted: true as const, trash: true };
  });
}

async function loadLive(db: DbOrTx, id: string): Promise<OrganisationRow> {
  const row = (await findLive(db, organisations, id)) as OrganisationRow | undefined;
  if (!row) throw notFound(WHAT);
  return row;
}

/** For the features that link to organisations: the live ones' names by id, 404 for any missing. */
export async function requireOrganisations(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const names = await liveOrganisationNames(db, ids);
  if (ids.some((id) => !names.has(id))) throw notFound(WHAT);
  return names;
}
