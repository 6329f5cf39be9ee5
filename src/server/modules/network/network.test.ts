import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let member: string;
let outsider: string;
let structureId: string;
const ids: Record<string, string> = {};

type NetworkBody = {
  nodes: { id: string; label: string; betweenness: number; centrality: number; degree: number; stage: string | null }[];
  edges: { source: string; target: string; kinds: string[] }[];
};

async function organisation(key: string, sector: string) {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as: member,
    payload: { name: `Réseau ${key}`, sector },
  });
  expect(response.statusCode, response.body).toBe(201);
  ids[key] = response.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  structureId = paris.id;
  member = (await t.userWithRole('member', paris.id)).cookie;
  outsider = (await t.userWithRole('member', (await t.createStructure('93')).id)).cookie;
  // S partners A (cultural) and B (social); B belongs to C; the contact K works with A and E.
  await organisation('A', 'cultural');
  await organisation('B', 'social');
  await organisation('C', 'social');
  await organisation('E', 'scientific');
  for (const [key, stage] of [
    ['A', 'active'],
    ['B', 'identified'],
  ] as const) {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/partnerships',
      as: member,
      payload: { organisationId: ids[key], structureId, stage },
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  const db = t.database.db;
  await db.execute(sql`insert into organisation_relationships (from_id, to_id, kind) values (${ids.B}, ${ids.C}, 'member_of')`);
  const contact = (await db.execute(
    sql`insert into contacts (first_name, last_name) values ('Karim', 'Kessler') returning id`,
  )) as unknown as {
    rows: { id: string }[];
  };
  ids.K = contact.rows[0]!.id;
  await db.execute(sql`insert into affiliations (contact_id, organisation_id) values (${ids.K}, ${ids.A}), (${ids.K}, ${ids.E})`);
  // A past affiliation ties nothing.
  await db.execute(sql`insert into affiliations (contact_id, organisation_id, end_on) values (${ids.K}, ${ids.C}, '2020-01-01')`);
});
afterAll(() => t.close());

const node = (kind: string, key: string) => `${kind}:${kind === 'structure' ? structureId : ids[key]}`;
const network = async (params = '') => {
  const response = await t.request({ method: 'GET', url: `/api/v1/network?structureId=${structureId}${params}`, as: member });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as NetworkBody;
};

describe('the partners network', () => {
  it('links the structure, its partners, their relationships and shared contacts, with betweenness computed by hand', async () => {
    const body = await network();
    const byId = new Map(body.nodes.map((n) => [n.id, n]));
    // Tree S–A, S–B, B–C, A–K, K–E (6 nodes, 10 pairs of others each):
    // S and A lie on 6 shortest paths, B and K on 4, C and E on none.
    const expected = {
      [node('structure', 'S')]: 6,
      [node('organisation', 'A')]: 6,
      [node('organisation', 'B')]: 4,
      [node('contact', 'K')]: 4,
    };
    expect(body.nodes).toHaveLength(6);
    for (const [id, value] of Object.entries(expected)) expect(byId.get(id)?.betweenness, id).toBe(value);
    expect(byId.get(node('organisation', 'C'))?.betweenness).toBe(0);
    expect(byId.get(node('organisation', 'E'))?.betweenness).toBe(0);
    expect(byId.get(node('structure', 'S'))?.centrality).toBe(0.6);
    expect(byId.get(node('organisation', 'A'))).toMatchObject({ stage: 'active', degree: 2 });
    expect(body.edges).toHaveLength(5);
    expect(body.edges.find((e) => [e.source, e.target].includes(node('organisation', 'C')))?.kinds).toEqual(['relationship']);
  });

  it('keeps only the partners passing the filters, with their own neighbours', async () => {
    const body = await network('&sector=social');
    expect(body.nodes.map((n) => n.id).sort()).toEqual(
      [node('structure', 'S'), node('organisation', 'B'), node('organisation', 'C')].sort(),
    );
  });

  it('answers who can introduce the structure to an organisation, and why each step holds', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/network/path?structureId=${structureId}&from=${node('structure', 'S')}&to=${node('organisation', 'E')}`,
      as: member,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { path: { id: string }[]; links: string[][] };
    expect(body.path.map((n) => n.id)).toEqual([
      node('structure', 'S'),
      node('organisation', 'A'),
      node('contact', 'K'),
      node('organisation', 'E'),
    ]);
    expect(body.links).toEqual([['partnership'], ['affiliation'], ['affiliation']]);
    const none = await t.request({
      method: 'GET',
      url: `/api/v1/network/path?structureId=${structureId}&from=${node('structure', 'S')}&to=organisation:00000000-0000-4000-8000-000000000000`,
      as: member,
    });
    expect(none.json()).toEqual({ path: null, links: [] });
  });

  it('refuses another structure’s network and a malformed node', async () => {
    const other = await t.request({ method: 'GET', url: `/api/v1/network?structureId=${structureId}`, as: outsider });
    expect([403, 404]).toContain(other.statusCode);
    const bad = await t.request({ method: 'GET', url: `/api/v1/network/path?from=org:1&to=${node('structure', 'S')}`, as: member });
    expect(bad.statusCode).toBe(400);
  });
});
