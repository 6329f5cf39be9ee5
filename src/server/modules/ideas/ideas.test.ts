import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let observer: string;
let member: string;
let outsider: string;

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  observer = (await t.userWithRole('observer', paris)).cookie;
  member = (await t.userWithRole('member', paris)).cookie;
  outsider = (await t.userWithRole('member', (await t.createStructure('93')).id)).cookie;
});
afterAll(() => t.close());

const propose = (as: string, fields: object = {}) =>
  t.request({
    method: 'POST',
    url: '/api/v1/ideas',
    as,
    payload: {
      structureId: paris,
      title: 'Balade sonore dans Belleville',
      format: 'urban_walk',
      theme: 'Bruits de la ville',
      publics: ['families', 'youth', 'families'],
      partnersInMind: 'Radio Ménilmontant',
      description: 'Enregistrer les sons du quartier.',
      ...fields,
    },
  });

describe('ideas board', () => {
  it('lets anyone of the structure propose, anyone comment, and each person support once', async () => {
    const created = await propose(observer);
    expect(created.statusCode, created.body).toBe(201);
    const idea = created.json();
    expect(idea).toMatchObject({ publics: ['families', 'youth'], supportCount: 0, commentCount: 0, eventId: null, comments: [] });
    expect((await propose(outsider)).statusCode).toBe(403);

    const url = `/api/v1/ideas/${idea.id}`;
    expect((await t.request({ method: 'PUT', url: `${url}/support`, as: outsider })).json()).toEqual({
      supportCount: 1,
      supportedByMe: true,
    });
    expect((await t.request({ method: 'PUT', url: `${url}/support`, as: outsider })).json()).toEqual({
      supportCount: 1,
      supportedByMe: true,
    });
    expect((await t.request({ method: 'PUT', url: `${url}/support`, as: member })).json()).toEqual({
      supportCount: 2,
      supportedByMe: true,
    });
    expect((await t.request({ method: 'DELETE', url: `${url}/support`, as: member })).json()).toEqual({
      supportCount: 1,
      supportedByMe: false,
    });

    const commented = await t.request({
      method: 'POST',
      url: `${url}/comments`,
      as: outsider,
      payload: { body: 'On peut prêter des enregistreurs.' },
    });
    expect(commented.statusCode).toBe(201);
    expect(commented.json().comments).toEqual([
      expect.objectContaining({ body: 'On peut prêter des enregistreurs.', authorName: expect.any(String) }),
    ]);
    const empty = await t.request({ method: 'POST', url: `${url}/comments`, as: outsider, payload: { body: '   ' } });
    expect(empty.statusCode).toBe(400);

    const board = await t.request({ method: 'GET', url: '/api/v1/ideas?state=open', as: member });
    expect(board.json().items[0]).toMatchObject({ id: idea.id, supportCount: 1, commentCount: 1, supportedByMe: false });
  });

  it('becomes an event draft in one step, once, by a member of its structure', async () => {
    const idea = (await propose(observer, { title: 'Atelier cartes mentales' })).json();
    const url = `/api/v1/ideas/${idea.id}/event`;
    expect((await t.request({ method: 'POST', url, as: observer })).statusCode).toBe(403);
    const converted = await t.request({ method: 'POST', url, as: member });
    expect(converted.statusCode, converted.body).toBe(201);
    const event = converted.json();
    expect(event).toMatchObject({
      status: 'proposed',
      title: 'Atelier cartes mentales',
      format: 'urban_walk',
      publics: ['families', 'youth'],
      structureId: paris,
      ideaId: idea.id,
      slots: [],
    });
    expect(event.description).toContain('Partenaires envisagés : Radio Ménilmontant');
    expect(event.description).toContain('Thème : Bruits de la ville');
    expect((await t.request({ method: 'GET', url: `/api/v1/ideas/${idea.id}`, as: observer })).json().eventId).toBe(event.id);
    const twice = await t.request({ method: 'POST', url, as: member });
    expect(twice.statusCode).toBe(409);
    const events = await t.request({ method: 'GET', url: `/api/v1/events?structureId=${paris}`, as: member });
    expect(events.json().total).toBe(1);
  });
});
