import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation, newPartnership, SIRETS } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

type Row = Record<string, unknown>;
let t: TestApp;
let coordinator: string;
let member: string;
let outsider: string;
let observer: string;
let paris: string;
let other: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
  paris = (await t.createStructure('75')).id;
  other = (await t.createStructure('93')).id;
  member = (await t.userWithRole('member', paris)).cookie;
  outsider = (await t.userWithRole('member', other)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  // A table no code knows about, with foreign keys to organisations: the merge must find it in the catalogue.
  await t.database.exec(`
    create table merge_probe (id serial primary key, organisation_id uuid not null references organisations(id), label text not null,
      unique (organisation_id, label));
    create table merge_probe_keyless (organisation_id uuid references organisations(id), note text);`);
}, 180_000);
afterAll(() => t.close());

async function query(text: string): Promise<Row[]> {
  return ((await t.database.db.execute(sql.raw(text))) as unknown as { rows: Row[] }).rows;
}
const rowOf = async (table: string, id: string) =>
  (await query(`select to_jsonb(t) as row from ${table} t where id = '${id}'`))[0]?.row as Row;
/** Every row of the tables a merge touches, to compare the whole state before and after an undo. */
async function snapshot(ids: string[]) {
  const list = ids.map((id) => `'${id}'`).join(', ');
  const tables: [string, string][] = [
    ['organisation_relationships', `from_id in (${list}) or to_id in (${list})`],
    ['partnerships', `organisation_id in (${list})`],
    ['partnership_stage_changes', `partnership_id in (select id from partnerships where organisation_id in (${list}))`],
    ['interactions', `organisation_id in (${list}) or contact_id in (${list})`],
    ['tasks', `organisation_id in (${list}) or contact_id in (${list})`],
    ['affiliations', `organisation_id in (${list}) or contact_id in (${list})`],
    ['merge_probe', `organisation_id in (${list})`],
    ['merge_probe_keyless', `organisation_id in (${list})`],
  ];
  const out: Record<string, Row[]> = {};
  for (const [table, where] of tables) {
    out[table] = (await query(`select to_jsonb(t) as row from ${table} t where ${where}`)).map((r) => r.row as Row);
    out[table]!.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}
/** A record without the bookkeeping an undo necessarily advances. */
const business = (row: Row) => {
  const { version, updated_at, ...rest } = row;
  return rest;
};

const get = (url: string, as = coordinator) => t.request({ method: 'GET', url, as });
const post = (url: string, payload: object, as = coordinator) => t.request({ method: 'POST', url, as, payload });
const mergeOrgs = (survivor: Row, merged: Row, fields: object = {}, as = coordinator) =>
  post(
    '/api/v1/organisations/merge',
    { survivorId: survivor.id, mergedId: merged.id, survivorVersion: survivor.version, mergedVersion: merged.version, fields },
    as,
  );
const fresh = async (id: string) => (await get(`/api/v1/organisations/${id}`)).json();

describe('candidate pairs', () => {
  it('lists organisations sharing an identifier or a similar name in the same postcode, strongest first, each with its reasons', async () => {
    const a = await newOrganisation(t, coordinator, { name: 'Maison des Sciences', siret: SIRETS[0], postcode: '75011' });
    const b = await newOrganisation(t, coordinator, { name: 'Maison de la Culture', siret: SIRETS[0], postcode: '93100' });
    const c = await newOrganisation(t, coordinator, { name: 'Théâtre du Soleil Vincennes', postcode: '75012' });
    const d = await newOrganisation(t, coordinator, { name: 'Theatre du soleil', postcode: '75012' });
    const e = await newOrganisation(t, coordinator, { name: 'Théâtre du Soleil', postcode: '94300' });
    const f = await newOrganisation(t, coordinator, { name: 'Collège Jean Moulin', uai: '0750001A', rna: 'W751000001' });
    const g = await newOrganisation(t, coordinator, { name: 'Collège J. Moulin', uai: '0750001A', rna: 'W751000001' });
    const response = await get('/api/v1/duplicates/organisations?pageSize=100', observer);
    expect(response.statusCode, response.body).toBe(200);
    const pairs = response.json().items as { a: Row; b: Row; reasons: string[]; score: number }[];
    const find = (x: Row, y: Row) => pairs.find((p) => [p.a.id, p.b.id].sort().join() === [x.id, y.id].sort().join());
    expect(find(a, b)).toMatchObject({ reasons: ['siret'], score: 1 });
    expect(find(f, g)).toMatchObject({ reasons: ['rna', 'uai'], score: 1 });
    expect(find(c, d)?.reasons).toEqual(['name']);
    expect(find(c, d)!.score).toBeGreaterThanOrEqual(0.45);
    expect(find(c, d)!.score).toBeLessThan(1);
    expect(find(d, e)).toBeUndefined();
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((x, y) => y - x));
    expect(response.json().total).toBe(pairs.length);
  });

  it('lists contacts sharing an e-mail, or with similar names sharing an organisation', async () => {
    const org = await newOrganisation(t, coordinator, { name: 'Radio Campus' });
    const a = await newContact(t, coordinator, { firstName: 'Hélène', lastName: 'Durand', emails: ['h.durand@example.org'] });
    const b = await newContact(t, coordinator, { firstName: 'Helene', lastName: 'Durand-Martin', emails: ['H.Durand@example.org'] });
    const c = await newContact(t, coordinator, { firstName: 'Karim', lastName: 'Benali' });
    const d = await newContact(t, coordinator, { firstName: 'Karim', lastName: 'Benalli' });
    const e = await newContact(t, coordinator, { firstName: 'Karim', lastName: 'Benali' });
    for (const person of [c, d]) await post(`/api/v1/contacts/${person.id}/affiliations`, { organisationId: org.id });
    const pairs = (await get('/api/v1/duplicates/contacts?pageSize=100', observer)).json().items as { a: Row; b: Row; reasons: string[] }[];
    const find = (x: Row, y: Row) => pairs.find((p) => [p.a.id, p.b.id].sort().join() === [x.id, y.id].sort().join());
    expect(find(a, b)?.reasons).toEqual(['email']);
    expect(find(c, d)?.reasons).toEqual(['name']);
    expect(find(c, e)).toBeUndefined();
  });

  it('forgets a pair marked "not duplicates", and refuses a pair of one record', async () => {
    const a = await newOrganisation(t, coordinator, { name: 'Fablab Pantin', postcode: '93500' });
    const b = await newOrganisation(t, coordinator, { name: 'Fablab de Pantin', postcode: '93500' });
    const listed = async () =>
      ((await get('/api/v1/duplicates/organisations?pageSize=100')).json().items as { a: Row; b: Row }[]).some(
        (p) => [p.a.id, p.b.id].includes(a.id) && [p.a.id, p.b.id].includes(b.id),
      );
    expect(await listed()).toBe(true);
    expect((await post('/api/v1/duplicates/dismissals', { kind: 'organisation', aId: b.id, bId: a.id }, observer)).statusCode).toBe(403);
    expect((await post('/api/v1/duplicates/dismissals', { kind: 'organisation', aId: b.id, bId: a.id }, member)).statusCode).toBe(201);
    expect(await listed()).toBe(false);
    expect((await post('/api/v1/duplicates/dismissals', { kind: 'organisation', aId: a.id, bId: b.id }, member)).statusCode).toBe(201);
    const self = await post('/api/v1/duplicates/dismissals', { kind: 'organisation', aId: a.id, bId: a.id }, member);
    expect(self.statusCode).toBe(400);
    expect(self.headers['content-type']).toContain('application/problem+json');
    const audited = await query(
      `select a.action, a.actor_id is not null as by_someone from audit_log a join duplicate_dismissals d on a.entity_id = d.id::text
       where a.entity_type = 'duplicate_dismissal' and d.a_id = '${[a.id, b.id].sort()[0]}'`,
    );
    expect(audited).toEqual([{ action: 'create', by_someone: true }]);
  });

  it('points the merged record at the survivor, and refuses its restore from the trash until the merge is undone', async () => {
    const survivor = await newOrganisation(t, coordinator, { name: 'Compagnie des Ondes' });
    const merged = await newOrganisation(t, coordinator, { name: 'Cie des Ondes' });
    const merge = await mergeOrgs(survivor, merged);
    expect(merge.statusCode, merge.body).toBe(200);
    expect((await rowOf('organisations', merged.id as string)).merged_into_id).toBe(survivor.id);
    const restore = await post(`/api/v1/trash/organisation/${merged.id}/restore`, {});
    expect(restore.statusCode, restore.body).toBe(409);
    expect(restore.headers['content-type']).toContain('application/problem+json');
    expect(restore.json().detail).toMatch(/annulez la fusion/);
    expect(restore.json().current).toEqual({ mergedIntoId: survivor.id, mergeId: merge.json().id });
    expect((await rowOf('organisations', merged.id as string)).deleted_at).not.toBeNull();
    expect((await post(`/api/v1/merges/${merge.json().id}/undo`, {})).statusCode).toBe(200);
    expect(await rowOf('organisations', merged.id as string)).toMatchObject({ merged_into_id: null, deleted_at: null });
  });

  it('compares again what changed since the last look: an edit, a bulk insert, a record sent to the trash', async () => {
    const a = await newOrganisation(t, coordinator, { name: 'Ludothèque des Lilas', postcode: '93260' });
    const b = await newOrganisation(t, coordinator, { name: 'Ludotheque Les Lilas', postcode: '93260' });
    const pairOf = async (x: Row, y: Row) => {
      const page = (await get('/api/v1/duplicates/organisations?pageSize=100')).json();
      expect(page.pending).toBe(0);
      return (page.items as { a: Row; b: Row }[]).some((p) => [p.a.id, p.b.id].sort().join() === [x.id, y.id].sort().join());
    };
    expect(await pairOf(a, b)).toBe(true);
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${b.id}`,
      as: coordinator,
      payload: { version: b.version, postcode: '93100' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await pairOf(a, b)).toBe(false);
    // Rows written by SQL (as an open-data job or a COPY would) are queued by the triggers too.
    const [c] = await query(
      `insert into organisations (name, sector, postcode) values ('Ludotheque des Lilas', 'social', '93260') returning id`,
    );
    expect(await pairOf(a, c!)).toBe(true);
    await query(`update organisations set deleted_at = now() where id = '${c!.id}'`);
    expect(await pairOf(a, c!)).toBe(false);
  });
});

describe('merging organisations', () => {
  it('moves every link, in every table that references organisations, and undoes it exactly', async () => {
    const survivor = await newOrganisation(t, coordinator, {
      name: 'MJC Belleville',
      postcode: '75020',
      tags: ['jeunesse'],
      publics: ['youth'],
    });
    const merged = await newOrganisation(t, coordinator, {
      name: 'M.J.C. de Belleville',
      postcode: '75020',
      website: 'https://mjc.example.org',
      tags: ['danse', 'jeunesse'],
      publics: ['families'],
    });
    const third = await newOrganisation(t, coordinator, { name: 'Fédération des MJC' });
    const person = await newContact(t, coordinator);
    const colleague = await newContact(t, coordinator);
    // Conflicts: both followed by Paris, the same member_of link, a link between the two, the same affiliation.
    const keptPartnership = await newPartnership(t, coordinator, paris, { organisationId: survivor.id });
    const lostPartnership = await newPartnership(t, coordinator, paris, { organisationId: merged.id, stage: 'contacted' });
    const movedPartnership = await newPartnership(t, coordinator, other, { organisationId: merged.id });
    for (const from of [survivor, merged])
      await post(`/api/v1/organisations/${from.id}/relationships`, { kind: 'member_of', organisationId: third.id });
    await post(`/api/v1/organisations/${merged.id}/relationships`, { kind: 'partner_of', organisationId: survivor.id });
    await post(`/api/v1/organisations/${third.id}/relationships`, { kind: 'funded_by', organisationId: merged.id });
    for (const org of [survivor, merged])
      await post(`/api/v1/contacts/${person.id}/affiliations`, { organisationId: org.id, role: 'Directrice' });
    await post(`/api/v1/contacts/${colleague.id}/affiliations`, { organisationId: merged.id, role: 'Animateur' });
    const call = { kind: 'call', occurredAt: '2026-11-20T10:00:00Z', summary: 'Appel' };
    const interaction = (
      await post('/api/v1/interactions', { structureId: paris, ...call, partnershipId: lostPartnership.id, organisationId: merged.id })
    ).json();
    const task = (
      await post('/api/v1/tasks', { structureId: paris, title: 'Relancer', partnershipId: lostPartnership.id, organisationId: merged.id })
    ).json();
    await query(`insert into merge_probe (organisation_id, label) values
      ('${survivor.id}', 'commun'), ('${merged.id}', 'commun'), ('${merged.id}', 'propre')`);
    await query(`insert into merge_probe_keyless (organisation_id, note) values ('${merged.id}', 'sans clé')`);

    const before = await snapshot([survivor.id, merged.id, third.id]);
    const survivorBefore = await rowOf('organisations', survivor.id);
    const mergedBefore = await rowOf('organisations', merged.id);

    const response = await mergeOrgs(survivor, merged, { name: 'merged', website: 'merged' });
    expect(response.statusCode, response.body).toBe(200);
    const merge = response.json();
    expect(merge).toMatchObject({ kind: 'organisation', survivor: { id: survivor.id, label: 'M.J.C. de Belleville' }, undoneAt: null });

    const after = await fresh(survivor.id);
    expect(after).toMatchObject({ name: 'M.J.C. de Belleville', website: 'https://mjc.example.org', postcode: '75020' });
    expect(after.tags.sort()).toEqual(['danse', 'jeunesse']);
    expect(after.publics.sort()).toEqual(['families', 'youth']);
    expect((await get(`/api/v1/organisations/${merged.id}`)).statusCode).toBe(404);
    // Partnerships: Paris keeps the survivor's, which receives the interaction, the task and the stage history.
    expect((await get(`/api/v1/partnerships/${lostPartnership.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/interactions/${interaction.id}`)).json()).toMatchObject({
      partnershipId: keptPartnership.id,
      organisationId: survivor.id,
    });
    expect((await get(`/api/v1/tasks/${task.id}`)).json()).toMatchObject({
      partnershipId: keptPartnership.id,
      organisationId: survivor.id,
    });
    const stages = (await get(`/api/v1/partnerships/${keptPartnership.id}/stages`)).json().items;
    expect(stages.length).toBe(2);
    expect((await get(`/api/v1/partnerships/${movedPartnership.id}`)).json().organisation.id).toBe(survivor.id);
    // Relationships: no self-link, no double member_of, the incoming funding moved.
    const links = (await get(`/api/v1/organisations/${survivor.id}/relationships`)).json().items as Row[];
    expect(links.map((l) => `${l.direction} ${l.kind}`).sort()).toEqual(['incoming funded_by', 'outgoing member_of']);
    // Affiliations: one Directrice, the colleague moved.
    const people = await query(
      `select contact_id, role from affiliations where organisation_id = '${survivor.id}' and deleted_at is null order by role`,
    );
    expect(people).toEqual([
      { contact_id: colleague.id, role: 'Animateur' },
      { contact_id: person.id, role: 'Directrice' },
    ]);
    // The tables the test made: one row moved, one set aside (unique key), the keyless one moved.
    expect(await query(`select label from merge_probe where organisation_id = '${survivor.id}' order by label`)).toEqual([
      { label: 'commun' },
      { label: 'propre' },
    ]);
    expect(await query(`select count(*)::int as n from merge_probe where organisation_id = '${merged.id}'`)).toEqual([{ n: 0 }]);
    expect(await query(`select organisation_id from merge_probe_keyless`)).toEqual([{ organisation_id: survivor.id }]);
    expect(merge.moved).toEqual(expect.arrayContaining([{ table: 'merge_probe', column: 'organisation_id', rows: 1 }]));
    const history = (await get(`/api/v1/history/organisation/${merged.id}`)).json().items.map((e: Row) => e.action);
    expect(history).toContain('delete');

    const listed = (await get('/api/v1/merges?kind=organisation', observer)).json();
    expect(listed.items[0]).toMatchObject({ id: merge.id, merged: { id: merged.id } });

    const undone = await post(`/api/v1/merges/${merge.id}/undo`, {});
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json().undoneAt).not.toBeNull();
    const restoredState = await snapshot([survivor.id, merged.id, third.id]);
    for (const table of ['partnership_stage_changes', 'interactions', 'tasks', 'merge_probe', 'merge_probe_keyless']) {
      expect(restoredState[table], table).toEqual(before[table]);
    }
    for (const table of ['organisation_relationships', 'partnerships', 'affiliations']) {
      expect(restoredState[table]!.map(business), table).toEqual(before[table]!.map(business));
    }
    expect(business(await rowOf('organisations', survivor.id))).toEqual(business(survivorBefore));
    expect(business(await rowOf('organisations', merged.id))).toEqual(business(mergedBefore));

    const again = await post(`/api/v1/merges/${merge.id}/undo`, {});
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses the undo once the survivor has changed, changing nothing', async () => {
    const survivor = await newOrganisation(t, coordinator, { name: 'Ludothèque Ivry' });
    const merged = await newOrganisation(t, coordinator, { name: 'Ludotheque d’Ivry' });
    const merge = (await mergeOrgs(survivor, merged)).json();
    const current = await fresh(survivor.id);
    await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${survivor.id}`,
      as: member,
      payload: { version: current.version, city: 'Ivry' },
    });
    const refused = await post(`/api/v1/merges/${merge.id}/undo`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('stale');
    expect((await get(`/api/v1/organisations/${merged.id}`)).statusCode).toBe(404);
    expect((await get('/api/v1/merges')).json().items.find((m: Row) => m.id === merge.id).undoneAt).toBeNull();
  });

  it('refuses a merge with itself, of a deleted record, or from a stale version, changing nothing', async () => {
    const a = await newOrganisation(t, coordinator, { name: 'Compagnie Nomade' });
    const b = await newOrganisation(t, coordinator, { name: 'Cie Nomade' });
    const audits = async () => (await query('select count(*)::int as n from audit_log'))[0]!.n;
    const start = await audits();
    const self = await mergeOrgs(a, a);
    expect(self.statusCode).toBe(400);
    expect(self.json().detail).toMatch(/lui-même/);
    const stale = await mergeOrgs(a, { ...b, version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale');
    expect((await mergeOrgs(a, { id: '00000000-0000-4000-8000-000000000000', version: 1 })).statusCode).toBe(404);
    expect(await audits()).toBe(start);
    await t.request({ method: 'DELETE', url: `/api/v1/organisations/${b.id}`, as: coordinator });
    const deleted = await mergeOrgs(a, b);
    expect(deleted.statusCode).toBe(404);
    expect(deleted.headers['content-type']).toContain('application/problem+json');
  });

  it('lets members merge, but not an observer, nor a member of another structure when partnerships would move', async () => {
    const a = await newOrganisation(t, coordinator, { name: 'Jardin partagé' });
    const b = await newOrganisation(t, coordinator, { name: 'Jardin partage' });
    await newPartnership(t, coordinator, paris, { organisationId: b.id });
    expect((await mergeOrgs(a, b, {}, observer)).statusCode).toBe(403);
    expect((await mergeOrgs(a, b, {}, outsider)).statusCode).toBe(403);
    const merge = await mergeOrgs(a, b, {}, member);
    expect(merge.statusCode, merge.body).toBe(200);
    expect((await post(`/api/v1/merges/${merge.json().id}/undo`, {}, outsider)).statusCode).toBe(403);
    expect((await post(`/api/v1/merges/${merge.json().id}/undo`, {}, member)).statusCode).toBe(200);
  });
});

describe('merging contacts', () => {
  it('unites e-mails and phones, keeps one affiliation per organisation and role, and undoes it', async () => {
    const org = await newOrganisation(t, coordinator, { name: 'Médiathèque Melun' });
    const survivor = await newContact(t, coordinator, {
      firstName: 'Zoé',
      lastName: 'Martin',
      emails: ['zoe@example.org'],
      phones: ['01 02 03 04 05'],
    });
    const merged = await newContact(t, coordinator, {
      firstName: 'Zoe',
      lastName: 'Martin',
      emails: ['zoe.martin@example.org', 'zoe@example.org'],
      language: 'en',
      consent: { legalBasis: 'consent', date: '2026-01-05', optOuts: { email: true } },
    });
    for (const person of [survivor, merged])
      await post(`/api/v1/contacts/${person.id}/affiliations`, { organisationId: org.id, role: 'Bibliothécaire' });
    const interaction = (
      await post('/api/v1/interactions', {
        structureId: paris,
        kind: 'email',
        occurredAt: '2026-11-21T09:00:00Z',
        summary: 'Mail',
        contactId: merged.id,
      })
    ).json();
    const before = await snapshot([survivor.id, merged.id, org.id]);
    const survivorBefore = await rowOf('contacts', survivor.id);

    const response = await post('/api/v1/contacts/merge', {
      survivorId: survivor.id,
      mergedId: merged.id,
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
      fields: { consent: 'merged', language: 'survivor' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const contact = (await get(`/api/v1/contacts/${survivor.id}`)).json();
    expect(contact.emails).toEqual(['zoe@example.org', 'zoe.martin@example.org']);
    expect(contact.consent).toEqual({ legalBasis: 'consent', date: '2026-01-05', optOuts: { email: true, phone: false, post: false } });
    expect(contact).toMatchObject({ firstName: 'Zoé', language: 'fr' });
    expect((await get(`/api/v1/contacts/${survivor.id}/affiliations`)).json().items).toHaveLength(1);
    expect((await get(`/api/v1/interactions/${interaction.id}`)).json().contactId).toBe(survivor.id);

    expect((await post(`/api/v1/merges/${response.json().id}/undo`, {})).statusCode).toBe(200);
    const restored = await snapshot([survivor.id, merged.id, org.id]);
    expect(restored.interactions).toEqual(before.interactions);
    expect(restored.affiliations!.map(business)).toEqual(before.affiliations!.map(business));
    expect(business(await rowOf('contacts', survivor.id))).toEqual(business(survivorBefore));
    expect((await get(`/api/v1/contacts/${merged.id}`)).statusCode).toBe(200);
  });

  it('refuses an unknown field choice with 400', async () => {
    const a = await newContact(t, coordinator);
    const b = await newContact(t, coordinator);
    const response = await post('/api/v1/contacts/merge', {
      survivorId: a.id,
      mergedId: b.id,
      survivorVersion: 1,
      mergedVersion: 1,
      fields: { emails: 'merged' },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('the background comparison', () => {
  it('compares queued records without anyone opening the review, so that the list request stays short', async () => {
    const a = await newOrganisation(t, coordinator, { name: 'Vélo-école de Bobigny', postcode: '93000' });
    const b = await newOrganisation(t, coordinator, { name: 'Velo ecole Bobigny', postcode: '93000' });
    const stored = async () =>
      (
        await query(
          `select count(*)::int as n from duplicate_pairs where kind = 'organisation' and least(a_id, b_id) = least('${a.id}'::uuid, '${b.id}'::uuid)
             and greatest(a_id, b_id) = greatest('${a.id}'::uuid, '${b.id}'::uuid)`,
        )
      )[0]!.n;
    // Other tests of this file queue records too: only these two must have left the queue.
    const queued = async () =>
      Number(
        (await query(`select count(*)::int as n from duplicate_pair_queue where record_id in ('${a.id}'::uuid, '${b.id}'::uuid)`))[0]!.n,
      );
    const deadline = Date.now() + 20_000;
    while (((await stored()) === 0 || (await queued()) > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await stored()).toBe(1);
    expect(await queued()).toBe(0);
  }, 30_000);
});
