import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation, newPartnership, SIRETS } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let member: { cookie: string; userId: string; email: string };
let observer: string;

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  member = await t.userWithRole('member', paris);
  observer = (await t.userWithRole('observer', paris)).cookie;
});
afterAll(() => t.close());

const get = async (url: string, as = observer) => {
  const response = await t.request({ method: 'GET', url, as });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const post = async (url: string, payload: object, as = member.cookie) => {
  const response = await t.request({ method: 'POST', url, as, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};

describe('list payloads that spare the web a request per row', () => {
  it('lists a structure’s memberships with each person’s name and e-mail', async () => {
    const items = (await get(`/api/v1/memberships?structureId=${paris}`)).items;
    expect(items).toContainEqual(
      expect.objectContaining({ userId: member.userId, user: { name: expect.stringMatching(/^member /), email: member.email } }),
    );
  });

  it('gives each contact of an organisation their affiliation to it: role, primary, dates', async () => {
    const library = await newOrganisation(t, member.cookie, { name: 'Médiathèque Marguerite Duras' });
    const elsewhere = await newOrganisation(t, member.cookie);
    const current = await newContact(t, member.cookie, { lastName: 'Bibliothécaire' });
    const former = await newContact(t, member.cookie, { lastName: 'Ancienne' });
    await post(`/api/v1/contacts/${current.id}/affiliations`, { organisationId: elsewhere.id, role: 'Bénévole', primary: true });
    await post(`/api/v1/contacts/${current.id}/affiliations`, {
      organisationId: library.id,
      role: 'Responsable jeunesse',
      startOn: '2024-09-01',
    });
    await post(`/api/v1/contacts/${former.id}/affiliations`, {
      organisationId: library.id,
      role: 'Stagiaire',
      endOn: '2021-06-30',
      primary: true,
    });
    const items = (await get(`/api/v1/contacts?organisationId=${library.id}&sort=lastName`)).items;
    expect(items.map((c: { lastName: string; affiliation: object }) => [c.lastName, c.affiliation])).toEqual([
      ['Ancienne', expect.objectContaining({ role: 'Stagiaire', primary: true, endOn: '2021-06-30', current: false })],
      ['Bibliothécaire', expect.objectContaining({ role: 'Responsable jeunesse', primary: false, startOn: '2024-09-01', current: true })],
    ]);
    expect((await get('/api/v1/contacts?pageSize=1')).items[0].affiliation).toBeUndefined();
  });

  it('names what interactions and tasks link to, their author and their owner', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    const person = await newContact(t, member.cookie, { firstName: 'Inès', lastName: 'Ferrand' });
    const organisationName = (await get(`/api/v1/organisations/${partnership.organisationId}`)).name;
    const interaction = await post('/api/v1/interactions', {
      structureId: paris,
      kind: 'meeting',
      occurredAt: '2026-11-02T14:00:00Z',
      summary: 'Rencontre',
      partnershipId: partnership.id,
      contactId: person.id,
    });
    const names = { organisationName, contactName: 'Inès Ferrand' };
    expect(interaction).toMatchObject({ ...names, authorName: expect.stringMatching(/^member /) });
    const task = await post('/api/v1/tasks', { structureId: paris, title: 'Rappeler', partnershipId: partnership.id, dueOn: '2026-12-01' });
    expect(task).toMatchObject({ organisationName, contactName: null, ownerName: expect.stringMatching(/^member /) });
    expect((await get(`/api/v1/interactions?partnershipId=${partnership.id}`)).items[0]).toMatchObject(names);
    expect((await get(`/api/v1/tasks?partnershipId=${partnership.id}`)).items[0]).toMatchObject({ organisationName });
  });
});

describe('identifiers on an organisation’s update', () => {
  it('refuses with 409 an RNA, SIRET or UAI another live organisation holds, naming it, and changes nothing', async () => {
    const holder = await newOrganisation(t, member.cookie, {
      name: 'Fablab des Lilas',
      rna: 'W751000001',
      siret: SIRETS[0],
      uai: '0751234A',
    });
    const other = await newOrganisation(t, member.cookie, { name: 'Atelier voisin' });
    const url = `/api/v1/organisations/${other.id}`;
    for (const [field, value] of [
      ['rna', 'W751000001'],
      ['siret', SIRETS[0]],
      ['uai', '0751234A'],
    ]) {
      const response = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, [field as string]: value } });
      expect(response.statusCode, field).toBe(409);
      expect(response.json().detail).toContain('« Fablab des Lilas » porte déjà ce');
      expect(response.json().current.duplicates[0].organisation).toMatchObject({ id: holder.id, name: 'Fablab des Lilas' });
    }
    expect((await get(url)).version).toBe(1);
    // Its own identifiers, and one nobody holds, are fine.
    const own = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${holder.id}`,
      as: member.cookie,
      payload: { version: 1, rna: 'W751000001', city: 'Les Lilas' },
    });
    expect(own.statusCode, own.body).toBe(200);
    const free = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, siret: SIRETS[1] } });
    expect(free.statusCode, free.body).toBe(200);
  });

  it('lets a duplicate created on purpose be edited, and frees an identifier once its holder is deleted', async () => {
    const first = await newOrganisation(t, member.cookie, { name: 'Régie de quartier', siret: SIRETS[2] });
    const twin = await newOrganisation(t, member.cookie, { name: 'Régie de quartier (bis)', siret: SIRETS[2] });
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${twin.id}`,
      as: member.cookie,
      payload: { version: 1, city: 'Paris' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const manager = (await t.userWithRole('manager', paris)).cookie;
    expect((await t.request({ method: 'DELETE', url: `/api/v1/organisations/${first.id}`, as: manager })).statusCode).toBe(200);
    const other = await newOrganisation(t, member.cookie);
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${other.id}`,
      as: member.cookie,
      payload: { version: 1, rna: 'W751000099' },
    });
    expect(patched.statusCode).toBe(200);
  });
});
