import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let member: string;
let manager: string;
let observer: string;
let lab: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const paris = (await t.createStructure('75')).id;
  member = (await t.userWithRole('member', paris)).cookie;
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  const bikes = await newOrganisation(t, member, {
    name: 'Vélo Solidaire Belleville',
    postcode: '75020',
    city: 'Paris',
    tags: ['mobilité douce'],
  });
  lab = await newOrganisation(t, member, { name: 'Laboratoire Mobilités et Territoires', sector: 'scientific' });
  await newOrganisation(t, member, { name: 'Bibliothèque Couronnes', description: 'Ateliers de réparation de vélos' });
  const person = await newContact(t, member, { firstName: 'Hélène', lastName: 'Garnier', emails: ['helene@velo-solidaire.example'] });
  await t.request({
    method: 'POST',
    url: `/api/v1/contacts/${person.id}/affiliations`,
    as: member,
    payload: { organisationId: bikes.id, primary: true },
  });
});
afterAll(() => t.close());

const search = async (query: string, as = observer) => {
  const response = await t.request({ method: 'GET', url: `/api/v1/search?${query}`, as });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { type: string; id: string; label: string; sublabel: string | null; score: number }[];
};

describe('search', () => {
  it('finds "velo" in names before descriptions, accents aside', async () => {
    const items = await search('q=velo&type=organisation');
    expect(items.map((i) => i.label)).toEqual(['Vélo Solidaire Belleville', 'Bibliothèque Couronnes']);
    expect(items[0]).toMatchObject({ type: 'organisation', sublabel: '75020 Paris' });
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
  });

  it('finds "mobilite" in a name and in a tag, the name first', async () => {
    const items = await search('q=mobilite');
    expect(items.map((i) => i.label)).toEqual(['Laboratoire Mobilités et Territoires', 'Vélo Solidaire Belleville']);
  });

  it('tolerates a typo, ranking near spellings below exact words', async () => {
    const items = await search(`q=${encodeURIComponent('Belevile')}`);
    expect(items[0]).toMatchObject({ label: 'Vélo Solidaire Belleville' });
    expect(items[0]!.score).toBeLessThan(1);
  });

  it('finds people by name or e-mail, shown with where they work', async () => {
    const byName = await search('q=helene&type=contact');
    expect(byName).toEqual([expect.objectContaining({ type: 'contact', label: 'Hélène Garnier', sublabel: 'Vélo Solidaire Belleville' })]);
    expect((await search('q=Garnie&type=contact')).map((i) => i.label)).toEqual(['Hélène Garnier']);
    expect((await search('q=velo-solidaire')).map((i) => i.type)).toContain('contact');
  });

  it('no longer finds what went to the trash', async () => {
    await t.request({ method: 'DELETE', url: `/api/v1/organisations/${lab.id}`, as: manager });
    expect((await search('q=laboratoire')).map((i) => i.id)).not.toContain(lab.id);
  });

  it('answers 400 without words or with too high a limit, and 401 signed out', async () => {
    for (const query of ['q=', 'q=velo&limit=500', 'q=velo&type=event', 'q=velo&page=2']) {
      expect((await t.request({ method: 'GET', url: `/api/v1/search?${query}`, as: observer })).statusCode, query).toBe(400);
    }
    expect((await t.request({ method: 'GET', url: '/api/v1/search?q=velo' })).statusCode).toBe(401);
    expect(await search(`q=${encodeURIComponent("'; drop table organisations; --")}`)).toEqual([]);
  });
});
