import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, SIRETS } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let member: string;
let manager: string;
let observer: string;

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  member = (await t.userWithRole('member', paris.id)).cookie;
  manager = (await t.userWithRole('manager', paris.id)).cookie;
  observer = (await t.userWithRole('observer', paris.id)).cookie;
});
afterAll(() => t.close());

const post = (as: string | undefined, payload: object, query = '') =>
  t.request({ method: 'POST', url: `/api/v1/organisations${query}`, as, payload });

describe('creating organisations', () => {
  it('lets a member create one, deriving the arrondissement from a Paris postcode', async () => {
    const response = await post(member, {
      name: 'Vélo Solidaire Belleville',
      sector: 'social',
      postcode: '75020',
      city: 'Paris',
      siret: '732 829 320 00074',
      rna: 'w751234567',
      publics: ['youth', 'youth', 'families'],
      tags: ['mobilité'],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      inseeCode: '75120',
      siret: '73282932000074',
      rna: 'W751234567',
      publics: ['youth', 'families'],
      source: 'manual',
      version: 1,
    });
    const history = await t.request({ method: 'GET', url: `/api/v1/history/organisation/${response.json().id}`, as: observer });
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it('derives 75116 for the second postcode of the 16th, the commune in Île-de-France, nothing elsewhere, and keeps a given code', async () => {
    expect((await newOrganisation(t, member, { postcode: '75116' })).inseeCode).toBe('75116');
    // The territory module places an Île-de-France postcode in its commune (Montreuil).
    expect((await newOrganisation(t, member, { postcode: '93100' })).inseeCode).toBe('93048');
    expect((await newOrganisation(t, member, { postcode: '69001' })).inseeCode).toBeNull();
    expect((await newOrganisation(t, member, { postcode: '75001', inseeCode: '75056' })).inseeCode).toBe('75056');
  });

  it('accepts a La Poste SIRET, which follows its own checksum', async () => {
    expect((await newOrganisation(t, member, { siret: '35600000052135' })).siret).toBe('35600000052135');
  });

  it('rejects a SIRET with a wrong key, a malformed RNA or UAI with 400 naming the field', async () => {
    for (const [field, value] of [
      ['siret', '73282932000075'],
      ['siret', '35600000052136'],
      ['rna', 'W12345'],
      ['uai', '075123A'],
      ['sector', 'astrology'],
      ['website', 'javascript:alert(1)'],
    ]) {
      const response = await post(member, { name: 'Association test', sector: 'social', [field as string]: value });
      expect(response.statusCode, `${field}=${value}`).toBe(400);
      expect(response.json().errors[0].path).toBe(`body.${field}`);
    }
  });

  it('refuses an observer with 403 and a signed-out request with 401', async () => {
    expect((await post(observer, { name: 'Refusée', sector: 'media' })).statusCode).toBe(403);
    expect((await post(undefined, { name: 'Refusée', sector: 'media' })).statusCode).toBe(401);
  });

  it('refuses a known identifier with 409 listing the existing record, unless forced', async () => {
    const existing = await newOrganisation(t, member, { name: 'Maison des Associations', siret: SIRETS[1] });
    const refused = await post(member, { name: 'Maison des assos', sector: 'social', siret: SIRETS[1] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Maison des Associations');
    expect(refused.json().current.duplicates).toEqual([
      expect.objectContaining({ organisation: expect.objectContaining({ id: existing.id }), reasons: ['siret'] }),
    ]);
    const forced = await post(member, { name: 'Maison des assos', sector: 'social', siret: SIRETS[1] }, '?force=true');
    expect(forced.statusCode).toBe(201);
  });
});

describe('duplicates check', () => {
  it('finds the same UAI, and a similar name in the same postcode but not in another one', async () => {
    const college = await newOrganisation(t, member, { name: 'Collège Robert Doisneau', postcode: '75020', uai: '0752536Z' });
    const check = (payload: object) => t.request({ method: 'POST', url: '/api/v1/organisations/duplicates-check', as: observer, payload });
    const byUai = await check({ name: 'Autre nom', uai: '0752536z' });
    expect(byUai.json().items).toEqual([expect.objectContaining({ reasons: ['uai'], score: 1 })]);
    const byName = await check({ name: 'College Robert-Doisneau', postcode: '75020', sector: 'educational' });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items[0]).toMatchObject({ organisation: { id: college.id }, reasons: ['name'] });
    expect((await check({ name: 'College Robert-Doisneau', postcode: '93200' })).json().items).toEqual([]);
    expect((await check({ name: 'College Robert-Doisneau', postcode: '75020', excludeId: college.id })).json().items).toEqual([]);
  });
});

describe('listing organisations', () => {
  beforeAll(async () => {
    await newOrganisation(t, member, { name: 'Bibliothèque Couronnes', sector: 'cultural', postcode: '75020', tags: ['lecture'] });
    await newOrganisation(t, member, { name: 'Laboratoire Mobilités et Territoires', sector: 'scientific', postcode: '75013' });
  });

  it('pages with a total, sorts on whitelisted columns and filters', async () => {
    const list = (query: string) => t.request({ method: 'GET', url: `/api/v1/organisations?${query}`, as: observer });
    const page = await list('pageSize=2&page=2&sort=-name');
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThan(5);
    expect((await list('sector=cultural')).json().items.map((o: { name: string }) => o.name)).toEqual(['Bibliothèque Couronnes']);
    expect((await list('tag=lecture&inseeCode=75120')).json().total).toBe(1);
    expect((await list(`updatedSince=${new Date(Date.now() + 60_000).toISOString()}`)).json().total).toBe(0);
  });

  it('finds by words without accents or with a typo', async () => {
    const names = async (q: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/organisations?q=${encodeURIComponent(q)}`, as: observer }))
        .json()
        .items.map((o: { name: string }) => o.name);
    // The name, then the tag "mobilité" of the bike association.
    expect(await names('mobilite')).toEqual(['Laboratoire Mobilités et Territoires', 'Vélo Solidaire Belleville']);
    expect(await names('bibliotheque couronnes')).toEqual(['Bibliothèque Couronnes']);
    expect(await names('Bibliotheqe')).toEqual(['Bibliothèque Couronnes']);
  });

  it('rejects a page size above 100, an unknown sort and an unknown filter with 400', async () => {
    for (const query of ['pageSize=101', 'sort=password', 'colour=blue', 'page=0']) {
      const response = await t.request({ method: 'GET', url: `/api/v1/organisations?${query}`, as: observer });
      expect(response.statusCode, query).toBe(400);
    }
  });
});

describe('changing and deleting organisations', () => {
  it('updates with the version, re-deriving the arrondissement, and refuses a stale version with 409', async () => {
    const org = await newOrganisation(t, member, { postcode: '75011' });
    expect(org.inseeCode).toBe('75111');
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${org.id}`,
      as: member,
      payload: { version: 1, postcode: '75019' },
    });
    expect(moved.json()).toMatchObject({ postcode: '75019', inseeCode: '75119', version: 2 });
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${org.id}`,
      as: member,
      payload: { version: 1, name: 'Autre' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2 });
  });

  it('lets a manager, not a member, delete to the trash, from which a manager restores', async () => {
    const org = await newOrganisation(t, member, { name: 'Radio Ménilmontant' });
    const url = `/api/v1/organisations/${org.id}`;
    expect((await t.request({ method: 'DELETE', url, as: member })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: manager })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: member })).statusCode).toBe(404);
    const trash = await t.request({ method: 'GET', url: '/api/v1/trash', as: manager });
    expect(trash.json().items).toContainEqual(
      expect.objectContaining({ entityType: 'organisation', entityId: org.id, label: 'Radio Ménilmontant' }),
    );
    const restoreUrl = `/api/v1/trash/organisation/${org.id}/restore`;
    expect((await t.request({ method: 'POST', url: restoreUrl, as: member })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: restoreUrl, as: manager })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: observer })).json().name).toBe('Radio Ménilmontant');
  });

  it('answers 404 for an unknown organisation', async () => {
    const url = '/api/v1/organisations/00000000-0000-4000-8000-000000000000';
    expect((await t.request({ method: 'GET', url, as: observer })).statusCode).toBe(404);
  });
});

describe('relationships between organisations', () => {
  it('links an association to its federation, shown from both sides, and unlinks it', async () => {
    const association = await newOrganisation(t, member, { name: 'Association de quartier' });
    const federation = await newOrganisation(t, member, { name: 'Fédération des centres sociaux' });
    const url = `/api/v1/organisations/${association.id}/relationships`;
    const link = await t.request({ method: 'POST', url, as: member, payload: { kind: 'member_of', organisationId: federation.id } });
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json()).toMatchObject({
      kind: 'member_of',
      direction: 'outgoing',
      organisation: { name: 'Fédération des centres sociaux' },
    });
    const seenFromFederation = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/${federation.id}/relationships`,
      as: observer,
    });
    expect(seenFromFederation.json().items).toEqual([
      expect.objectContaining({
        kind: 'member_of',
        direction: 'incoming',
        organisation: { id: association.id, name: 'Association de quartier' },
      }),
    ]);
    const again = await t.request({ method: 'POST', url, as: member, payload: { kind: 'member_of', organisationId: federation.id } });
    expect(again.statusCode).toBe(409);
    const unlink = await t.request({ method: 'DELETE', url: `${url}/${link.json().id}`, as: member });
    expect(unlink.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: observer })).json().items).toEqual([]);
  });

  it('refuses a link to itself with 400, to an unknown organisation with 404, and from an observer with 403', async () => {
    const org = await newOrganisation(t, member);
    const url = `/api/v1/organisations/${org.id}/relationships`;
    const self = await t.request({ method: 'POST', url, as: member, payload: { kind: 'partner_of', organisationId: org.id } });
    expect(self.statusCode).toBe(400);
    const unknown = await t.request({
      method: 'POST',
      url,
      as: member,
      payload: { kind: 'partner_of', organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.statusCode).toBe(404);
    const other = await newOrganisation(t, member);
    const denied = await t.request({ method: 'POST', url, as: observer, payload: { kind: 'funded_by', organisationId: other.id } });
    expect(denied.statusCode).toBe(403);
  });
});
