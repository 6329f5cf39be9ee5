import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let member: string;
let observer: string;

beforeAll(async () => {
  t = await createTestApp();
  const paris = (await t.createStructure('75')).id;
  member = (await t.userWithRole('member', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  await newContact(t, member, {
    firstName: 'Aline',
    lastName: 'Consentante',
    emails: ['aline@example.org'],
    phones: ['01 40 00 00 01'],
  });
  await newContact(t, member, {
    firstName: 'Bruno',
    lastName: 'Sanscourriel',
    emails: ['bruno@example.org'],
    phones: ['01 40 00 00 02'],
    consent: { optOuts: { email: true } },
  });
  await newContact(t, member, {
    firstName: 'Chloé',
    lastName: 'Sansappel',
    emails: ['chloe@example.org'],
    phones: ['01 40 00 00 03'],
    consent: { optOuts: { phone: true } },
  });
});
afterAll(() => t.close());

const download = (format: string, as = member) => t.request({ method: 'GET', url: `/api/v1/contacts/export.${format}?sort=firstName`, as });

describe('contact exports', () => {
  it('are for those who write the directory: an observer gets 403', async () => {
    for (const format of ['csv', 'xlsx', 'vcf']) {
      const refused = await download(format, observer);
      expect(refused.statusCode, format).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect((await download(format)).statusCode, format).toBe(200);
    }
  });

  it('leave out the e-mail or phone of people who opted out of that channel, in CSV, XLSX and vCard', async () => {
    const csv = parse((await download('csv')).rawPayload.toString().replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(csv.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['Aline', 'Consentante', 'aline@example.org', '01 40 00 00 01'],
      ['Bruno', 'Sanscourriel', '', '01 40 00 00 02'],
      ['Chloé', 'Sansappel', 'chloe@example.org', ''],
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells = (row: number) => [1, 2, 3, 4].map((col) => sheet.getRow(row).getCell(col).text);
    expect([cells(2), cells(3), cells(4)]).toEqual([
      ['Aline', 'Consentante', 'aline@example.org', '01 40 00 00 01'],
      ['Bruno', 'Sanscourriel', '', '01 40 00 00 02'],
      ['Chloé', 'Sansappel', 'chloe@example.org', ''],
    ]);

    const cards = (await download('vcf')).body.split('END:VCARD');
    const card = (name: string) => cards.find((c) => c.includes(`FN:${name}`)) ?? '';
    expect(card('Aline Consentante')).toContain('EMAIL');
    expect(card('Aline Consentante')).toContain('TEL');
    expect(card('Bruno Sanscourriel')).not.toContain('bruno@example.org');
    expect(card('Bruno Sanscourriel')).toContain('TEL');
    expect(card('Chloé Sansappel')).toContain('EMAIL');
    expect(card('Chloé Sansappel')).not.toContain('TEL');
  });
});
