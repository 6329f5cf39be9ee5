import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { multipartFile, uploadFile, waitForImport } from '../../../../tests/helpers/uploads.ts';

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

const FRENCH_ROWS =
  'Nom;Code postal;Ville;Secteur\nBibliothèque Hélène Berr;75012;Paris;Culturel\nCafé des sciences;93200;Saint-Denis;scientifique\n';

describe('uploading a file for import', () => {
  it('detects UTF-8 and the semicolon, shows the rows with their line and suggests a mapping', async () => {
    const response = await uploadFile(t, member, 'annuaire.csv', FRENCH_ROWS);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'uploaded',
      fileName: 'annuaire.csv',
      totalRows: 2,
      preview: {
        format: 'csv',
        encoding: 'utf-8',
        separator: ';',
        headers: ['Nom', 'Code postal', 'Ville', 'Secteur'],
        rows: [
          { line: 2, cells: ['Bibliothèque Hélène Berr', '75012', 'Paris', 'Culturel'] },
          { line: 3, cells: ['Café des sciences', '93200', 'Saint-Denis', 'scientifique'] },
        ],
        suggestedMapping: { name: 0, postcode: 1, city: 2, sector: 3 },
      },
    });
  });

  it('reads a UTF-8 file with a byte-order mark and a Latin-1 file the same way', async () => {
    const withBom = await uploadFile(t, member, 'bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH_ROWS)]));
    expect(withBom.json().preview).toMatchObject({ encoding: 'utf-8-bom', headers: ['Nom', 'Code postal', 'Ville', 'Secteur'] });
    const latin1 = await uploadFile(t, member, 'latin1.csv', iconv.encode(FRENCH_ROWS, 'latin1'));
    expect(latin1.json().preview).toMatchObject({ encoding: 'latin1', separator: ';' });
    expect(latin1.json().preview.rows[0].cells[0]).toBe('Bibliothèque Hélène Berr');
  });

  it('detects the comma, and keeps a quoted field holding a semicolon and a line break whole', async () => {
    const csv = 'name,postcode,website\r\n"Musée ; Atelier\r\ndu vélo",75011,velo.example.org\r\n"Radio ""Cause""",75020,\r\n';
    const response = await uploadFile(t, member, 'english.csv', csv);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().preview).toMatchObject({
      separator: ',',
      rows: [
        { line: 2, cells: ['Musée ; Atelier\ndu vélo', '75011', 'velo.example.org'] },
        { line: 4, cells: ['Radio "Cause"', '75020', ''] },
      ],
      suggestedMapping: { name: 0, postcode: 1, website: 2 },
    });
  });

  it('reads tab-separated and pipe-separated files', async () => {
    for (const [separator, name] of [
      ['\t', 'tab.tsv'],
      ['|', 'pipe.txt'],
    ]) {
      const response = await uploadFile(t, member, name!, `Nom${separator}SIRET${separator}RNA\nA${separator}1${separator}2\n`);
      expect(response.json().preview, name).toMatchObject({ separator, suggestedMapping: { name: 0, siret: 1, rna: 2 } });
    }
  });

  it('reads the first sheet of an XLSX workbook, with the sheet’s row numbers', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Annuaire');
    sheet.addRow(['Dénomination', 'N° SIRET', 'CP']);
    sheet.addRow([]);
    sheet.addRow(['Maison des pratiques artistiques', 73282932000074, 1000]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await uploadFile(t, member, 'annuaire.xlsx', bytes);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().preview).toMatchObject({
      format: 'xlsx',
      encoding: null,
      separator: null,
      rows: [{ line: 3, cells: ['Maison des pratiques artistiques', '73282932000074', '1000'] }],
      suggestedMapping: { name: 0, siret: 1, postcode: 2 },
    });
  });
});

describe('refusing files that cannot be read', () => {
  const refused = async (name: string, content: Uint8Array | string) => {
    const before = (await t.request({ method: 'GET', url: '/api/v1/imports', as: member })).json().items.length;
    const response = await uploadFile(t, member, name, content);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await t.request({ method: 'GET', url: '/api/v1/imports', as: member })).json().items).toHaveLength(before);
    return response.json();
  };

  it('names the line where quotes are never closed', async () => {
    const problem = await refused('casse.csv', 'Nom;Ville\nA;Paris\n"B;Lyon\nC;Lille\n');
    expect(problem.detail).toMatch(/^Ligne 3 : .*guillemets/);
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'file.line.3' })]);
  });

  it('names the line of a stray quote after a closed field', async () => {
    expect((await refused('casse.csv', 'Nom;Ville\nA;Paris\n"B" bis;Lyon\n')).detail).toMatch(/^Ligne 3 : /);
  });

  it('refuses an XLSX that is not one, an old XLS, an empty file and a header alone', async () => {
    expect((await refused('faux.xlsx', 'Nom;Ville\nA;B\n')).detail).toContain('n’est pas un classeur XLSX valide');
    expect((await refused('zip.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).detail).toContain('XLSX');
    expect((await refused('vieux.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).detail).toContain('.xls');
    expect((await refused('vide.csv', '')).detail).toBe('Le fichier est vide.');
    expect((await refused('entete.csv', 'Nom;Ville\n\n')).detail).toContain('en-tête');
    expect((await refused('binaire.csv', new Uint8Array([0x4e, 0x00, 0x6f, 0x00, 0x6d]))).detail).toContain('ni un CSV');
  });

  it('refuses a file above 20 MB with 413, and a request without a file or not multipart with 4xx', async () => {
    const big = await uploadFile(t, member, 'gros.csv', new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41));
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toContain('20 Mo');
    const noFile = await t.request({
      method: 'POST',
      url: '/api/v1/imports',
      as: member,
      ...(await multipartFile('a.csv', 'Nom\nA\n', 'autre')),
    });
    expect(noFile.statusCode).toBe(400);
    const json = await t.request({ method: 'POST', url: '/api/v1/imports', as: member, payload: { name: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses an observer with 403 before reading the file, and a signed-out request with 401', async () => {
    expect((await uploadFile(t, observer, 'a.csv', FRENCH_ROWS)).statusCode).toBe(403);
    const signedOut = await t.request({ method: 'POST', url: '/api/v1/imports', ...(await multipartFile('a.csv', FRENCH_ROWS)) });
    expect(signedOut.statusCode).toBe(401);
  });
});

describe('reading a CSV file again with another encoding or separator', () => {
  const reading = (id: string, as: string, payload: object) =>
    t.request({ method: 'POST', url: `/api/v1/imports/${id}/reading`, as, payload });

  it('reads the rows again, suggests a new mapping, and the dry run reads the file the same way', async () => {
    const job = (await uploadFile(t, member, 'virgules.csv', 'Nom,Ville;Secteur\nBibliothèque,Paris;culturel\n')).json();
    expect(job.preview).toMatchObject({ separator: ';', headers: ['Nom,Ville', 'Secteur'] });
    const response = await reading(job.id, member, { encoding: 'latin1', separator: ',' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      settings: null,
      totalRows: 1,
      preview: {
        encoding: 'latin1',
        separator: ',',
        headers: ['Nom', 'Ville;Secteur'],
        rows: [{ line: 2, cells: ['BibliothÃ¨que', 'Paris;culturel'] }],
        suggestedMapping: { name: 0 },
      },
    });
    const dryRun = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${job.id}/dry-run`,
      as: member,
      payload: { mapping: { name: 0 }, defaultSector: 'cultural' },
    });
    expect(dryRun.statusCode, dryRun.body).toBe(200);
    expect(dryRun.json()).toMatchObject({ total: 1, toCreate: 1, rejected: 0 });
    const back = (await reading(job.id, member, { encoding: 'utf-8', separator: ';' })).json();
    expect(back.preview.rows[0].cells).toEqual(['Bibliothèque,Paris', 'culturel']);
    expect((await t.request({ method: 'GET', url: `/api/v1/imports/${job.id}`, as: member })).json().preview.separator).toBe(';');
  });

  it('refuses a workbook, a started import, an unknown separator, and someone else’s job, changing nothing', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRows([['Nom'], ['Atelier']]);
    const xlsx = (await uploadFile(t, member, 'a.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()))).json();
    const refused = await reading(xlsx.id, member, { encoding: 'utf-8', separator: ';' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('XLSX');

    const csv = (await uploadFile(t, member, 'b.csv', FRENCH_ROWS)).json();
    expect((await reading(csv.id, member, { encoding: 'utf-8', separator: ':' })).statusCode).toBe(400);
    expect((await reading(csv.id, member, { encoding: 'ebcdic', separator: ';' })).statusCode).toBe(400);
    const other = (await t.userWithRole('member', (await t.createStructure('77')).id)).cookie;
    expect((await reading(csv.id, other, { encoding: 'utf-8', separator: ',' })).statusCode).toBe(404);
    expect((await reading(csv.id, observer, { encoding: 'utf-8', separator: ',' })).statusCode).toBe(403);

    const run = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${csv.id}/run`,
      as: member,
      payload: { mapping: { name: 0, sector: 3 } },
    });
    expect(run.statusCode, run.body).toBe(202);
    await waitForImport(t, member, csv.id);
    const late = await reading(csv.id, member, { encoding: 'utf-8', separator: ',' });
    expect(late.statusCode).toBe(409);
    const after = (await t.request({ method: 'GET', url: `/api/v1/imports/${csv.id}`, as: member })).json();
    expect(after.preview).toMatchObject({ separator: ';', headers: ['Nom', 'Code postal', 'Ville', 'Secteur'] });
  });
});
