import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let seineSaintDenis: string;
let member: { cookie: string; userId: string };
let manager: string;
let observer: string;
let outsider: string;

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  seineSaintDenis = (await t.createStructure('93')).id;
  member = await t.userWithRole('member', paris);
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = (await t.userWithRole('manager', seineSaintDenis)).cookie;
});
afterAll(() => t.close());

type Item = { id: string; dormant: boolean; lastInteractionAt: string | null; organisation: Record<string, unknown> };
const get = async (url: string, as = observer) => {
  const response = await t.request({ method: 'GET', url, as });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const listIds = async (query: string, as = observer) =>
  ((await get(`/api/v1/partnerships?structureId=${paris}&pageSize=100&${query}`, as)).items as Item[]).map((i) => i.id);
const monthsAgo = (months: number) => sql.raw(`now() - interval '${months} months'`);
const age = (id: string, months: number) =>
  t.database.db.execute(sql`update partnerships set created_at = ${monthsAgo(months)} where id = ${id}`);
const logCall = async (as: string, structureId: string, links: object, occurredAt = new Date().toISOString()) => {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/interactions',
    as,
    payload: { structureId, kind: 'call', occurredAt, summary: 'Appel', ...links },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
};

describe('dormant partnerships', () => {
  it('flags a partnership without an interaction for six months, counted from its creation, and filters on it', async () => {
    const quiet = await newPartnership(t, member.cookie, paris);
    const recent = await newPartnership(t, member.cookie, paris);
    await age(quiet.id, 7);
    const read = await get(`/api/v1/partnerships/${quiet.id}`);
    expect(read).toMatchObject({ dormant: true, lastInteractionAt: null });
    expect((await get(`/api/v1/partnerships/${recent.id}`)).dormant).toBe(false);
    expect(await listIds('dormant=true')).toContain(quiet.id);
    expect(await listIds('dormant=true')).not.toContain(recent.id);
    expect(await listIds('dormant=false')).toContain(recent.id);
    expect(await listIds('dormant=false')).not.toContain(quiet.id);
    expect((await t.request({ method: 'GET', url: '/api/v1/partnerships?dormant=maybe', as: observer })).statusCode).toBe(400);
  });

  it('wakes up with an interaction with its organisation, and falls asleep again when that interaction is moved back or deleted', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    await age(partnership.id, 12);
    const organisationId = partnership.organisationId as string;
    // Another structure's interaction with the same organisation does not count.
    await logCall(outsider, seineSaintDenis, { organisationId });
    expect((await get(`/api/v1/partnerships/${partnership.id}`)).dormant).toBe(true);

    const call = await logCall(member.cookie, paris, { organisationId });
    const awake = await get(`/api/v1/partnerships/${partnership.id}`);
    expect(awake.dormant).toBe(false);
    expect(awake.lastInteractionAt).not.toBeNull();

    const longAgo = new Date(Date.now() - 8 * 31 * 24 * 3600 * 1000).toISOString();
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/v1/interactions/${call.id}`,
      as: member.cookie,
      payload: { version: call.version, occurredAt: longAgo },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await get(`/api/v1/partnerships/${partnership.id}`)).toMatchObject({ dormant: true, lastInteractionAt: longAgo });

    const viaPartnership = await logCall(member.cookie, paris, { partnershipId: partnership.id });
    expect((await get(`/api/v1/partnerships/${partnership.id}`)).dormant).toBe(false);
    const deleted = await t.request({ method: 'DELETE', url: `/api/v1/interactions/${viaPartnership.id}`, as: manager });
    expect(deleted.statusCode).toBe(200);
    expect(await get(`/api/v1/partnerships/${partnership.id}`)).toMatchObject({ dormant: true, lastInteractionAt: longAgo });
  });

  it('starts from the interactions already logged with the organisation, and never flags a declined partnership', async () => {
    const organisation = await newOrganisation(t, member.cookie);
    await logCall(member.cookie, paris, { organisationId: organisation.id }, '2026-01-15T09:00:00.000Z');
    const partnership = await newPartnership(t, member.cookie, paris, { organisationId: organisation.id, stage: 'declined' });
    expect(partnership).toMatchObject({ lastInteractionAt: '2026-01-15T09:00:00.000Z', dormant: false });
    expect(await listIds('dormant=false')).toContain(partnership.id);
    expect(await listIds('dormant=true')).not.toContain(partnership.id);
  });
});

describe('partnership list filters and payload', () => {
  it('carries the organisation summary and filters on sector, tag, commune, engagement, objective, owner, stage and date', async () => {
    const museum = await newOrganisation(t, member.cookie, {
      name: 'Musée des Arts et Métiers',
      sector: 'cultural',
      postcode: '75003',
      city: 'Paris',
      tags: ['musée', 'QSEC'],
    });
    const school = await newOrganisation(t, member.cookie, { name: 'Collège Jean Jaurès', sector: 'educational', postcode: '93200' });
    const withMuseum = await newPartnership(t, member.cookie, paris, {
      organisationId: museum.id,
      stage: 'committed',
      engagements: ['host'],
      objectives: ['scientific_openness'],
      ownerId: member.userId,
    });
    const withSchool = await newPartnership(t, member.cookie, paris, { organisationId: school.id });
    const item = (await get(`/api/v1/partnerships?structureId=${paris}&organisationId=${museum.id}`)).items[0];
    expect(item.organisation).toEqual({
      id: museum.id,
      name: 'Musée des Arts et Métiers',
      sector: 'cultural',
      postcode: '75003',
      city: 'Paris',
      inseeCode: '75103',
      tags: ['musée', 'QSEC'],
    });

    for (const query of [
      'sector=cultural',
      'tag=QSEC',
      'inseeCode=75103',
      'engagement=host',
      'objective=scientific_openness',
      `ownerId=${member.userId}`,
      'stage=committed',
    ]) {
      const ids = await listIds(query);
      expect(ids, query).toContain(withMuseum.id);
      expect(ids, query).not.toContain(withSchool.id);
    }
    expect(await listIds('sector=educational&tag=QSEC')).toEqual([]);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect(await listIds(`updatedSince=${tomorrow}`)).toEqual([]);
    expect(await listIds('updatedSince=2020-01-01')).toContain(withSchool.id);
    for (const bad of ['sector=bakery', 'inseeCode=7510', 'tag=', 'updatedSince=hier']) {
      const response = await t.request({ method: 'GET', url: `/api/v1/partnerships?${bad}`, as: observer });
      expect(response.statusCode, bad).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers a stale update with the current partnership as GET shows it', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    const url = `/api/v1/partnerships/${partnership.id}`;
    expect((await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, stage: 'contacted' } })).statusCode).toBe(
      200,
    );
    const stale = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { version: 1, stage: 'committed' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toEqual(await get(url));
  });
});
