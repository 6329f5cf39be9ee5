import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { multipartFile } from '../../../../tests/helpers/uploads.ts';
import { directoryEntries } from '../../db/schema/index.ts';
import { directoryRowEstimate, findJob, insertJob } from './opendata.queries.ts';
import { chunksOf } from './opendata.service.ts';
import { PARIS_20_ASSOCIATIONS, waldecCsv } from './opendata-fixtures.ts';
import { runJob } from './opendata-run.ts';

/** Real samples shipped with the tests (tests/fixtures/opendata/SOURCES.md). */
const sample = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/opendata/${name}`, import.meta.url));

let t: TestApp;
let member: string;
let observer: string;

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  member = (await t.userWithRole('member', paris.id)).cookie;
  observer = (await t.userWithRole('observer', paris.id)).cookie;
});
afterAll(() => t.close());

async function importFile(query: string, fileName: string, content: Uint8Array | string, as = member) {
  const response = await t.request({
    method: 'POST',
    url: `/api/v1/opendata/imports?${query}`,
    as,
    ...(await multipartFile(fileName, content)),
  });
  if (response.statusCode !== 202) return { response, job: null };
  let job = response.json();
  for (let i = 0; i < 500 && job.status === 'running'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    job = (await t.request({ method: 'GET', url: `/api/v1/opendata/imports/${job.id}`, as })).json();
  }
  return { response, job };
}

const entry = async (source: string, sourceId: string) =>
  (
    await t.database.db
      .select()
      .from(directoryEntries)
      .where(sql`${directoryEntries.source} = ${source} and ${directoryEntries.sourceId} = ${sourceId}`)
  )[0];

describe('importing RNA files', () => {
  it('imports the active associations of the waldec sample, with their sector from the theme code', async () => {
    const { job } = await importFile('kind=rna', 'waldec.csv', sample('rna_waldec_sample_etalab_rna_as_api.csv'));
    expect(job).toMatchObject({ status: 'completed', read: 3, imported: 2, updated: 0, skipped: 1, rejected: 0 });
    expect(await entry('rna', 'W012000002')).toMatchObject({
      name: 'ARIADNE',
      sector: 'cultural',
      themeCodes: ['006070', '006070'],
      postcode: '69100',
      inseeCode: '69266',
      sourceDate: '2008-02-12',
    });
    expect(await entry('rna', 'W012000005')).toMatchObject({ sector: 'social' });
    expect(await entry('rna', 'W632007046')).toBeUndefined();
  });

  it('updates on a re-import and keeps what a user edited', async () => {
    await t.database.db.execute(
      sql`update directory_entries set name = 'Ariadne (compagnie)', edited_fields = '{name}' where source_id = 'W012000002'`,
    );
    const { job } = await importFile('kind=rna', 'waldec.csv', sample('rna_waldec_sample_etalab_rna_as_api.csv'));
    expect(job).toMatchObject({ status: 'completed', imported: 0, updated: 2 });
    expect(await entry('rna', 'W012000002')).toMatchObject({ name: 'Ariadne (compagnie)', sector: 'cultural' });
    const [count] = (
      (await t.database.db.execute(sql`select count(*)::int as n from directory_entries where source = 'rna'`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    expect(count!.n).toBe(2);
  });

  it('leaves out the import-layout rows transferred to waldec (position R) and reads their layout', async () => {
    const { job } = await importFile('kind=rna', 'import.csv', sample('rna_import_sample_paris_etalab_rna_as_api.csv'));
    expect(job).toMatchObject({ status: 'completed', read: 3, imported: 0, skipped: 3 });
  });

  it('reads a UTF-8 file with BOM, quoted fields holding ";" and line breaks, and the département filter', async () => {
    const csv = waldecCsv(PARIS_20_ASSOCIATIONS);
    const { job } = await importFile(
      'kind=rna&departement=75',
      'paris.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
    );
    expect(job).toMatchObject({ status: 'completed', read: 5, imported: 4, skipped: 1, rejected: 0 });
    expect(await entry('rna', 'W751000001')).toMatchObject({
      name: 'Vélo Cité Ménilmontant',
      description: 'Promouvoir le vélo et la marche ; ateliers de réparation\net balades urbaines',
      inseeCode: '75120',
      address: '12 RUE des Pyrénées',
      geoPrecision: 'approximate',
    });
  });

  it('reads the same file in Latin-1, and rejects bad rows by line while importing the rest', async () => {
    const rows = [
      { ...PARIS_20_ASSOCIATIONS[0]!, id: 'W751000011', titre: 'Théâtre à vélo' },
      { ...PARIS_20_ASSOCIATIONS[1]!, id: 'W751000012', postcode: '7502' },
      { ...PARIS_20_ASSOCIATIONS[1]!, id: 'W751000013', titre: '' },
    ];
    const { job } = await importFile('kind=rna', 'latin1.csv', iconv.encode(waldecCsv(rows), 'latin1'));
    expect(job).toMatchObject({ status: 'completed', imported: 1, rejected: 2 });
    expect(job.rejectedRows).toEqual([
      { line: 4, reason: 'code postal invalide « 7502 »' },
      { line: 5, reason: 'nom manquant' },
    ]);
    expect(await entry('rna', 'W751000011')).toMatchObject({ name: 'Théâtre à vélo' });
  });

  it('reports a truncated file at its line and keeps the complete rows', async () => {
    const csv = waldecCsv([
      { ...PARIS_20_ASSOCIATIONS[0]!, id: 'W751000021' },
      { ...PARIS_20_ASSOCIATIONS[1]!, id: 'W751000022' },
    ]);
    const cut = csv.slice(0, csv.lastIndexOf('"Concerts') + 12);
    const { job, response } = await importFile('kind=rna', 'cut.csv', cut);
    expect(response.statusCode, response.body).toBe(202);
    expect(job).toMatchObject({ status: 'completed', imported: 1, rejected: 1 });
    expect(job.rejectedRows[0]).toMatchObject({ line: 4 });
    expect(job.rejectedRows[0].reason).toContain('tronqué');
    expect(await entry('rna', 'W751000022')).toBeUndefined();
  });

  it('refuses a file that is not an RNA file before starting, and an observer', async () => {
    const wrong = await importFile('kind=rna', 'colleges.csv', sample('paris_etablissements_scolaires_colleges_opendataparis.csv'));
    expect(wrong.response.statusCode).toBe(400);
    expect(wrong.response.json().detail).toContain('RNA');
    const binary = await importFile('kind=rna', 'image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(binary.response.statusCode).toBe(400);
    const forbidden = await importFile('kind=rna', 'waldec.csv', sample('rna_waldec_sample_etalab_rna_as_api.csv'), observer);
    expect(forbidden.response.statusCode).toBe(403);
  });
});

describe('importing venue lists through a saved mapping', () => {
  it('imports the Paris collèges once each, with their coordinates from geo_point_2d', async () => {
    const { job } = await importFile(
      'kind=csv&mapping=colleges-paris',
      'colleges.csv',
      sample('paris_etablissements_scolaires_colleges_opendataparis.csv'),
    );
    expect(job).toMatchObject({ status: 'completed', read: 457, rejected: 0, imported: 117 });
    const college = await entry('csv:colleges-paris', 'robert doisneau|75120');
    expect(college).toMatchObject({ sector: 'educational', geoPrecision: 'point', inseeCode: '75120' });
    expect(college!.latitude).toBeCloseTo(48.86707, 4);
    expect(college!.longitude).toBeCloseTo(2.38797, 4);
    // The planner knows the rows just imported (the embedded database has no autovacuum).
    expect(await directoryRowEstimate(t.database.db)).toBeGreaterThanOrEqual(117);
  });

  it('rejects the museums whose coordinates fall outside France, naming the line', async () => {
    const { job } = await importFile(
      'kind=csv&mapping=musees-de-france&departement=75',
      'musees.csv',
      sample('france_musees_de_france_liste_localisation.csv'),
    );
    expect(job.status).toBe('completed');
    expect(job.rejectedRows).toContainEqual({ line: 618, reason: 'coordonnées hors de France (2.449718782248399, 48.98651569144933)' });
    expect(job.imported).toBeGreaterThan(20);
    expect(job.skipped).toBeGreaterThan(1000);
  });

  it('reads a GeoJSON list with the same mapping names, and refuses an unknown mapping', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 'Libellé établissement': 'Collège GeoJSON', 'Code INSEE': '75120' },
          geometry: { type: 'Point', coordinates: [2.39, 48.86] },
        },
        {
          type: 'Feature',
          properties: { 'Libellé établissement': 'Collège sur la lune', 'Code INSEE': '75120' },
          geometry: { type: 'Point', coordinates: [120, -80] },
        },
      ],
    });
    const { job } = await importFile('kind=geojson&mapping=colleges-paris', 'colleges.geojson', geojson);
    expect(job).toMatchObject({ status: 'completed', imported: 1, rejected: 1 });
    const unknown = await importFile('kind=csv&mapping=inconnue', 'x.csv', 'a;b\n1;2\n');
    expect(unknown.response.statusCode).toBe(400);
  });
});

describe('resuming an interrupted import', () => {
  it('stops after a committed batch and resumes after it, ending with the same counts as one run', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({
      ...PARIS_20_ASSOCIATIONS[1]!,
      id: `W75190${String(i).padStart(4, '0')}`,
      titre: `Chorale ${i}`,
    }));
    const bytes = Buffer.from(waldecCsv(rows));
    const source = { main: () => chunksOf(bytes) };
    const job = await insertJob(t.database.db, { kind: 'rna', options: {}, fileName: 'big.csv', fileSize: bytes.byteLength }, bytes);
    let batches = 0;
    const first = await runJob(t.database.db, job, source, { batchSize: 10, shouldStop: () => ++batches === 1 });
    expect(first).toBe('interrupted');
    expect(await findJob(t.database.db, job.id)).toMatchObject({ status: 'interrupted', read: 10, imported: 10 });
    const resumed = await t.request({
      method: 'POST',
      url: `/api/v1/opendata/imports/${job.id}/resume`,
      as: t.config.adminEmail ? await t.signIn(t.config.adminEmail) : member,
    });
    expect(resumed.statusCode, resumed.body).toBe(202);
    let done = await findJob(t.database.db, job.id);
    for (let i = 0; i < 200 && done?.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done = await findJob(t.database.db, job.id);
    }
    expect(done).toMatchObject({ status: 'completed', read: 25, imported: 25, updated: 0 });
  });
});
