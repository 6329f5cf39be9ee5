import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';

let t: TestApp;
let coordinator: string;
let operations: { method: string; path: string; hasBody: boolean }[];

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const fillPath = (path: string, id: string) => path.replace('{entityType}', 'structure').replace(/\{\w+\}/g, id);

async function writesSoFar(): Promise<number> {
  const result = await t.database.db.execute(sql`select count(*)::int as n from audit_log`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
  const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = Object.entries(spec.paths as Record<string, Record<string, { requestBody?: unknown }>>)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, hasBody: Boolean(op.requestBody) })),
    );
});
afterAll(() => t.close());

async function expectRejected(call: { method: string; url: string; payload?: string; headers?: Record<string, string> }) {
  const before = await writesSoFar();
  const response = await t.request({ ...call, as: coordinator } as never);
  expect(response.statusCode, `${call.method} ${call.url}: ${response.body}`).toBeGreaterThanOrEqual(400);
  expect(response.statusCode).toBeLessThan(500);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ status: response.statusCode, title: expect.any(String), detail: expect.any(String) });
  expect(await writesSoFar()).toBe(before);
}

describe('bad input on every documented endpoint', () => {
  it('finds the endpoints in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  const bodies: [string, string][] = [
    ['malformed JSON', '{"name": '],
    ['a JSON array', '[1,2,3]'],
    ['wrong types', JSON.stringify({ name: 42, version: 'deux', role: 7, email: false, userId: [], structureId: {} })],
    ['unknown fields', JSON.stringify({ version: 1, unexpected: true, __proto__: { admin: true } })],
    ['an oversized body', JSON.stringify({ name: 'x'.repeat(400 * 1024) })],
  ];
  for (const [label, payload] of bodies) {
    it(`rejects ${label} on every endpoint that takes a body`, async () => {
      for (const op of operations.filter((o) => o.hasBody)) {
        await expectRejected({
          method: op.method,
          url: fillPath(op.path, UNKNOWN_ID),
          payload,
          headers: { 'content-type': 'application/json' },
        });
      }
    });
  }

  it('answers 404 for unknown ids and 4xx for ids that are not ids', async () => {
    for (const op of operations.filter((o) => o.path.includes('{id}') && !o.hasBody)) {
      await expectRejected({ method: op.method, url: fillPath(op.path, UNKNOWN_ID) });
      await expectRejected({ method: op.method, url: fillPath(op.path, "1' or '1'='1") });
    }
  });

  it('rejects a body that is not JSON', async () => {
    for (const op of operations.filter((o) => o.hasBody)) {
      await expectRejected({
        method: op.method,
        url: fillPath(op.path, UNKNOWN_ID),
        payload: 'name=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    }
  });

  it('rejects unknown query parameters', async () => {
    await expectRejected({ method: 'GET', url: '/api/v1/memberships?structureId=pas-un-id' });
    await expectRejected({ method: 'GET', url: '/api/v1/trash?inconnu=1' });
    for (const url of [
      '/api/v1/organisations?inconnu=1',
      '/api/v1/organisations?pageSize=1000',
      '/api/v1/organisations?sort=deletedBy',
      '/api/v1/organisations?updatedSince=hier',
      '/api/v1/contacts?organisationId=pas-un-id',
      '/api/v1/partnerships?stage=married',
      '/api/v1/interactions?kind=telepathy',
      '/api/v1/tasks?view=my-year',
      '/api/v1/tasks?done=peut-etre',
      '/api/v1/search?q=',
      '/api/v1/search?q=x&limit=-1',
      '/api/v1/organisations/export.csv?page=2',
      '/api/v1/organisations/export.xlsx?inconnu=1',
      '/api/v1/partnerships/export.csv?stage=married',
      '/api/v1/contacts/export.vcf?organisationId=pas-un-id',
      '/api/v1/imports?kind=contacts',
    ]) {
      await expectRejected({ method: 'GET', url });
    }
  });

  it('refuses values the domain does not know, writing nothing', async () => {
    await expectRejected({
      method: 'POST',
      url: '/api/v1/organisations?force=oui',
      payload: JSON.stringify({ name: 'Test', sector: 'social' }),
      headers: { 'content-type': 'application/json' },
    });
    for (const payload of [
      { name: 'Test', sector: 'social', siret: '12345678901234' },
      { name: 'Test', sector: 'astrologie' },
    ]) {
      await expectRejected({
        method: 'POST',
        url: '/api/v1/organisations',
        payload: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });
    }
  });

  it('answers unknown API paths with a 404 problem', async () => {
    await expectRejected({ method: 'GET', url: '/api/v1/nothing-here' });
  });

  it('refuses a cross-site write even with a valid session', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/structures',
      as: coordinator,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload: { code: 'X1', kind: 'local', departement: '75', name: 'Pirate' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf');
  });
});
