import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { multipartFile } from '../../../../tests/helpers/uploads.ts';
import { auditLog, directoryEntries } from '../../db/schema/index.ts';

let t: TestApp;
let structureId: string;
let member: string;
let manager: string;
let observer: string;
let outsider: string;

const LIBRARIES = {
  name: 'bibliotheques-75',
  label: 'Bibliothèques de Paris',
  sector: 'cultural',
  columns: { name: 'Nom', address: 'Adresse', postcode: 'CP', latlon: 'geo' },
};
const CSV =
  'Nom;Adresse;CP;geo\nBibliothèque Couronnes;66 rue des Couronnes;75020;48.8693,2.3837\nMédiathèque Marguerite Duras;115 rue de Bagnolet;75020;48.8597,2.4043\n';

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  structureId = paris.id;
  member = (await t.userWithRole('member', paris.id)).cookie;
  manager = (await t.userWithRole('manager', paris.id)).cookie;
  observer = (await t.userWithRole('observer', paris.id)).cookie;
  outsider = (await t.userWithRole('manager', (await t.createStructure('93')).id)).cookie;
});
afterAll(() => t.close());

const create = (payload: object, as = member) =>
  t.request({ method: 'POST', url: '/api/v1/opendata/mappings', as, payload: { structureId, ...payload } });
const list = async (as = member) =>
  (await t.request({ method: 'GET', url: '/api/v1/opendata/mappings', as })).json().items as {
    id: string;
    name: string;
    structureId: string | null;
    version: number;
  }[];

async function importCsv(mapping: string, as = member) {
  const response = await t.request({
    method: 'POST',
    url: `/api/v1/opendata/imports?kind=csv&mapping=${mapping}`,
    as,
    ...(await multipartFile('bib.csv', CSV)),
  });
  if (response.statusCode !== 202) return response;
  let job = response.json();
  for (let i = 0; i < 500 && job.status === 'running'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    job = (await t.request({ method: 'GET', url: `/api/v1/opendata/imports/${job.id}`, as })).json();
  }
  return job;
}

describe('saved venue mappings', () => {
  it('saves a structure’s mapping, lists it after the shipped read-only ones, and imports a CSV through it', async () => {
    const created = await create(LIBRARIES);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: 'bibliotheques-75', structureId, version: 1 });
    const items = await list(observer);
    expect(
      items
        .filter((m) => m.structureId === null)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['colleges-paris', 'musees-de-france']);
    expect(items.some((m) => m.name === 'bibliotheques-75')).toBe(true);
    expect((await list(outsider)).some((m) => m.name === 'bibliotheques-75')).toBe(false);
    const job = await importCsv('bibliotheques-75');
    expect(job).toMatchObject({ status: 'completed', imported: 2, rejected: 0 });
    const [entry] = await t.database.db
      .select()
      .from(directoryEntries)
      .where(sql`${directoryEntries.source} = 'csv:bibliotheques-75' and ${directoryEntries.name} = 'Bibliothèque Couronnes'`);
    expect(entry).toMatchObject({ sector: 'cultural', postcode: '75020', latitude: 48.8693 });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entityType} = 'venue_mapping' and ${auditLog.entityId} = ${created.json().id}`);
    expect(audits.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a mapping without a name column, without a way to place the venue, or with latitude alone', async () => {
    const bad = async (columns: object) => {
      const response = await create({ ...LIBRARIES, name: `bad-${Math.random().toString(36).slice(2, 8)}`, columns });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().errors.map((e: { path: string }) => e.path);
    };
    expect(await bad({ address: 'Adresse' })).toContain('body.columns.name');
    expect(await bad({ name: 'Nom', city: 'Ville' })).toContain('body.columns.address');
    expect(await bad({ name: 'Nom', latitude: 'lat' })).toContain('body.columns.latitude');
    expect(await bad({ name: 'Nom', address: 'Adresse', phone: 'Tel' })).toEqual(
      expect.arrayContaining([expect.stringContaining('columns')]),
    );
    expect(await bad({ name: '   ', address: 'Adresse' })).toContain('body.columns.name');
  });

  it('refuses a name already taken, by a shipped mapping or another structure', async () => {
    const shipped = await create({ ...LIBRARIES, name: 'colleges-paris' });
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json().detail).toMatch(/déjà pris/);
    expect((await create({ ...LIBRARIES, name: 'Pas Un Nom' })).statusCode).toBe(400);
  });

  it('updates a saved mapping with its version (409 when stale), never a shipped one', async () => {
    const mine = (await list()).find((m) => m.name === 'bibliotheques-75')!;
    const url = `/api/v1/opendata/mappings/${mine.id}`;
    const patch = (payload: object, as = member) => t.request({ method: 'PATCH', url, as, payload });
    const updated = await patch({ version: mine.version, label: 'Bibliothèques municipales' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ label: 'Bibliothèques municipales', version: 2 });
    expect((await patch({ version: 1, label: 'Ancienne' })).statusCode).toBe(409);
    expect((await patch({ version: 2, columns: { name: 'Nom' } })).statusCode).toBe(400);
    expect((await patch({ version: 2, label: 'Lecture' }, observer)).statusCode).toBe(403);
    expect((await patch({ version: 2, label: 'Lecture' }, outsider)).statusCode).toBe(404);
    const shipped = (await list()).find((m) => m.name === 'colleges-paris')!;
    const readOnly = await t.request({
      method: 'PATCH',
      url: `/api/v1/opendata/mappings/${shipped.id}`,
      as: member,
      payload: { version: shipped.version, label: 'X collèges' },
    });
    expect(readOnly.statusCode).toBe(409);
  });

  it('moves a mapping to the trash (managers only); it then no longer imports', async () => {
    const mine = (await list()).find((m) => m.name === 'bibliotheques-75')!;
    const url = `/api/v1/opendata/mappings/${mine.id}`;
    expect((await t.request({ method: 'DELETE', url, as: member })).statusCode).toBe(403);
    const deleted = await t.request({ method: 'DELETE', url, as: manager });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await list()).some((m) => m.name === 'bibliotheques-75')).toBe(false);
    const refused = await importCsv('bibliotheques-75');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/Correspondance de colonnes inconnue/);
    expect((await create(LIBRARIES)).statusCode).toBe(409);
  });
});
