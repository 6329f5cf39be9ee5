import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, SIRETS } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { uploadFile, waitForImport } from '../../../../tests/helpers/uploads.ts';
import type { Actor } from '../../http/actor.ts';
import { runImportBatches, startImportRun } from './import-run.service.ts';

let t: TestApp;
let member: string;
let memberActor: Actor;
let otherMember: string;
let coordinator: string;

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  const created = await t.userWithRole('member', paris.id);
  member = created.cookie;
  memberActor = {
    userId: created.userId,
    name: 'member',
    email: created.email,
    memberships: [
      { id: paris.id, structureId: paris.id, role: 'member', structure: { id: paris.id, code: '75', name: 'Paris', kind: 'local' } },
    ],
    isCoordinator: false,
  };
  otherMember = (await t.userWithRole('member', paris.id)).cookie;
  coordinator = await t.signIn('coordination@test.localhost');
});
afterAll(() => t.close());

async function count(table: string, where = 'true'): Promise<number> {
  const result = await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table} where ${where}`));
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}
const post = (url: string, payload: object, as = member) => t.request({ method: 'POST', url, as, payload });
async function uploaded(name: string, csv: string) {
  const response = await uploadFile(t, member, name, csv);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; preview: { suggestedMapping: Record<string, number> } };
}
async function imported(id: string, settings: object = {}) {
  const started = await post(`/api/v1/imports/${id}/run`, settings);
  expect(started.statusCode, started.body).toBe(202);
  return waitForImport(t, member, id);
}

const HEADER = 'Nom;Secteur;SIRET;RNA;Code postal;Ville';

describe('dry run', () => {
  it('lists each rejected row with its line number and reasons, and counts what would happen', async () => {
    const csv = [
      HEADER,
      `Association Quartiers Solidaires;associatif;${SIRETS[2]};;75019;Paris`,
      'Atelier sans clé;culturel;73282932000075;;75011;Paris',
      'Observatoire;astrologie;;;75014;Paris',
      ';culturel;;;75011;Paris',
      'Compagnie du Canal;Culturel;;W12;750;Paris',
    ].join('\n');
    const job = await uploaded('essai.csv', csv);
    const auditsBefore = await count('audit_log');
    const dry = await post(`/api/v1/imports/${job.id}/dry-run`, { mapping: job.preview.suggestedMapping });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ total: 5, toCreate: 1, toUpdate: 0, rejected: 4, truncated: false });
    expect(dry.json().rejectedRows).toEqual([
      { line: 3, reasons: ['SIRET invalide : la clé de contrôle ne correspond pas'] },
      { line: 4, reasons: ['Secteur : secteur inconnu « astrologie »'] },
      { line: 5, reasons: ['Nom manquant'] },
      { line: 6, reasons: [expect.stringContaining('RNA'), 'Code postal à 5 chiffres'] },
    ]);
    expect(await count('audit_log')).toBe(auditsBefore);
    expect(await count('organisations', "name = 'Association Quartiers Solidaires'")).toBe(0);
  });

  it('flags rows sharing an identifier (to update) and rows with a similar name in the same postcode', async () => {
    const existing = await newOrganisation(t, member, { name: 'Maison des Associations du 20e', siret: SIRETS[0], postcode: '75020' });
    const similar = await newOrganisation(t, member, { name: 'Ludothèque Planète Jeux', postcode: '75013' });
    const csv = [HEADER, `MDA 20;associatif;${SIRETS[0]};;75020;Paris`, 'Ludotheque Planete-Jeux;culturel;;;75013;Paris'].join('\n');
    const job = await uploaded('doublons.csv', csv);
    const dry = await post(`/api/v1/imports/${job.id}/dry-run`, { mapping: job.preview.suggestedMapping });
    expect(dry.json()).toMatchObject({ toCreate: 1, toUpdate: 1, rejected: 0 });
    expect(dry.json().duplicates).toEqual([
      expect.objectContaining({
        line: 2,
        name: 'MDA 20',
        reason: 'siret',
        action: 'update',
        organisation: expect.objectContaining({ id: existing.id }),
      }),
      expect.objectContaining({ line: 3, reason: 'name', action: 'create', organisation: expect.objectContaining({ id: similar.id }) }),
    ]);
  });

  it('refuses an unknown mapping field, a column the file lacks and a mapping without the name, writing nothing', async () => {
    const job = await uploaded('mapping.csv', `${HEADER}\nA;culturel;;;75011;Paris\n`);
    for (const mapping of [{ name: 0, couleur: 1 }, { name: 0, city: 9 }, { city: 5 }, { name: -1 }]) {
      const response = await post(`/api/v1/imports/${job.id}/dry-run`, { mapping });
      expect(response.statusCode, JSON.stringify(mapping)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const unknown = await post(`/api/v1/imports/${job.id}/dry-run`, { mapping: { name: 0, couleur: 1 } });
    expect(unknown.json().detail).toContain('Champ inconnu : couleur');
    const run = await post(`/api/v1/imports/${job.id}/run`, { mapping: { city: 5 } });
    expect(run.statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: `/api/v1/imports/${job.id}`, as: member })).json()).toMatchObject({
      status: 'uploaded',
      settings: null,
    });
  });
});

describe('running an import', () => {
  it('imports a 3-row CSV in which one row duplicates an existing organisation: it updates it instead', async () => {
    const existing = await newOrganisation(t, member, { name: 'Maison des Jeunes', sector: 'social', rna: 'W751000001' });
    const csv = [
      HEADER,
      'Fablab Ourcq;Scientifique;;;75019;Paris',
      'Maison des Jeunes et de la Culture;associatif;;W751000001;75019;Paris',
      `Radio Quartier;médias;${SIRETS[1]};;93200;Saint-Denis`,
    ].join('\r\n');
    const job = await uploaded('trois-lignes.csv', csv);
    const done = await imported(job.id, { mapping: job.preview.suggestedMapping });
    expect(done).toMatchObject({ status: 'completed', totalRows: 3, processedRows: 3, created: 2, updated: 1, rejected: 0 });
    const updated = (await t.request({ method: 'GET', url: `/api/v1/organisations/${existing.id}`, as: member })).json();
    expect(updated).toMatchObject({
      name: 'Maison des Jeunes et de la Culture',
      postcode: '75019',
      inseeCode: '75119',
      source: 'manual',
      version: 2,
    });
    expect(await count('organisations', "rna = 'W751000001'")).toBe(1);
    const created = (await t.request({ method: 'GET', url: '/api/v1/organisations?source=import:trois-lignes.csv', as: member })).json();
    expect(created.items.map((o: { name: string }) => o.name)).toEqual(['Fablab Ourcq', 'Radio Quartier']);
    expect(created.items[0]).toMatchObject({ sector: 'scientific', inseeCode: '75119', version: 1 });
    const history = await t.request({ method: 'GET', url: `/api/v1/history/organisation/${existing.id}`, as: member });
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(
      await count(
        'audit_log',
        `entity_type = 'organisation' and entity_id in ('${created.items.map((o: { id: string }) => o.id).join("','")}')`,
      ),
    ).toBe(2);
  });

  it('updates rather than duplicates when the same file comes again, and leaves unchanged rows alone', async () => {
    const first = [
      HEADER,
      `Théâtre de l'Usine;culturel;;W930000001;93200;Saint-Denis`,
      'Collectif Vélo;associatif;;W930000002;93200;Saint-Denis',
    ].join('\n');
    const job = await uploaded('reimport.csv', first);
    expect(await imported(job.id, { mapping: job.preview.suggestedMapping })).toMatchObject({ created: 2 });
    const second = first.replace('Collectif Vélo;associatif;;W930000002;93200', 'Collectif Vélo Dionysien;associatif;;W930000002;93210');
    const again = await uploaded('reimport.csv', `${second}\nÉcole Paul Langevin;éducatif;;;93200;Saint-Denis`);
    expect(await imported(again.id, { mapping: again.preview.suggestedMapping })).toMatchObject({
      status: 'completed',
      created: 1,
      updated: 1,
      unchanged: 1,
    });
    expect(await count('organisations', "rna in ('W930000001', 'W930000002')")).toBe(2);
    expect(await count('organisations', "name = 'Collectif Vélo Dionysien' and postcode = '93210'")).toBe(1);
  });

  it('fills an empty sector with the default, merges two rows of one organisation, and follows the resolutions', async () => {
    const target = await newOrganisation(t, member, { name: 'Centre social Le Pari', postcode: '75018' });
    const csv = [
      'Nom;RNA;Code postal;Étiquettes',
      'Centre Social Le Pari;;75018;quartier',
      'Jardin partagé;W750000077;75018;jardin',
      'Jardin partagé du Square;W750000077;75018;nature',
      'Ligne à laisser;;75018;',
    ].join('\n');
    const job = await uploaded('resolutions.csv', csv);
    const settings = {
      mapping: job.preview.suggestedMapping,
      defaultSector: 'social',
      resolutions: [
        { line: 2, action: 'update', organisationId: target.id },
        { line: 5, action: 'skip' },
      ],
    };
    const dry = await post(`/api/v1/imports/${job.id}/dry-run`, settings);
    expect(dry.json()).toMatchObject({ toCreate: 1, toUpdate: 2, skipped: 1, rejected: 0 });
    expect(await imported(job.id)).toMatchObject({ created: 1, updated: 2 });
    const garden = (await t.request({ method: 'GET', url: '/api/v1/organisations?q=W750000077', as: member })).json().items;
    expect(garden).toEqual([expect.objectContaining({ name: 'Jardin partagé du Square', sector: 'social', tags: ['jardin', 'nature'] })]);
    const pari = (await t.request({ method: 'GET', url: `/api/v1/organisations/${target.id}`, as: member })).json();
    expect(pari).toMatchObject({ name: 'Centre Social Le Pari', tags: ['quartier'] });
    expect(await count('organisations', "name = 'Ligne à laisser'")).toBe(0);
  });

  it('imports an XLSX sheet, restoring the leading zero a spreadsheet drops from a postcode', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Feuille 1');
    sheet.addRow(['Nom', 'SIRET', 'Code postal', 'Secteur', 'Site web']);
    sheet.addRow(['Cinéma de l’Ain', 78467169500087, 1000, 'Culture', 'cinema-ain.example.org']);
    const upload = await uploadFile(t, member, 'classeur.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const { id, preview } = upload.json();
    expect(await imported(id, { mapping: preview.suggestedMapping })).toMatchObject({ status: 'completed', created: 1 });
    const found = (await t.request({ method: 'GET', url: `/api/v1/organisations?q=${SIRETS[2]}`, as: member })).json().items;
    expect(found).toEqual([
      expect.objectContaining({
        name: 'Cinéma de l’Ain',
        postcode: '01000',
        sector: 'cultural',
        website: 'https://cinema-ain.example.org',
      }),
    ]);
  });

  it('resumes an interrupted run after its last committed batch, creating nothing twice', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `Association reprise ${i + 1};associatif;;W77000000${i + 1};77000;Melun`);
    const job = await uploaded('reprise.csv', [HEADER, ...rows].join('\n'));
    const run = await startImportRun(t.database.db, memberActor, job.id, { mapping: job.preview.suggestedMapping });
    await runImportBatches(t.database.db, memberActor, run, { batchSize: 2, maxBatches: 1 });
    const stopped = (await t.request({ method: 'GET', url: `/api/v1/imports/${job.id}`, as: member })).json();
    expect(stopped).toMatchObject({ status: 'interrupted', processedRows: 2, created: 2 });
    expect(await count('organisations', "name like 'Association reprise %'")).toBe(2);
    expect(await imported(job.id)).toMatchObject({ status: 'completed', processedRows: 5, created: 5, updated: 0 });
    expect(await count('organisations', "name like 'Association reprise %'")).toBe(5);
    expect(
      await count('audit_log', "action = 'create' and entity_type = 'organisation' and after->>'name' like 'Association reprise %'"),
    ).toBe(5);
  });

  it('takes over a run whose server died, but not one still beating', async () => {
    const job = await uploaded('crash.csv', `${HEADER}\nAssociation après panne;associatif;;W780000001;78000;Versailles\n`);
    await t.database.db.execute(sql`update import_jobs set status = 'running', heartbeat_at = now() where id = ${job.id}`);
    const busy = await post(`/api/v1/imports/${job.id}/run`, { mapping: job.preview.suggestedMapping });
    expect(busy.statusCode).toBe(409);
    await t.database.db.execute(sql`update import_jobs set heartbeat_at = now() - interval '1 hour' where id = ${job.id}`);
    expect(await imported(job.id, { mapping: job.preview.suggestedMapping })).toMatchObject({ status: 'completed', created: 1 });
    const again = await t.request({ method: 'POST', url: `/api/v1/imports/${job.id}/run`, as: member });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('terminé');
  });

  it('rolls back the batch of a runner whose job was taken over, so no row is imported twice', async () => {
    const job = await uploaded('double.csv', `${HEADER}\nAssociation en double;associatif;;W910000001;91000;Évry\n`);
    const slow = await startImportRun(t.database.db, memberActor, job.id, { mapping: job.preview.suggestedMapping });
    await t.database.db.execute(sql`update import_jobs set heartbeat_at = now() - interval '1 hour' where id = ${job.id}`);
    const fast = await startImportRun(t.database.db, memberActor, job.id, {});
    await runImportBatches(t.database.db, memberActor, fast);
    await runImportBatches(t.database.db, memberActor, slow);
    expect(await count('organisations', "rna = 'W910000001'")).toBe(1);
    const done = (await t.request({ method: 'GET', url: `/api/v1/imports/${job.id}`, as: member })).json();
    expect(done).toMatchObject({ status: 'completed', processedRows: 1, created: 1 });
  });

  it('shows a job to its creator and the coordination only', async () => {
    const job = await uploaded('prive.csv', `${HEADER}\nA;culturel;;;75011;Paris\n`);
    const url = `/api/v1/imports/${job.id}`;
    expect((await t.request({ method: 'GET', url, as: otherMember })).statusCode).toBe(404);
    expect((await post(`${url}/dry-run`, { mapping: { name: 0 } }, otherMember)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url, as: coordinator })).statusCode).toBe(200);
    const mine = (await t.request({ method: 'GET', url: '/api/v1/imports', as: otherMember })).json().items;
    expect(mine.map((j: { id: string }) => j.id)).not.toContain(job.id);
    const all = (await t.request({ method: 'GET', url: '/api/v1/imports', as: coordinator })).json().items;
    expect(all.map((j: { id: string }) => j.id)).toContain(job.id);
  });
});
