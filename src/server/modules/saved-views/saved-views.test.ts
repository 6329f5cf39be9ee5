import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let observer: string;
let member: string;

beforeAll(async () => {
  t = await createTestApp();
  const paris = (await t.createStructure('75')).id;
  observer = (await t.userWithRole('observer', paris)).cookie;
  member = (await t.userWithRole('member', paris)).cookie;
});
afterAll(() => t.close());

const URL = '/api/v1/saved-views';
const save = (as: string, payload: object) => t.request({ method: 'POST', url: URL, as, payload });
const mine = async (as: string, page = 'partnerships') => (await t.request({ method: 'GET', url: `${URL}?page=${page}`, as })).json().items;

describe('saved views', () => {
  it('keeps each user’s views of each list page to themselves', async () => {
    const created = await save(observer, { name: 'En veille à Paris', page: 'partnerships', query: '?veille=oui&secteur=cultural' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'En veille à Paris',
      page: 'partnerships',
      query: 'veille=oui&secteur=cultural',
      version: 1,
    });
    await save(observer, { name: 'Musées', page: 'organisations', query: 'secteur=cultural' });
    expect((await mine(observer)).map((v: { name: string }) => v.name)).toEqual(['En veille à Paris']);
    expect((await mine(observer, 'organisations')).map((v: { name: string }) => v.name)).toEqual(['Musées']);
    expect(await mine(member)).toEqual([]);

    const id = created.json().id;
    expect((await t.request({ method: 'PATCH', url: `${URL}/${id}`, as: member, payload: { version: 1, name: 'À moi' } })).statusCode).toBe(
      404,
    );
    expect((await t.request({ method: 'DELETE', url: `${URL}/${id}`, as: member })).statusCode).toBe(404);
    expect((await mine(observer))[0].name).toBe('En veille à Paris');
  });

  it('renames with the version, refuses a stale version and a name already used, and deletes', async () => {
    const { id } = (await save(member, { name: 'Relances', page: 'contacts', query: 'q=dupont' })).json();
    await save(member, { name: 'Presse', page: 'contacts', query: 'q=journal' });
    const patch = (payload: object) => t.request({ method: 'PATCH', url: `${URL}/${id}`, as: member, payload });
    const renamed = await patch({ version: 1, name: 'Relances de janvier', query: 'q=dupont&tri=-updatedAt' });
    expect(renamed.json()).toMatchObject({ name: 'Relances de janvier', query: 'q=dupont&tri=-updatedAt', version: 2 });
    const stale = await patch({ version: 1, name: 'Autre' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'Relances de janvier' });
    const taken = await patch({ version: 2, name: 'Presse' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toBe('Vous avez déjà une vue nommée « Presse » sur cette liste : choisissez un autre nom.');
    expect((await save(member, { name: 'Presse', page: 'contacts', query: '' })).statusCode).toBe(409);
    expect((await t.request({ method: 'DELETE', url: `${URL}/${id}`, as: member })).json()).toEqual({ deleted: true, trash: false });
    expect((await mine(member, 'contacts')).map((v: { name: string }) => v.name)).toEqual(['Presse']);
    // The name is free again once the view is deleted.
    expect((await save(member, { name: 'Relances de janvier', page: 'contacts', query: '' })).statusCode).toBe(201);
  });

  it('refuses an unknown page, an empty name and a query over 2,000 characters', async () => {
    for (const payload of [
      { name: 'X', page: 'events', query: '' },
      { name: ' ', page: 'contacts', query: '' },
      { name: 'Longue', page: 'contacts', query: `q=${'a'.repeat(2000)}` },
      { name: 'Sans page', query: '' },
    ]) {
      expect((await save(member, payload)).statusCode).toBe(400);
    }
    expect((await t.request({ method: 'GET', url: `${URL}?page=events`, as: member })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: URL })).statusCode).toBe(401);
  });
});
