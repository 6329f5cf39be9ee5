import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let member: string;
let manager: string;
let observer: string;
let coordinator: string;
let outsider: string;

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  member = (await t.userWithRole('member', paris)).cookie;
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = (await t.userWithRole('manager', (await t.createStructure('93')).id)).cookie;
  coordinator = await t.signIn('coordination@test.localhost');
});
afterAll(() => t.close());

const log = (as: string, payload: object) => t.request({ method: 'POST', url: '/api/v1/interactions', as, payload });

describe('interactions', () => {
  it('logs a meeting on a partnership, which brings its organisation into the timeline', async () => {
    const partnership = await newPartnership(t, member, paris);
    const contact = await newContact(t, member);
    const meeting = await log(member, {
      structureId: paris,
      kind: 'meeting',
      occurredAt: '2026-11-20T14:00:00+01:00',
      summary: 'Rencontre avec la présidente : accord pour co-organiser une balade urbaine.',
      partnershipId: partnership.id,
      contactId: contact.id,
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect(meeting.json()).toMatchObject({ organisationId: partnership.organisationId, occurredAt: '2026-11-20T13:00:00.000Z' });
    await log(member, {
      structureId: paris,
      kind: 'call',
      occurredAt: '2026-11-25T09:00:00Z',
      summary: 'Relance',
      partnershipId: partnership.id,
    });

    const timeline = await t.request({
      method: 'GET',
      url: `/api/v1/interactions?organisationId=${partnership.organisationId}`,
      as: observer,
    });
    expect(timeline.json().items.map((i: { kind: string }) => i.kind)).toEqual(['call', 'meeting']);
    const byContact = await t.request({ method: 'GET', url: `/api/v1/interactions?contactId=${contact.id}`, as: observer });
    expect(byContact.json().total).toBe(1);
  });

  it('refuses links that do not hold together: 400 for a mismatched organisation or another structure’s partnership', async () => {
    const partnership = await newPartnership(t, member, paris);
    const other = await newOrganisation(t, member);
    const base = { structureId: paris, kind: 'note', occurredAt: '2026-11-20T10:00:00Z', summary: 'Note' };
    const mismatched = await log(member, { ...base, partnershipId: partnership.id, organisationId: other.id });
    expect(mismatched.statusCode).toBe(400);
    expect(mismatched.json().errors[0].path).toBe('body.organisationId');
    const seineSaintDenis = (await t.request({ method: 'GET', url: '/api/v1/structures', as: outsider })).json().items[0].id;
    const elsewhere = await newPartnership(t, coordinator, seineSaintDenis);
    expect((await log(coordinator, { ...base, partnershipId: elsewhere.id })).statusCode).toBe(400);
    expect((await log(member, { ...base, partnershipId: elsewhere.id })).statusCode).toBe(404);
    expect((await log(member, { ...base, contactId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await log(member, { ...base, kind: 'telepathy' })).statusCode).toBe(400);
  });

  it('refuses an observer with 403, hides the interaction from another structure, and checks the version', async () => {
    const base = { structureId: paris, kind: 'email', occurredAt: '2026-11-21T10:00:00Z', summary: 'Envoi du dossier' };
    expect((await log(observer, base)).statusCode).toBe(403);
    const sent = (await log(member, base)).json();
    const url = `/api/v1/interactions/${sent.id}`;
    expect((await t.request({ method: 'GET', url, as: outsider })).statusCode).toBe(404);
    const edited = await t.request({ method: 'PATCH', url, as: member, payload: { version: 1, summary: 'Envoi du dossier complet' } });
    expect(edited.json()).toMatchObject({ summary: 'Envoi du dossier complet', version: 2 });
    expect((await t.request({ method: 'PATCH', url, as: member, payload: { version: 1, summary: 'x' } })).statusCode).toBe(409);
  });

  it('lets a manager, not a member, delete an interaction', async () => {
    const note = (
      await log(member, { structureId: paris, kind: 'note', occurredAt: '2026-11-22T10:00:00Z', summary: 'À supprimer' })
    ).json();
    const url = `/api/v1/interactions/${note.id}`;
    expect((await t.request({ method: 'DELETE', url, as: member })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: manager })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: manager })).statusCode).toBe(404);
  });
});
