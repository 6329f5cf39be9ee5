import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { qpvCollection } from '../../../../tests/helpers/territory-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { multipartFile } from '../../../../tests/helpers/uploads.ts';
import { importQpvGeoJson } from './qpv-import.ts';

let t: TestApp;
let coordinator: string;

const upload = async (content: string, as = coordinator) =>
  t.request({ method: 'POST', url: '/api/v1/territory/qpv', as, ...(await multipartFile('qpv.geojson', content)) });
const count = async (query: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
});
afterAll(() => t.close());

describe('QPV import', () => {
  it('refuses a member with 403 before reading the file', async () => {
    const member = await t.userWithRole('member', (await t.createStructure('75')).id);
    const response = await upload(qpvCollection(), member.cookie);
    expect(response.statusCode).toBe(403);
  });

  it('refuses a file that is not GeoJSON, or not a FeatureCollection, writing nothing', async () => {
    for (const content of ['{"type": "FeatureColl', '{"type":"Feature","properties":{}}', 'code_qp;lib_qp\nQN07520M;X']) {
      const response = await upload(content);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(await count(sql`select count(*)::int as n from qpv`)).toBe(0);
  });

  it('keeps the Île-de-France features, skips the others and lists the unreadable ones', async () => {
    const inside = await newOrganisation(t, coordinator, { latitude: 48.869, longitude: 2.4 });
    const near = await newOrganisation(t, coordinator, { latitude: 48.869, longitude: 2.409 });
    const response = await upload(qpvCollection());
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ read: 5, imported: 2, updated: 0, outsideRegion: 1 });
    expect(result.rejected.map((r: { feature: number }) => r.feature)).toEqual([3, 4]);
    expect(result.rejected[0].reason).toContain('QN09302M');
    expect(result.organisationsUpdated).toBeGreaterThanOrEqual(2);

    const paris = await t.database.db.execute(sql`select communes, arrondissements from qpv where code = 'QN07520M'`);
    expect((paris as unknown as { rows: unknown[] }).rows[0]).toEqual({ communes: ['75056'], arrondissements: ['75120'] });

    const placed = (await t.request({ method: 'GET', url: `/api/v1/territory/organisations/${inside.id}`, as: coordinator })).json();
    expect(placed).toMatchObject({ inseeCode: '75120', qpv: { code: 'QN07520M', name: 'Belleville Amandiers' }, nearestQpvMeters: 0 });
    const beside = (await t.request({ method: 'GET', url: `/api/v1/territory/organisations/${near.id}`, as: coordinator })).json();
    // 0.004° of longitude east of the square, at 48.869° N: about 293 m.
    expect(beside.qpv).toBeNull();
    expect(beside.nearestQpvMeters).toBeGreaterThan(285);
    expect(beside.nearestQpvMeters).toBeLessThan(300);
  });

  it('re-imports the same file without change, and updates a QPV by its code', async () => {
    expect((await upload(qpvCollection())).json()).toMatchObject({ imported: 0, updated: 0 });
    const audits = await count(sql`select count(*)::int as n from audit_log where entity_type = 'qpv'`);
    expect(audits).toBe(2);
    expect((await upload(qpvCollection({ parisName: 'Belleville - Amandiers' }))).json()).toMatchObject({ imported: 0, updated: 1 });
    expect(await count(sql`select count(*)::int as n from qpv`)).toBe(2);
    expect(await count(sql`select count(*)::int as n from audit_log where entity_type = 'qpv' and action = 'update'`)).toBe(1);
  });

  it('serves the imported QPV as a GeoJSON layer with an ETag', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/territory/layers/qpv', as: coordinator });
    expect(response.statusCode).toBe(200);
    expect(response.json().features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['QN07520M', 'QN09301M']);
    const again = await t.request({
      method: 'GET',
      url: '/api/v1/territory/layers/qpv',
      as: coordinator,
      headers: { 'if-none-match': response.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('imports from a file path for the command line, and says when the file cannot be read', async () => {
    const file = join(tmpdir(), `qpv-${process.pid}.geojson`);
    writeFileSync(file, qpvCollection());
    const result = await importQpvGeoJson(t.database.db, file);
    expect(result).toMatchObject({ read: 5, imported: 0, outsideRegion: 1 });
    await expect(importQpvGeoJson(t.database.db, `${file}.absent`)).rejects.toThrow(/Fichier illisible/);
  });
});
