import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { uploadFile, waitForImport } from '../../../../tests/helpers/uploads.ts';
import { parisToday } from '../../lib/paris-time.ts';

let t: TestApp;
let member: string;
let observer: string;
let structureId: string;

beforeAll(async () => {
  t = await createTestApp();
  structureId = (await t.createStructure('93')).id;
  member = (await t.userWithRole('member', structureId)).cookie;
  observer = (await t.userWithRole('observer', structureId)).cookie;
  await newOrganisation(t, member, {
    name: '=HYPERLINK("http://evil.example")',
    sector: 'media',
    postcode: '93200',
    tags: ['+sondage', 'quartier'],
  });
  await newOrganisation(t, member, {
    name: 'Bibliothèque; Elsa Triolet',
    sector: 'cultural',
    postcode: '93200',
    description: 'Lecture\npublique',
    latitude: 48.9356,
    longitude: 2.3582,
  });
  await newOrganisation(t, member, { name: '@Compagnie Nomade', sector: 'cultural', postcode: '93100', publics: ['youth', 'families'] });
  await newOrganisation(t, member, {
    name: 'Musée d’art et d’histoire',
    sector: 'cultural',
    postcode: '93200',
    website: 'https://musee.example.org',
  });
});
afterAll(() => t.close());

const download = (url: string, as = observer) => t.request({ method: 'GET', url, as });
const csvRows = (body: Buffer | string) =>
  parse(body.toString().replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];

describe('exporting organisations', () => {
  it('writes CSV for French Excel: BOM, semicolons, CRLF, French headers, formulas neutralised', async () => {
    const response = await download('/api/v1/organisations/export.csv?sector=cultural&sort=-name');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="organisations-${parisToday()}.csv"`);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.body.split('\r\n')[0]).toMatch(/^\uFEFFNom;Secteur;Forme juridique;RNA;SIRET;UAI;Adresse;Code postal;Ville/);
    const [header, ...rows] = csvRows(response.rawPayload);
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => r[0])).toEqual(['Musée d’art et d’histoire', 'Bibliothèque; Elsa Triolet', "'@Compagnie Nomade"]);
    expect(rows[1]![column('Description')]).toBe('Lecture\npublique');
    expect(rows[1]![column('Latitude')]).toBe('48,9356');
    expect(rows[2]![column('Publics')]).toBe('Jeunes, Familles');
    expect(rows[0]![column('Secteur')]).toBe('Culturel');
  });

  it('honours the list’s filters and neutralises every cell that starts like a formula', async () => {
    const response = await download('/api/v1/organisations/export.csv?sector=media&postcode=93200');
    const [header, ...rows] = csvRows(response.rawPayload);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(rows[0]![header!.indexOf('Étiquettes')]).toBe("'+sondage, quartier");
  });

  it('writes one XLSX sheet with a bold, frozen header row', async () => {
    const response = await download('/api/v1/organisations/export.xlsx?postcode=93200');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain('.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Organisations');
    expect(sheet.getRow(1).getCell(1).value).toBe('Nom');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(4);
    const names = [2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value);
    expect(names).toContain('=HYPERLINK("http://evil.example")');
    expect(sheet.getRow(2).getCell(1).formula).toBeUndefined();
    expect(names.map((n) => typeof n)).toEqual(['string', 'string', 'string']);
  });

  it('exports what can be edited and imported back: every row is then matched by its id and left unchanged', async () => {
    const exported = await download('/api/v1/organisations/export.csv?postcode=93200', member);
    const upload = await uploadFile(t, member, 'retour.csv', exported.rawPayload);
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json().preview).toMatchObject({ encoding: 'utf-8-bom', separator: ';' });
    const { id, preview } = upload.json();
    expect(preview.suggestedMapping).toMatchObject({ id: 19, name: 0, sector: 1, tags: 15, publics: 14 });
    const started = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${id}/run`,
      as: member,
      payload: { mapping: preview.suggestedMapping },
    });
    expect(started.statusCode, started.body).toBe(202);
    expect(await waitForImport(t, member, id)).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('refuses unknown filters with 400 and a signed-out request with 401', async () => {
    expect((await download('/api/v1/organisations/export.csv?page=2')).statusCode).toBe(400);
    expect((await download('/api/v1/organisations/export.xlsx?sector=astrologie')).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/v1/organisations/export.csv' })).statusCode).toBe(401);
  });
});

describe('exporting contacts and partnerships', () => {
  it('writes one vCard 4.0 per contact, with ORG and ROLE from the primary current affiliation', async () => {
    const library = await newOrganisation(t, member, { name: 'Médiathèque, Saint-Denis', sector: 'cultural' });
    const former = await newOrganisation(t, member, { name: 'Ancien employeur', sector: 'economic' });
    const person = await newContact(t, member, {
      firstName: 'Zoé',
      lastName: 'Zéphyrin',
      emails: ['zoe@example.org'],
      phones: ['01 48 13 00 00', '12 34 56'],
    });
    const affiliate = (payload: object) =>
      t.request({ method: 'POST', url: `/api/v1/contacts/${person.id}/affiliations`, as: member, payload });
    await affiliate({ organisationId: former.id, role: 'Stagiaire', endOn: '2020-01-01', primary: true });
    await affiliate({ organisationId: library.id, role: 'Responsable; action culturelle', primary: true });
    const response = await download('/api/v1/contacts/export.vcf?q=Zephyrin', member);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="contacts-${parisToday()}.vcf"`);
    const lines = response.body.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:4.0']);
    expect(lines).toEqual(
      expect.arrayContaining([
        'FN:Zoé Zéphyrin',
        'N:Zéphyrin;Zoé;;;',
        'EMAIL;TYPE=work;PREF=1:zoe@example.org',
        'TEL;VALUE=uri;TYPE=work:tel:+33148130000',
        'TEL;VALUE=text;TYPE=work:12 34 56',
        'ORG:Médiathèque\\, Saint-Denis',
        'ROLE:Responsable\\; action culturelle',
        'END:VCARD',
      ]),
    );
    const csv = csvRows((await download('/api/v1/contacts/export.csv?q=Zephyrin', member)).rawPayload);
    expect(csv[0]!.slice(0, 6)).toEqual(['Prénom', 'Nom', 'E-mails', 'Téléphones', 'Organisation', 'Fonction']);
    expect(csv[1]!.slice(0, 6)).toEqual([
      'Zoé',
      'Zéphyrin',
      'zoe@example.org',
      '01 48 13 00 00, 12 34 56',
      'Médiathèque, Saint-Denis',
      'Responsable; action culturelle',
    ]);
  });

  it('folds long vCard lines at 75 octets without splitting a character', async () => {
    await newContact(t, member, { firstName: 'Éléonore-Héloïse', lastName: `Dupré-${'é'.repeat(60)}` });
    const body = (await download('/api/v1/contacts/export.vcf?q=Eleonore', member)).body;
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(body.replaceAll('\r\n ', '')).toContain(`FN:Éléonore-Héloïse Dupré-${'é'.repeat(60)}`);
  });

  it('exports the structure’s partnerships joined to their organisation, in CSV and XLSX', async () => {
    const org = await newOrganisation(t, member, {
      name: 'Ressourcerie du Canal',
      sector: 'economic',
      postcode: '93200',
      rna: 'W931234567',
    });
    await newPartnership(t, member, structureId, {
      organisationId: org.id,
      stage: 'in_discussion',
      engagements: ['host'],
      nextStep: 'Visite',
    });
    const response = await download(`/api/v1/partnerships/export.csv?structureId=${structureId}&stage=in_discussion`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('partenariats-');
    const [header, row, ...rest] = csvRows(response.rawPayload);
    expect(rest).toEqual([]);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell('Organisation'), cell('Structure'), cell('Étape'), cell('Engagements'), cell('RNA'), cell('Secteur')]).toEqual([
      'Ressourcerie du Canal',
      'Structure 93',
      'En discussion',
      'Accueil',
      'W931234567',
      'Économique',
    ]);
    const xlsx = await download(`/api/v1/partnerships/export.xlsx?structureId=${structureId}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).value).toBe('Ressourcerie du Canal');
  });

  it('hides another structure’s partnerships: 404 for its id, nothing in an unfiltered export', async () => {
    const elsewhere = await t.createStructure('94');
    const coordinator = await t.signIn('coordination@test.localhost');
    await newPartnership(t, coordinator, elsewhere.id);
    expect((await download(`/api/v1/partnerships/export.csv?structureId=${elsewhere.id}`)).statusCode).toBe(404);
    const rows = csvRows((await download('/api/v1/partnerships/export.csv')).rawPayload);
    expect(rows.slice(1).every((r) => r[1] === 'Structure 93')).toBe(true);
  });
});
