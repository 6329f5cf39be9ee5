import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation, SIRETS } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { multipartFile, waitForImport } from '../../../../tests/helpers/uploads.ts';

type Row = Record<string, unknown>;
let t: TestApp;
let member: string;
let observer: string;
let radio: Row;
let college: Row;

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  member = (await t.userWithRole('member', paris.id)).cookie;
  observer = (await t.userWithRole('observer', paris.id)).cookie;
  radio = await newOrganisation(t, member, { name: 'Radio Campus Paris', siret: SIRETS[0] });
  college = await newOrganisation(t, member, { name: 'Collège Germaine Tillion', uai: '0750001A' });
  // Two organisations of the same name: a row naming it alone cannot tell which.
  await newOrganisation(t, member, { name: 'Maison des associations', postcode: '75011' });
  await newOrganisation(t, member, { name: 'Maison des Associations', postcode: '93200' });
}, 120_000);
afterAll(() => t.close());

async function query(text: string): Promise<Row[]> {
  return ((await t.database.db.execute(sql.raw(text))) as unknown as { rows: Row[] }).rows;
}
async function uploadContacts(fileName: string, content: Uint8Array | string, as = member) {
  return t.request({ method: 'POST', url: '/api/v1/imports?kind=contacts', as, ...(await multipartFile(fileName, content)) });
}
const post = (url: string, payload?: object, as = member) => t.request({ method: 'POST', url, as, ...(payload ? { payload } : {}) });

const HEADER = 'Prénom;Nom;E-mail;Téléphone;Organisation;SIRET;UAI;Fonction;Base légale;Date du consentement;Refus des e-mails';
const MAPPING = {
  firstName: 0,
  lastName: 1,
  emails: 2,
  phones: 3,
  organisationName: 4,
  organisationSiret: 5,
  organisationUai: 6,
  role: 7,
  legalBasis: 8,
  consentOn: 9,
  optOutEmail: 10,
};

describe('importing contacts', () => {
  it('suggests the mapping of a contacts file, person and organisation apart', async () => {
    const response = await uploadContacts('contacts.csv', `${HEADER}\nLéa;Martin;lea@example.org;;;;;;;;\n`);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'contacts', totalRows: 1, preview: { suggestedMapping: MAPPING } });
  });

  it('dry-runs with each rejected line and its reason, writing nothing', async () => {
    const known = await newContact(t, member, { firstName: 'Karim', lastName: 'Benali', emails: ['karim@example.org'] });
    const csv = [
      HEADER,
      'Léa;Martin;lea.martin@example.org;01 23 45 67 89;;73282932000074;;Animatrice;Consentement;12/03/2026;non',
      ';;sans-nom@example.org;;;;;;;;',
      'Paul;Durand;pas-une-adresse;;;;;;;;',
      'Inès;Roy;ines@example.org;;Association inconnue;;;;;;',
      'Zoé;Petit;zoe@example.org;;Maison des associations;;;;;;',
      'Karim;Benali;KARIM@example.org;06 11 22 33 44;Radio Campus Paris;;;Chroniqueur;;;oui',
      'Marc;Simon;marc@example.org;;;;0750001A;Professeur;intérêt légitime;;peut-être',
    ].join('\n');
    const job = (await uploadContacts('contacts.csv', csv)).json();
    const before = await query('select count(*)::int as n from contacts');
    const dry = await post(`/api/v1/imports/${job.id}/dry-run`, { mapping: MAPPING });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ total: 7, toCreate: 1, toUpdate: 1, rejected: 5, duplicates: [] });
    const reasons = Object.fromEntries((dry.json().rejectedRows as { line: number; reasons: string[] }[]).map((r) => [r.line, r.reasons]));
    expect(reasons[3]).toEqual(['Nom manquant']);
    expect(reasons[4]![0]).toMatch(/E-mails/);
    expect(reasons[5]![0]).toMatch(/Aucune organisation ne s’appelle « Association inconnue »/);
    expect(reasons[6]![0]).toMatch(/Plusieurs organisations/);
    expect(reasons[8]).toEqual(['Refus des e-mails : « peut-être » : oui ou non attendu']);
    expect(await query('select count(*)::int as n from contacts')).toEqual(before);
    expect(known.id).toBeTruthy();
  });

  it('creates and updates by e-mail, affiliates to the organisation found by SIRET, UAI or name, with consent; again changes nothing', async () => {
    const known = await newContact(t, member, {
      firstName: 'Fatou',
      lastName: 'Diallo',
      emails: ['fatou@example.org'],
      phones: ['0102030405'],
    });
    const csv = [
      HEADER,
      'Yasmine;Nguyen;yasmine@example.org;;;73282932000074;;Animatrice;Consentement;12/03/2026;non',
      'Fatou;Diallo;FATOU@example.org;06 11 22 33 44;Radio Campus Paris;;;Chroniqueuse;;;oui',
      'Olivier;Moreau;olivier@example.org;;;;0750001A;Professeur;intérêt légitime;;',
      'Yasmine;Nguyen;yasmine@example.org;07 00 00 00 00;;;;;;;',
    ].join('\r\n');
    const job = (await uploadContacts('contacts.csv', csv)).json();
    const run = await post(`/api/v1/imports/${job.id}/run`, { mapping: MAPPING });
    expect(run.statusCode, run.body).toBe(202);
    const done = await waitForImport(t, member, job.id);
    expect(done).toMatchObject({ status: 'completed', created: 2, updated: 2, rejected: 0 });

    const [yasmine] = await query(`select * from contacts where emails @> '{yasmine@example.org}' and deleted_at is null`);
    expect(yasmine).toMatchObject({
      first_name: 'Yasmine',
      last_name: 'Nguyen',
      phones: ['07 00 00 00 00'],
      legal_basis: 'consent',
      consent_on: '2026-03-12',
      opt_out_email: false,
    });
    const fatou = (await query(`select * from contacts where id = '${known.id}'`))[0]!;
    expect(fatou).toMatchObject({
      emails: ['fatou@example.org'],
      phones: ['0102030405', '06 11 22 33 44'],
      opt_out_email: true,
      version: 2,
    });
    const links = await query(
      `select c.last_name, a.organisation_id, a.role from affiliations a join contacts c on c.id = a.contact_id
       where a.deleted_at is null and c.emails && '{yasmine@example.org,fatou@example.org,olivier@example.org}' order by c.last_name`,
    );
    expect(links).toEqual([
      { last_name: 'Diallo', organisation_id: radio.id, role: 'Chroniqueuse' },
      { last_name: 'Moreau', organisation_id: college.id, role: 'Professeur' },
      { last_name: 'Nguyen', organisation_id: radio.id, role: 'Animatrice' },
    ]);
    const audits = await query(
      `select entity_type, action, count(*)::int as n from audit_log where entity_id in (select id::text from contacts where emails && '{yasmine@example.org,fatou@example.org,olivier@example.org}')
         or entity_id in (select a.id::text from affiliations a join contacts c on c.id = a.contact_id where c.emails && '{yasmine@example.org,fatou@example.org,olivier@example.org}')
       group by 1, 2 order by 1, 2`,
    );
    expect(audits).toEqual([
      { entity_type: 'affiliation', action: 'create', n: 3 },
      { entity_type: 'contact', action: 'create', n: 3 },
      { entity_type: 'contact', action: 'update', n: 1 },
    ]);

    const again = (await uploadContacts('contacts.csv', csv)).json();
    const dry = await post(`/api/v1/imports/${again.id}/dry-run`, { mapping: MAPPING });
    expect(dry.json()).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 4, rejected: 0 });
  });

  it('reads an XLSX workbook of contacts', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Contacts');
    sheet.addRow(['Nom', 'Prénom', 'Courriel', 'Structure']);
    sheet.addRow(['Leroy', 'Sophie', 'sophie.leroy@example.org', 'collège germaine tillion']);
    const job = (await uploadContacts('contacts.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()))).json();
    expect(job.preview.suggestedMapping).toEqual({ lastName: 0, firstName: 1, emails: 2, organisationName: 3 });
    expect((await post(`/api/v1/imports/${job.id}/run`)).statusCode).toBe(202);
    expect(await waitForImport(t, member, job.id)).toMatchObject({ status: 'completed', created: 1 });
    const [link] = await query(
      `select a.organisation_id from affiliations a join contacts c on c.id = a.contact_id where c.emails @> '{sophie.leroy@example.org}'`,
    );
    expect(link).toEqual({ organisation_id: college.id });
  });

  it('refuses an organisation field in a contacts mapping, an unknown kind, and an observer', async () => {
    const job = (await uploadContacts('contacts.csv', `${HEADER}\nLéa;Martin;lea@example.org;;;;;;;;\n`)).json();
    const wrong = await post(`/api/v1/imports/${job.id}/dry-run`, { mapping: { lastName: 1, sector: 2 } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().detail).toMatch(/sector ne s’applique pas à un import de contacts/);
    const noName = await post(`/api/v1/imports/${job.id}/dry-run`, { mapping: { firstName: 0 } });
    expect(noName.statusCode).toBe(400);
    const unknownKind = await t.request({
      method: 'POST',
      url: '/api/v1/imports?kind=people',
      as: member,
      ...(await multipartFile('contacts.csv', `${HEADER}\n`)),
    });
    expect(unknownKind.statusCode).toBe(400);
    expect((await uploadContacts('contacts.csv', `${HEADER}\nLéa;Martin;;;;;;;;;\n`, observer)).statusCode).toBe(403);
  });
});
