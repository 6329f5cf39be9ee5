import { type SQL, sql } from 'drizzle-orm';
import type { NetworkQuery } from '../../../contracts/network.ts';
import type { SECTORS, STAGES } from '../../../contracts/vocabulary.ts';
import type { DbOrTx } from '../../db/client.ts';

type Sector = (typeof SECTORS)[number];
type Stage = (typeof STAGES)[number];
export type OrganisationRef = { id: string; name: string; sector: Sector };

/** Both drivers answer `execute` with `{ rows }`; drizzle types it loosely. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const uuidArray = (ids: string[]): SQL =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
const inScope = (column: SQL, structureIds: string[] | null): SQL =>
  structureIds === null ? sql`true` : structureIds.length ? sql`${column} = any(${uuidArray(structureIds)})` : sql`false`;

/** Live partnerships of the structures in view, with the filters on the partner. */
export async function partnerRows(db: DbOrTx, structureIds: string[] | null, query: NetworkQuery) {
  const result = await db.execute(sql`
    select p.structure_id, s.name as structure_name, o.id, o.name, o.sector, p.stage
    from partnerships p join organisations o on o.id = p.organisation_id join structures s on s.id = p.structure_id
    where p.deleted_at is null and o.deleted_at is null and s.deleted_at is null and ${inScope(sql`p.structure_id`, structureIds)}
      ${query.stage ? sql`and p.stage = ${query.stage}` : sql``} ${query.sector ? sql`and o.sector = ${query.sector}` : sql``}
    order by o.name, o.id`);
  return rowsOf<OrganisationRef & { structure_id: string; structure_name: string; stage: Stage }>(result);
}

/** Relationships with one end among the given organisations. */
export async function relationshipRows(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const result = await db.execute(sql`
    select a.id as a_id, a.name as a_name, a.sector as a_sector, b.id as b_id, b.name as b_name, b.sector as b_sector
    from organisation_relationships r join organisations a on a.id = r.from_id join organisations b on b.id = r.to_id
    where r.deleted_at is null and a.deleted_at is null and b.deleted_at is null
      and (r.from_id = any(${uuidArray(organisationIds)}) or r.to_id = any(${uuidArray(organisationIds)}))`);
  return rowsOf<{ a_id: string; a_name: string; a_sector: Sector; b_id: string; b_name: string; b_sector: Sector }>(result);
}

/** Current affiliations of the contacts who work with one of the given organisations: each links them to every organisation they are part of. */
export async function affiliationRows(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const current = sql`a.deleted_at is null and (a.end_on is null or a.end_on >= current_date)`;
  const result = await db.execute(sql`
    select c.id as contact_id, trim(coalesce(c.first_name, '') || ' ' || c.last_name) as contact_name, o.id, o.name, o.sector
    from affiliations a join contacts c on c.id = a.contact_id join organisations o on o.id = a.organisation_id
    where ${current} and c.deleted_at is null and o.deleted_at is null
      and a.contact_id in (select a.contact_id from affiliations a where ${current} and a.organisation_id = any(${uuidArray(organisationIds)}))`);
  return rowsOf<OrganisationRef & { contact_id: string; contact_name: string }>(result);
}

/** Organisations taking part in the events of the structures in view. */
export async function eventPartnerRows(db: DbOrTx, structureIds: string[] | null) {
  const result = await db.execute(sql`
    select distinct e.id as event_id, e.structure_id, o.id, o.name, o.sector
    from events e join event_partners ep on ep.event_id = e.id join organisations o on o.id = ep.organisation_id
    where e.deleted_at is null and o.deleted_at is null and ${inScope(sql`e.structure_id`, structureIds)}`);
  return rowsOf<OrganisationRef & { event_id: string; structure_id: string }>(result);
}
