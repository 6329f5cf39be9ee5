import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let member: { cookie: string; userId: string };
let colleague: { cookie: string; userId: string };
let manager: string;
let observer: string;
let outsider: { cookie: string; userId: string };

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  member = await t.userWithRole('member', paris);
  colleague = await t.userWithRole('member', paris);
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = await t.userWithRole('member', (await t.createStructure('93')).id);
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

const add = (as: string, payload: object) => t.request({ method: 'POST', url: '/api/v1/tasks', as, payload });

describe('tasks', () => {
  it('gives a new task to its author, and dates when it is ticked off or reopened', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    const created = await add(member.cookie, {
      structureId: paris,
      title: 'Envoyer la convention',
      dueOn: '2026-12-01',
      partnershipId: partnership.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ownerId: member.userId, done: false, doneAt: null, organisationId: partnership.organisationId });
    const url = `/api/v1/tasks/${created.json().id}`;
    const done = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, done: true } });
    expect(done.json().doneAt).toEqual(expect.any(String));
    const reopened = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 2, done: false } });
    expect(reopened.json()).toMatchObject({ done: false, doneAt: null, version: 3 });
  });

  it('refuses an owner from another structure with 400, an observer with 403 and a stale version with 409', async () => {
    const foreign = await add(member.cookie, { structureId: paris, title: 'Hors structure', ownerId: outsider.userId });
    expect(foreign.statusCode).toBe(400);
    expect((await add(observer, { structureId: paris, title: 'Refusée' })).statusCode).toBe(403);
    expect((await add(outsider.cookie, { structureId: paris, title: 'Refusée' })).statusCode).toBe(403);
    expect((await add(member.cookie, { structureId: paris, title: '' })).statusCode).toBe(400);
    const task = (await add(member.cookie, { structureId: paris, title: 'Relancer', ownerId: colleague.userId })).json();
    const url = `/api/v1/tasks/${task.id}`;
    expect((await t.request({ method: 'GET', url, as: outsider.cookie })).statusCode).toBe(404);
    await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, title: 'Relancer la mairie' } });
    expect((await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, done: true } })).statusCode).toBe(409);
  });

  it('filters by owner and state, and lets a manager, not a member, delete', async () => {
    const list = (query: string) => t.request({ method: 'GET', url: `/api/v1/tasks?${query}`, as: observer });
    const mine = (await list(`ownerId=${colleague.userId}&done=false`)).json();
    expect(mine.items.map((task: { title: string }) => task.title)).toEqual(['Relancer la mairie']);
    expect((await list('done=maybe')).statusCode).toBe(400);
    const url = `/api/v1/tasks/${mine.items[0].id}`;
    expect((await t.request({ method: 'DELETE', url, as: member.cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: manager })).statusCode).toBe(200);
  });
});

describe('my day', () => {
  it('lists my open tasks: overdue, due today and due later this week, in Paris time', async () => {
    const someone = await t.userWithRole('member', paris);
    const due = async (title: string, dueOn: string | null, extra: object = {}) =>
      (await add(someone.cookie, { structureId: paris, title, dueOn, ...extra })).json();
    await due('En retard', '2026-11-20');
    await due('Aujourd’hui', '2026-11-25');
    await due('Dimanche', '2026-11-29');
    await due('Semaine prochaine', '2026-11-30');
    await due('Sans date', null);
    await due('Déjà faite', '2026-11-25', { done: true });
    await due('Pour une collègue', '2026-11-25', { ownerId: colleague.userId });

    // Wednesday 25 November 2026, 00:30 in Paris (still the 24th in UTC).
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T23:30:00Z') });
    const response = await t.request({ method: 'GET', url: '/api/v1/tasks?view=my-day', as: someone.cookie });
    expect(response.statusCode, response.body).toBe(200);
    const titles = (list: { title: string }[]) => list.map((task) => task.title);
    const day = response.json();
    expect(day.date).toBe('2026-11-25');
    expect(titles(day.overdue)).toEqual(['En retard']);
    expect(titles(day.today)).toEqual(['Aujourd’hui']);
    expect(titles(day.thisWeek)).toEqual(['Dimanche']);
  });

  it('rejects an unknown view with 400', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/tasks?view=my-year', as: observer })).statusCode).toBe(400);
  });
});
