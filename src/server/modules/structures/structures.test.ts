import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: { id: string };
let manager: string;
let observer: string;

beforeAll(async () => {
  t = await createTestApp();
  paris = await t.createStructure('75');
  manager = (await t.userWithRole('manager', paris.id)).cookie;
  observer = (await t.userWithRole('observer', paris.id)).cookie;
});
afterAll(() => t.close());

describe('structures', () => {
  it('lets a manager edit their structure and records who changed what', async () => {
    const update = await t.request({
      method: 'PATCH',
      url: `/api/v1/structures/${paris.id}`,
      as: manager,
      payload: { version: 1, city: 'Paris', postcode: '75020' },
    });
    expect(update.statusCode).toBe(200);
    expect(update.json()).toMatchObject({ city: 'Paris', postcode: '75020', version: 2 });

    const history = await t.request({ method: 'GET', url: `/api/v1/history/structure/${paris.id}`, as: observer });
    expect(history.statusCode).toBe(200);
    const [latest] = history.json().items;
    expect(latest.action).toBe('update');
    expect(latest.actor.name).toMatch(/^manager/);
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'city', before: null, after: 'Paris' },
        { field: 'postcode', before: null, after: '75020' },
      ]),
    );
  });

  it('refuses a stale update with 409 and the current record, changing nothing', async () => {
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/structures/${paris.id}`,
      as: manager,
      payload: { version: 1, city: 'Montreuil' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json().current).toMatchObject({ city: 'Paris', version: 2 });
    const after = await t.request({ method: 'GET', url: `/api/v1/structures/${paris.id}`, as: manager });
    expect(after.json().city).toBe('Paris');
  });

  it('refuses an observer with 403 and hides another structure with 404', async () => {
    const denied = await t.request({
      method: 'PATCH',
      url: `/api/v1/structures/${paris.id}`,
      as: observer,
      payload: { version: 2, city: 'Ivry' },
    });
    expect(denied.statusCode).toBe(403);
    const other = await t.createStructure('93');
    const hidden = await t.request({ method: 'GET', url: `/api/v1/structures/${other.id}`, as: manager });
    expect(hidden.statusCode).toBe(404);
  });

  it('sends a deleted structure to the trash, from which the coordination restores it', async () => {
    const coordinator = await t.signIn('coordination@test.localhost');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/structures',
      as: coordinator,
      payload: { code: '77', kind: 'local', departement: '77', name: 'Seine-et-Marne' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect((await t.request({ method: 'DELETE', url: `/api/v1/structures/${id}`, as: coordinator })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/structures/${id}`, as: coordinator })).statusCode).toBe(404);
    const trash = await t.request({ method: 'GET', url: '/api/v1/trash', as: coordinator });
    expect(trash.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ entityType: 'structure', entityId: id })]));
    const restored = await t.request({ method: 'POST', url: `/api/v1/trash/structure/${id}/restore`, as: coordinator });
    expect(restored.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/structures/${id}`, as: coordinator })).json().name).toBe('Seine-et-Marne');
    const actions = (await t.request({ method: 'GET', url: `/api/v1/history/structure/${id}`, as: coordinator }))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['restore', 'delete', 'create']);
  });

  it('refuses a duplicate code with 409', async () => {
    const coordinator = await t.signIn('coordination@test.localhost');
    const duplicate = await t.request({
      method: 'POST',
      url: '/api/v1/structures',
      as: coordinator,
      payload: { code: '75', kind: 'local', departement: '75', name: 'Doublon' },
    });
    expect(duplicate.statusCode).toBe(409);
  });
});
