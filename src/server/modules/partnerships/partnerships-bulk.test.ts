import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let seineSaintDenis: string;
let member: { cookie: string; userId: string };
let colleague: { cookie: string; userId: string };
let observer: string;
let outsider: { cookie: string; userId: string };

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  seineSaintDenis = (await t.createStructure('93')).id;
  member = await t.userWithRole('member', paris);
  colleague = await t.userWithRole('member', paris);
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = await t.userWithRole('member', seineSaintDenis);
});
afterAll(() => t.close());

const bulk = (as: string, payload: object) => t.request({ method: 'POST', url: '/api/v1/partnerships/bulk', as, payload });
const read = async (id: string) => (await t.request({ method: 'GET', url: `/api/v1/partnerships/${id}`, as: member.cookie })).json();
const three = () => Promise.all([1, 2, 3].map(() => newPartnership(t, member.cookie, paris)));
const auditCount = async (entityType: string, ids: string[]) => {
  const result = await t.database.db.execute(
    sql`select count(*)::int as n from audit_log where entity_type = ${entityType} and action = 'update' and entity_id in ${sql.raw(`('${ids.join("','")}')`)}`,
  );
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
};

describe('bulk actions on partnerships', () => {
  it('moves a selection to a stage, dated in each stage history and audited, and leaves those already there alone', async () => {
    const selection = await three();
    const ids = selection.map((p) => p.id);
    const first = await bulk(member.cookie, { ids: [ids[0]], action: { type: 'stage', stage: 'committed' } });
    expect(first.json()).toEqual({ updated: 1 });
    const response = await bulk(member.cookie, { ids, action: { type: 'stage', stage: 'committed' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ updated: 2 });
    for (const id of ids) expect((await read(id)).stage).toBe('committed');
    const stages = (await t.request({ method: 'GET', url: `/api/v1/partnerships/${ids[1]}/stages`, as: member.cookie })).json();
    expect(stages.items.map((s: { from: string | null; to: string }) => [s.from, s.to])).toEqual([
      [null, 'identified'],
      ['identified', 'committed'],
    ]);
    expect(stages.items[1].actor.id).toBe(member.userId);
    expect(await auditCount('partnership', ids)).toBe(3);
    expect((await read(ids[1]!)).version).toBe(2);
  });

  it('assigns an owner of the structure, and refuses someone from elsewhere without changing anything', async () => {
    const ids = (await three()).map((p) => p.id);
    const refused = await bulk(member.cookie, { ids, action: { type: 'owner', ownerId: outsider.userId } });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const assigned = await bulk(member.cookie, { ids, action: { type: 'owner', ownerId: colleague.userId } });
    expect(assigned.json()).toEqual({ updated: 3 });
    for (const id of ids) expect((await read(id)).ownerId).toBe(colleague.userId);
    expect((await bulk(member.cookie, { ids, action: { type: 'owner', ownerId: null } })).json()).toEqual({ updated: 3 });
    expect((await read(ids[0]!)).ownerId).toBeNull();
  });

  it('tags the organisations of the selection, which the tag filter then finds, and removes the tag', async () => {
    const shared = await newOrganisation(t, member.cookie, { tags: ['QSEC'] });
    const selection = [...(await three()), await newPartnership(t, member.cookie, paris, { organisationId: shared.id })];
    const ids = selection.map((p) => p.id);
    const tagged = await bulk(member.cookie, { ids, action: { type: 'add_tag', tag: 'QSEC' } });
    expect(tagged.json()).toEqual({ updated: 3 });
    const list = await t.request({ method: 'GET', url: `/api/v1/partnerships?structureId=${paris}&tag=QSEC&pageSize=100`, as: observer });
    expect(
      list
        .json()
        .items.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect((await read(ids[0]!)).organisation.tags).toEqual(['QSEC']);
    expect(
      await auditCount(
        'organisation',
        selection.slice(0, 3).map((p) => p.organisationId as string),
      ),
    ).toBe(3);
    expect((await bulk(member.cookie, { ids, action: { type: 'remove_tag', tag: 'QSEC' } })).json()).toEqual({ updated: 4 });
    expect((await read(ids[3]!)).organisation.tags).toEqual([]);
  });

  it('is all or nothing: one partnership of another structure, or a deleted one, and nothing changes', async () => {
    const ours = await three();
    const theirs = await newPartnership(t, outsider.cookie, seineSaintDenis);
    const ids = [...ours.map((p) => p.id), theirs.id];
    const foreign = await bulk(member.cookie, { ids, action: { type: 'stage', stage: 'active' } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe('1 partenariat sur 4 introuvable : rien n’a été modifié.');
    const missing = await bulk(member.cookie, {
      ids: [ours[0]!.id, '00000000-0000-4000-8000-000000000000'],
      action: { type: 'stage', stage: 'active' },
    });
    expect(missing.statusCode).toBe(404);
    for (const p of ours) expect((await read(p.id)).stage).toBe('identified');

    // A coordinator reads both structures; a member of both would too: here, a writer of only one is refused.
    const reader = await t.userWithRole('observer', seineSaintDenis);
    await t.request({
      method: 'POST',
      url: '/api/v1/memberships',
      as: await t.signIn('coordination@test.localhost'),
      payload: { userId: reader.userId, structureId: paris, role: 'member' },
    });
    const mixed = await bulk(await t.signIn(reader.email), { ids, action: { type: 'stage', stage: 'active' } });
    expect(mixed.statusCode).toBe(403);
    for (const p of ours) expect((await read(p.id)).stage).toBe('identified');
  });

  it('refuses observers, unknown actions and stages, empty or oversized selections', async () => {
    const ids = (await three()).map((p) => p.id);
    expect((await bulk(observer, { ids, action: { type: 'stage', stage: 'active' } })).statusCode).toBe(403);
    for (const payload of [
      { ids, action: { type: 'stage', stage: 'married' } },
      { ids, action: { type: 'delete' } },
      { ids, action: { type: 'add_tag', tag: '' } },
      { ids, action: { type: 'owner' } },
      { ids: [], action: { type: 'stage', stage: 'active' } },
      { ids: ['pas-un-id'], action: { type: 'stage', stage: 'active' } },
      { ids: Array.from({ length: 1001 }, () => crypto.randomUUID()), action: { type: 'stage', stage: 'active' } },
    ]) {
      const response = await bulk(member.cookie, payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
    }
    for (const id of ids) expect((await read(id)).version).toBe(1);
  });
});
