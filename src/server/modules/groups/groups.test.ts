import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let member: { cookie: string; userId: string };
let manager: string;
let observer: string;
let outsider: { cookie: string; userId: string };

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://maillage.example' });
  paris = (await t.createStructure('75')).id;
  member = await t.userWithRole('member', paris);
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = await t.userWithRole('member', (await t.createStructure('93')).id);
});
afterAll(() => t.close());

const addGroup = (as: string, payload: object) => t.request({ method: 'POST', url: '/api/v1/groups', as, payload });

describe('citizen groups', () => {
  it('creates a group with its relay, public and QPV, readable by its structure only', async () => {
    const relay = await newOrganisation(t, member.cookie);
    const created = await addGroup(member.cookie, {
      structureId: paris,
      name: 'Groupe des Olympiades',
      relayOrganisationId: relay.id,
      public: 'youth',
      size: 14,
      neighbourhood: 'Olympiades',
      qpvCode: 'qn07513m',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ qpvCode: 'QN07513M', public: 'youth', sessions: [], version: 1 });
    expect(created.json().formToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const url = `/api/v1/groups/${created.json().id}`;
    expect((await t.request({ method: 'GET', url, as: outsider.cookie })).statusCode).toBe(404);
    const list = (await t.request({ method: 'GET', url: `/api/v1/groups?structureId=${paris}`, as: observer })).json();
    expect(list.items).toMatchObject([{ name: 'Groupe des Olympiades', sessionCount: 0 }]);
  });

  it('refuses bad input, an observer, an outsider and a stale version', async () => {
    expect((await addGroup(member.cookie, { structureId: paris, name: 'X', qpvCode: '75013' })).statusCode).toBe(400);
    expect((await addGroup(member.cookie, { structureId: paris, name: 'X', public: 'aliens' })).statusCode).toBe(400);
    expect((await addGroup(member.cookie, { structureId: paris, name: 'X', relayOrganisationId: crypto.randomUUID() })).statusCode).toBe(
      404,
    );
    expect((await addGroup(observer, { structureId: paris, name: 'Refusé' })).statusCode).toBe(403);
    expect((await addGroup(outsider.cookie, { structureId: paris, name: 'Refusé' })).statusCode).toBe(403);
    const group = (await addGroup(member.cookie, { structureId: paris, name: 'Versions' })).json();
    const url = `/api/v1/groups/${group.id}`;
    expect((await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, size: 8 } })).statusCode).toBe(200);
    const stale = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, size: 9 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.size).toBe(8);
  });

  it('gives the form link and its QR code, and a new link closes the old one', async () => {
    const group = (await addGroup(member.cookie, { structureId: paris, name: 'Lien' })).json();
    const link = (await t.request({ method: 'GET', url: `/api/v1/groups/${group.id}/form-link`, as: observer })).json();
    expect(link.url).toBe(`https://maillage.example/contribuer/${group.formToken}`);
    expect(link.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/groups/${group.formToken}` })).statusCode).toBe(200);
    const renewed = await t.request({
      method: 'POST',
      url: `/api/v1/groups/${group.id}/form-token`,
      as: member.cookie,
      payload: { version: 1 },
    });
    expect(renewed.json().formToken).not.toBe(group.formToken);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/groups/${group.formToken}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/groups/${renewed.json().formToken}` })).statusCode).toBe(200);
  });

  it('records the reflection path: sessions with facilitators of the structure and contacts', async () => {
    const group = (await addGroup(member.cookie, { structureId: paris, name: 'Parcours' })).json();
    const sessions = `/api/v1/groups/${group.id}/sessions`;
    const contact = await newContact(t, member.cookie);
    const first = await t.request({
      method: 'POST',
      url: sessions,
      as: member.cookie,
      payload: {
        heldOn: '2027-01-12',
        theme: 'Nos trajets',
        facilitatorUserIds: [member.userId],
        facilitatorContactIds: [contact.id],
        attendance: 11,
      },
    });
    expect(first.statusCode, first.body).toBe(201);
    const foreign = await t.request({
      method: 'POST',
      url: sessions,
      as: member.cookie,
      payload: { heldOn: '2027-01-19', facilitatorUserIds: [outsider.userId] },
    });
    expect(foreign.statusCode).toBe(400);
    const unknownModule = await t.request({
      method: 'POST',
      url: sessions,
      as: member.cookie,
      payload: { heldOn: '2027-01-19', moduleId: crypto.randomUUID() },
    });
    expect(unknownModule.statusCode).toBe(400);
    const sessionUrl = `${sessions}/${first.json().id}`;
    expect(
      (await t.request({ method: 'PATCH', url: sessionUrl, as: member.cookie, payload: { version: 1, attendance: 12 } })).json().attendance,
    ).toBe(12);
    expect(
      (await t.request({ method: 'PATCH', url: sessionUrl, as: member.cookie, payload: { version: 1, attendance: 13 } })).statusCode,
    ).toBe(409);
    const detail = (await t.request({ method: 'GET', url: `/api/v1/groups/${group.id}`, as: observer })).json();
    expect(detail.sessions).toMatchObject([{ theme: 'Nos trajets', attendance: 12, facilitatorContactIds: [contact.id] }]);
    const history = (await t.request({ method: 'GET', url: `/api/v1/history/group_session/${first.json().id}`, as: observer })).json();
    expect(history.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
    expect((await t.request({ method: 'DELETE', url: sessionUrl, as: observer })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url: sessionUrl, as: member.cookie })).statusCode).toBe(200);
  });

  it('lets a manager, not a member, delete a group, into the trash; its form closes', async () => {
    const group = (await addGroup(member.cookie, { structureId: paris, name: 'À supprimer' })).json();
    const url = `/api/v1/groups/${group.id}`;
    expect((await t.request({ method: 'DELETE', url, as: member.cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: manager })).json()).toEqual({ deleted: true, trash: true });
    expect((await t.request({ method: 'GET', url: `/api/v1/public/groups/${group.formToken}` })).statusCode).toBe(404);
    const trash = (await t.request({ method: 'GET', url: `/api/v1/trash?structureId=${paris}`, as: manager })).json();
    expect(trash.items.map((i: { entityId: string }) => i.entityId)).toContain(group.id);
  });
});
