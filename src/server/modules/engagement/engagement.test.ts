import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { addDays, parisToday } from '../../lib/paris-time.ts';

let t: TestApp;
let coordinator: string;
let paris: string;
let outsider: string;
const DAY = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

async function post(url: string, payload: object, as = coordinator) {
  const response = await t.request({ method: 'POST', url, as, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
const get = (url: string, as = coordinator) => t.request({ method: 'GET', url, as });

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
  paris = (await t.createStructure('75')).id;
  const elsewhere = (await t.createStructure('93')).id;
  outsider = (await t.userWithRole('manager', elsewhere)).cookie;
});
afterAll(() => t.close());

describe('engagement of a partnership', () => {
  let active: { id: string; organisationId: string };

  beforeAll(async () => {
    const today = parisToday();
    active = (await newPartnership(t, coordinator, paris, {
      stage: 'active',
      nextStep: 'Envoyer la convention',
      nextStepOn: addDays(today, -2),
    })) as { id: string; organisationId: string };
    await newPartnership(t, coordinator, paris, { stage: 'contacted' });
    const interaction = (occurredAt: string) =>
      post('/api/v1/interactions', {
        structureId: paris,
        kind: 'call',
        occurredAt,
        summary: 'Appel',
        organisationId: active.organisationId,
      });
    await interaction(daysAgo(10));
    await interaction(daysAgo(40));
    await interaction(daysAgo(400));
    // An event held together 20 days ago: the events module also writes it on the partner's timeline.
    const start = new Date(Date.now() - 20 * DAY);
    const event = await post('/api/v1/events', {
      structureId: paris,
      title: 'Balade des mobilités',
      format: 'urban_walk',
      status: 'confirmed',
      slots: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600 * 1000).toISOString() }],
    });
    await post(`/api/v1/events/${event.id}/partners`, { organisationId: active.organisationId, role: 'co_organiser' });
    const held = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      as: coordinator,
      payload: { version: 1, status: 'held' },
    });
    expect(held.statusCode, held.body).toBe(200);
    // A commitment signed 30 days ago to an action whose deadline has passed.
    const plan = await post('/api/v1/action-plans', { structureId: paris, title: 'Plan local' });
    const action = await post(`/api/v1/action-plans/${plan.id}/actions`, { title: 'Ateliers au collège', deadline: addDays(today, -5) });
    await post(`/api/v1/action-plans/${plan.id}/actions/${action.id}/commitments`, {
      organisationId: active.organisationId,
      type: 'co_organise',
      signedOn: addDays(today, -30),
    });
  });

  it('scores the parts computed by hand', async () => {
    const response = await get(`/api/v1/engagement/partnerships/${active.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    // 3 interactions in 12 months (10 and 40 days ago, the event's) × 4 = 12; 1 event × 10; no relayed seat;
    // 1 commitment × 10; stage active 20. Total 52.
    expect(body).toMatchObject({
      score: 52,
      parts: { interactions: 12, events: 10, publics: 0, commitments: 10, stage: 20 },
      counts: { interactions: 3, events: 1, people: 0, commitments: 1 },
      reasons: ['next_step_overdue', 'commitment_overdue'],
      suggestion: { kind: 'do_next_step', detail: 'Envoyer la convention' },
    });
    expect(body.history).toHaveLength(12);
    expect(body.history.at(-1).score).toBe(52);
  });

  it('lists only the partners at risk, with a next step', async () => {
    const response = await get(`/api/v1/engagement/at-risk?structureId=${paris}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      months: 6,
      items: [{ partnershipId: active.id, score: 52, previousScore: 4, reasons: ['next_step_overdue', 'commitment_overdue'] }],
    });
  });

  it('hides another structure’s partnership', async () => {
    expect((await get(`/api/v1/engagement/partnerships/${active.id}`, outsider)).statusCode).toBe(404);
    expect((await get(`/api/v1/engagement/at-risk?structureId=${paris}`, outsider)).statusCode).toBe(404);
  });
});

describe('retention from one year to the next', () => {
  it('counts the partners active in a year and again the next', async () => {
    const year = Number(parisToday().slice(0, 4));
    const seineEtMarne = (await t.createStructure('77')).id;
    const stays = await newOrganisation(t, coordinator);
    const leaves = await newOrganisation(t, coordinator);
    for (const organisation of [stays, leaves]) await newPartnership(t, coordinator, seineEtMarne, { organisationId: organisation.id });
    const touch = (organisationId: string, day: string) =>
      post('/api/v1/interactions', {
        structureId: seineEtMarne,
        kind: 'meeting',
        occurredAt: `${day}T10:00:00Z`,
        summary: 'Rendez-vous',
        organisationId,
      });
    await touch(stays.id, `${year - 2}-06-15`);
    await touch(stays.id, `${year - 1}-06-15`);
    await touch(leaves.id, `${year - 2}-03-01`);
    const response = await get(`/api/v1/engagement/retention?structureId=${seineEtMarne}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().years).toEqual([
      { year: year - 2, active: 2, retained: 1, rate: 0.5 },
      { year: year - 1, active: 1, retained: 0, rate: 0 },
      { year, active: 0, retained: null, rate: null },
    ]);
  });
});
