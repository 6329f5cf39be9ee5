import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let member: { cookie: string; userId: string };
let manager: string;
let observer: string;
let outsider: { cookie: string; userId: string };

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  member = await t.userWithRole('member', paris);
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = await t.userWithRole('manager', (await t.createStructure('93')).id);
});
afterAll(() => t.close());

const post = (as: string, payload: object) => t.request({ method: 'POST', url: '/api/v1/partnerships', as, payload });

describe('partnerships', () => {
  it('lets a member start following an organisation, which the structure’s observer reads', async () => {
    const org = await newOrganisation(t, member.cookie, { name: 'Vélo Solidaire Belleville' });
    const created = await post(member.cookie, {
      organisationId: org.id,
      structureId: paris,
      engagements: ['co_organise', 'bring_public'],
      objectives: ['distant_publics'],
      ownerId: member.userId,
      nextStep: 'Appeler la présidente',
      nextStepOn: '2027-01-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ stage: 'identified', organisation: { name: 'Vélo Solidaire Belleville' }, version: 1 });
    const read = await t.request({ method: 'GET', url: `/api/v1/partnerships/${created.json().id}`, as: observer });
    expect(read.json()).toMatchObject({ nextStepOn: '2027-01-10', ownerId: member.userId });
  });

  it('refuses a second partnership of the same structure with the same organisation with 409', async () => {
    const first = await newPartnership(t, member.cookie, paris);
    const again = await post(member.cookie, { organisationId: first.organisationId, structureId: paris });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Cette structure suit déjà cette organisation : ouvrez le partenariat existant.');
  });

  it('refuses an unknown stage or organisation, and an owner from outside the structure', async () => {
    const org = await newOrganisation(t, member.cookie);
    expect((await post(member.cookie, { organisationId: org.id, structureId: paris, stage: 'married' })).statusCode).toBe(400);
    const unknown = await post(member.cookie, { organisationId: '00000000-0000-4000-8000-000000000000', structureId: paris });
    expect(unknown.statusCode).toBe(404);
    const foreignOwner = await post(member.cookie, { organisationId: org.id, structureId: paris, ownerId: outsider.userId });
    expect(foreignOwner.statusCode).toBe(400);
    expect(foreignOwner.json().errors[0].path).toBe('body.ownerId');
  });

  it('keeps another structure out: 403 on creating, 404 on reading, absent from its lists', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    const org = await newOrganisation(t, member.cookie);
    expect((await post(outsider.cookie, { organisationId: org.id, structureId: paris })).statusCode).toBe(403);
    expect((await post(observer, { organisationId: org.id, structureId: paris })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/v1/partnerships/${partnership.id}`, as: outsider.cookie })).statusCode).toBe(404);
    const theirList = await t.request({ method: 'GET', url: '/api/v1/partnerships', as: outsider.cookie });
    expect(theirList.json()).toMatchObject({ items: [], total: 0 });
    const asked = await t.request({ method: 'GET', url: `/api/v1/partnerships?structureId=${paris}`, as: outsider.cookie });
    expect(asked.statusCode).toBe(404);
  });

  it('dates every change of stage and tells the time spent in each', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    const url = `/api/v1/partnerships/${partnership.id}`;
    const move = (version: number, stage: string) => t.request({ method: 'PATCH', url, as: member.cookie, payload: { version, stage } });
    expect((await move(1, 'contacted')).json()).toMatchObject({ stage: 'contacted', version: 2 });
    // Three days ago, as far as the history knows.
    await t.database.db.execute(
      sql`update partnership_stage_changes set at = at - interval '3 days' where partnership_id = ${partnership.id} and to_stage = 'identified'`,
    );
    expect((await move(2, 'in_discussion')).statusCode).toBe(200);
    expect((await move(2, 'committed')).statusCode).toBe(409);

    const stages = await t.request({ method: 'GET', url: `${url}/stages`, as: observer });
    expect(stages.statusCode).toBe(200);
    const items = stages.json().items;
    expect(items.map((s: { from: string | null; to: string }) => [s.from, s.to])).toEqual([
      [null, 'identified'],
      ['identified', 'contacted'],
      ['contacted', 'in_discussion'],
    ]);
    expect(items[0].secondsInStage).toBeGreaterThanOrEqual(3 * 24 * 3600 - 5);
    expect(items[0].until).toBe(items[1].at);
    expect(items[2]).toMatchObject({ until: null, actor: { id: member.userId } });
  });

  it('filters the list by stage and organisation, and sorts by pipeline order', async () => {
    const org = await newOrganisation(t, member.cookie, { name: 'Radio Ménilmontant' });
    await newPartnership(t, member.cookie, paris, { organisationId: org.id, stage: 'durable' });
    const list = (query: string) => t.request({ method: 'GET', url: `/api/v1/partnerships?${query}`, as: observer });
    expect((await list('stage=durable')).json().items.map((p: { organisationId: string }) => p.organisationId)).toEqual([org.id]);
    expect((await list(`organisationId=${org.id}&structureId=${paris}`)).json().total).toBe(1);
    expect((await list('q=menilmontant')).json().total).toBe(1);
    const byStage = (await list('sort=-stage&pageSize=1')).json();
    expect(byStage.items[0].stage).toBe('durable');
    expect((await list('stage=married')).statusCode).toBe(400);
  });

  it('lets a manager, not a member, delete it; the organisation can then be deleted too', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    const orgUrl = `/api/v1/organisations/${partnership.organisationId}`;
    expect((await t.request({ method: 'DELETE', url: orgUrl, as: manager })).statusCode).toBe(409);
    const url = `/api/v1/partnerships/${partnership.id}`;
    expect((await t.request({ method: 'DELETE', url, as: member.cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: manager })).statusCode).toBe(200);
    const trash = await t.request({ method: 'GET', url: `/api/v1/trash?structureId=${paris}`, as: manager });
    expect(trash.json().items).toContainEqual(expect.objectContaining({ entityType: 'partnership', entityId: partnership.id }));
    expect((await t.request({ method: 'DELETE', url: orgUrl, as: manager })).statusCode).toBe(200);
  });
});
