import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { addDays, parisToday } from '../../lib/paris-time.ts';

let t: TestApp;
let paris: string;
let member: { cookie: string; userId: string };
let manager: string;
let observer: string;
let outsider: string;
let plan: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  member = await t.userWithRole('member', paris);
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = (await t.userWithRole('member', (await t.createStructure('93')).id)).cookie;
  plan = (
    await t.request({
      method: 'POST',
      url: '/api/v1/action-plans',
      as: member.cookie,
      payload: { structureId: paris, title: 'Plan local Paris' },
    })
  ).json();
});
afterAll(() => t.close());

const addAction = (payload: object, as = member.cookie) =>
  t.request({ method: 'POST', url: `/api/v1/action-plans/${plan.id}/actions`, as, payload });
const commit = (actionId: string, payload: object) =>
  t.request({ method: 'POST', url: `/api/v1/action-plans/${plan.id}/actions/${actionId}/commitments`, as: member.cookie, payload });

async function commitmentsStored(): Promise<number> {
  const result = await t.database.db.execute(sql`select count(*)::int as n from action_commitments`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe('the local action plan', () => {
  it('is one per structure, read by its structure only', async () => {
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/action-plans',
      as: member.cookie,
      payload: { structureId: paris, title: 'Doublon' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('déjà');
    expect((await t.request({ method: 'GET', url: `/api/v1/action-plans/${plan.id}`, as: outsider })).statusCode).toBe(404);
    const list = (await t.request({ method: 'GET', url: `/api/v1/action-plans?structureId=${paris}`, as: observer })).json();
    expect(list.items).toMatchObject([{ id: plan.id, title: 'Plan local Paris' }]);
  });

  it('flags an action overdue when its deadline has passed and it is neither done nor dropped', async () => {
    const today = parisToday();
    const late = await addAction({
      title: 'Atelier vélo au centre social',
      ownerId: member.userId,
      startOn: addDays(today, -30),
      deadline: addDays(today, -1),
      status: 'in_progress',
      indicators: [{ label: 'Participants', unit: 'personnes', target: 40, actual: 12 }],
    });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json()).toMatchObject({
      overdue: true,
      status: 'in_progress',
      indicators: [{ label: 'Participants', target: 40, actual: 12 }],
    });
    const onTime = (await addAction({ title: 'Balade urbaine', deadline: today })).json();
    expect(onTime.overdue).toBe(false);
    const done = await t.request({
      method: 'PATCH',
      url: `/api/v1/action-plans/${plan.id}/actions/${late.json().id}`,
      as: member.cookie,
      payload: { version: 1, status: 'done', indicators: [{ label: 'Participants', unit: 'personnes', target: 40, actual: 43 }] },
    });
    expect(done.json()).toMatchObject({ overdue: false, status: 'done', version: 2 });
    const detail = (await t.request({ method: 'GET', url: `/api/v1/action-plans/${plan.id}`, as: observer })).json();
    expect(detail.actions.map((a: { title: string }) => a.title)).toEqual(['Atelier vélo au centre social', 'Balade urbaine']);
  });

  it('refuses an end before the start, an owner from elsewhere, an observer', async () => {
    expect((await addAction({ title: 'À l’envers', startOn: '2027-03-01', deadline: '2027-02-01' })).statusCode).toBe(400);
    expect((await addAction({ title: 'Statut', status: 'paused' })).statusCode).toBe(400);
    expect((await addAction({ title: 'Indicateur', indicators: [{ label: 'x', target: -1 }] })).statusCode).toBe(400);
    expect((await addAction({ title: 'Refusée' }, observer)).statusCode).toBe(403);
    expect((await addAction({ title: 'Refusée' }, outsider)).statusCode).toBe(404);
  });

  it('commits an organisation signed by one of its contacts, and refuses with 422 a signatory who is not, storing nothing', async () => {
    const action = (await addAction({ title: 'Accueillir l’exposition' })).json();
    const library = await newOrganisation(t, member.cookie, { name: 'Médiathèque Marguerite Duras' });
    const elsewhere = await newOrganisation(t, member.cookie, { name: 'Autre association' });
    const librarian = await newContact(t, member.cookie, { lastName: 'Bibliothécaire' });
    const stranger = await newContact(t, member.cookie, { lastName: 'Inconnue' });
    await t.request({
      method: 'POST',
      url: `/api/v1/contacts/${librarian.id}/affiliations`,
      as: member.cookie,
      payload: { organisationId: library.id, role: 'Directrice' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/contacts/${stranger.id}/affiliations`,
      as: member.cookie,
      payload: { organisationId: elsewhere.id, role: 'Présidente' },
    });
    const before = await commitmentsStored();
    const refused = await commit(action.id, {
      organisationId: library.id,
      type: 'host',
      signatoryContactId: stranger.id,
      signedOn: '2027-01-10',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().errors[0].path).toBe('body.signatoryContactId');
    expect((await commit(action.id, { organisationId: library.id, type: 'sponsor' })).statusCode).toBe(400);
    expect(await commitmentsStored()).toBe(before);

    const signed = await commit(action.id, {
      organisationId: library.id,
      type: 'host',
      signatoryContactId: librarian.id,
      signedOn: '2027-01-10',
    });
    expect(signed.statusCode, signed.body).toBe(201);
    expect(signed.json()).toMatchObject({
      organisationName: 'Médiathèque Marguerite Duras',
      signatoryName: 'Camille Bibliothécaire',
      type: 'host',
    });

    const partnerPage = await t.request({ method: 'GET', url: `/api/v1/organisations/${library.id}/commitments`, as: observer });
    expect(partnerPage.json().items).toMatchObject([
      { actionTitle: 'Accueillir l’exposition', type: 'host', structureId: paris, overdue: false },
    ]);
    const fromElsewhere = await t.request({ method: 'GET', url: `/api/v1/organisations/${library.id}/commitments`, as: outsider });
    expect(fromElsewhere.json().items).toEqual([]);

    const url = `/api/v1/action-plans/${plan.id}/actions/${action.id}/commitments/${signed.json().id}`;
    expect((await t.request({ method: 'DELETE', url, as: observer })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: member.cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/organisations/${library.id}/commitments`, as: observer })).json().items).toEqual(
      [],
    );
    const actionUrl = `/api/v1/action-plans/${plan.id}/actions/${action.id}`;
    expect((await t.request({ method: 'DELETE', url: actionUrl, as: member.cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url: actionUrl, as: manager })).statusCode).toBe(200);
  });

  it('edits a commitment: versioned, audited, and the signatory checked again on the new signing day (422, nothing stored)', async () => {
    const action = (await addAction({ title: 'Prêter des vélos' })).json();
    const club = await newOrganisation(t, member.cookie, { name: 'Vélo-club du 13e' });
    const president = await newContact(t, member.cookie, { lastName: 'Présidente' });
    const treasurer = await newContact(t, member.cookie, { lastName: 'Trésorier' });
    await t.request({
      method: 'POST',
      url: `/api/v1/contacts/${president.id}/affiliations`,
      as: member.cookie,
      payload: { organisationId: club.id, role: 'Présidente', startOn: '2027-01-01' },
    });
    const created = (await commit(action.id, { organisationId: club.id, type: 'relay' })).json();
    const url = `/api/v1/action-plans/${plan.id}/actions/${action.id}/commitments/${created.id}`;
    const patch = (payload: object, as = member.cookie) => t.request({ method: 'PATCH', url, as, payload });

    const edited = await patch({ version: 1, type: 'host', signatoryContactId: president.id, signedOn: '2027-02-01' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      type: 'host',
      signatoryContactId: president.id,
      signatoryName: 'Camille Présidente',
      signedOn: '2027-02-01',
      organisationName: 'Vélo-club du 13e',
      version: 2,
    });

    const stale = await patch({ version: 1, type: 'relay' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ type: 'host', version: 2 });

    // Signed before the affiliation started, or by a contact of no affiliation: 422, nothing changes.
    const tooEarly = await patch({ version: 2, signedOn: '2026-12-01' });
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json().errors[0].path).toBe('body.signatoryContactId');
    expect((await patch({ version: 2, signatoryContactId: treasurer.id })).statusCode).toBe(422);
    expect((await patch({ version: 2, organisationId: club.id })).statusCode).toBe(400);
    expect((await patch({ version: 2, type: 'sponsor' })).statusCode).toBe(400);
    expect((await patch({ version: 2, type: 'relay' }, observer)).statusCode).toBe(403);
    expect((await patch({ version: 2, type: 'relay' }, outsider)).statusCode).toBe(404);
    const detail = (await t.request({ method: 'GET', url: `/api/v1/action-plans/${plan.id}`, as: observer })).json();
    const stored = detail.actions.find((a: { id: string }) => a.id === action.id).commitments[0];
    expect(stored).toMatchObject({ type: 'host', signatoryContactId: president.id, signedOn: '2027-02-01', version: 2 });

    const unsigned = await patch({ version: 2, signatoryContactId: null, signedOn: null });
    expect(unsigned.json()).toMatchObject({ signatoryContactId: null, signatoryName: null, signedOn: null, version: 3 });
    const audit = await t.database.db.execute(
      sql`select action from audit_log where entity_type = 'action_commitment' and entity_id = ${created.id} order by id`,
    );
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual(['create', 'update', 'update']);
  });
});
