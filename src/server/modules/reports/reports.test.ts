import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { readPdf } from '../../../../tests/helpers/pdf-text.ts';
import { qpvCollection } from '../../../../tests/helpers/territory-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { registrations } from '../../db/schema/index.ts';
import { addDays, parisToday } from '../../lib/paris-time.ts';
import { SYSTEM_ACTOR } from '../access/require-access.ts';
import { importQpv } from '../territory/qpv-import.ts';

let t: TestApp;
let coordinator: string;
let paris: string;
let outsider: string;
let query: string;
const DAY = 24 * 3600 * 1000;
const today = parisToday();

async function post(url: string, payload: object, as = coordinator) {
  const response = await t.request({ method: 'POST', url, as, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
const get = (url: string, as = coordinator) => t.request({ method: 'GET', url, as });

async function heldEvent(title: string, daysAgo: number, status = 'held') {
  const start = new Date(Date.now() - daysAgo * DAY);
  const event = await post('/api/v1/events', {
    structureId: paris,
    title,
    format: 'debate',
    status: 'confirmed',
    slots: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600 * 1000).toISOString(), capacity: 40 }],
  });
  if (status === 'held') {
    const held = await t.request({ method: 'PATCH', url: `/api/v1/events/${event.id}`, as: coordinator, payload: { version: 1, status } });
    expect(held.statusCode, held.body).toBe(200);
  }
  return event as { id: string; slots: { id: string }[] };
}

/** Registrations of a past slot go straight into the database: the registration API refuses slots that have begun. */
async function seat(event: { id: string; slots: { id: string }[] }, fields: Partial<typeof registrations.$inferInsert>) {
  await t.database.db.insert(registrations).values({
    slotId: event.slots[0]!.id,
    eventId: event.id,
    structureId: paris,
    status: 'confirmed',
    name: 'Inscrit',
    email: 'inscrit@exemple.localhost',
    headcount: 1,
    consentAt: new Date(),
    checkInCode: crypto.randomUUID().slice(0, 8),
    ...fields,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
  paris = (await t.createStructure('75')).id;
  outsider = (await t.userWithRole('manager', (await t.createStructure('93')).id)).cookie;
  query = `structureId=${paris}&from=${addDays(today, -60)}&to=${today}`;

  const place = { postcode: '75011', city: 'Paris' };
  const a = await newOrganisation(t, coordinator, { name: 'Maison des métallos', sector: 'cultural', ...place });
  const b = await newOrganisation(t, coordinator, { name: 'Labo des mobilités', sector: 'scientific', ...place });
  const c = await newOrganisation(t, coordinator, { name: 'Centre social Belleville', sector: 'social' });
  await newPartnership(t, coordinator, paris, {
    organisationId: a.id,
    stage: 'active',
    objectives: ['distant_publics', 'cultural_openness'],
  });
  await newPartnership(t, coordinator, paris, { organisationId: b.id, stage: 'committed', objectives: ['scientific_openness'] });
  await newPartnership(t, coordinator, paris, { organisationId: c.id, stage: 'identified' });

  // Held in the period: one debate with 11 confirmed seats (10 brought by a relay), 1 present; a second one
  // whose title looks like a formula. Outside it or not held: not counted.
  const debate = await heldEvent('Débat : la ville à vélo', 20);
  await seat(debate, { headcount: 1, postcode: '75011', checkedInAt: new Date() });
  await seat(debate, { headcount: 10, kind: 'class', groupName: '4e B', relayOrganisationId: c.id });
  await seat(debate, { headcount: 2, status: 'cancelled' });
  await heldEvent('=SOMME(A1:A9)', 15);
  await heldEvent('Débat ancien', 100);
  await heldEvent('Débat à venir', 10, 'confirmed');

  const group = await post('/api/v1/groups', { structureId: paris, name: 'Groupe du collège' });
  await post(`/api/v1/groups/${group.id}/sessions`, { heldOn: addDays(today, -5), attendance: 12 });
  await post(`/api/v1/groups/${group.id}/sessions`, { heldOn: addDays(today, -200), attendance: 5 });
  for (const text of ['Je viens à pied', 'Plus de pistes cyclables']) {
    const sent = await t.request({
      method: 'POST',
      url: `/api/v1/public/groups/${group.formToken}/contributions`,
      payload: { kind: 'testimony', text, authorName: 'Léa', ageBracket: '30_59', consent: true },
    });
    expect(sent.statusCode, sent.body).toBe(201);
  }
  const pending = (await get(`/api/v1/contributions?structureId=${paris}&status=pending`)).json().items[0];
  const approved = await t.request({
    method: 'PATCH',
    url: `/api/v1/contributions/${pending.id}`,
    as: coordinator,
    payload: { version: pending.version, status: 'approved' },
  });
  expect(approved.statusCode, approved.body).toBe(200);

  const plan = await post('/api/v1/action-plans', { structureId: paris, title: 'Plan local' });
  const done = await post(`/api/v1/action-plans/${plan.id}/actions`, {
    title: 'Ateliers',
    status: 'done',
    indicators: [{ label: 'Ateliers tenus', target: 10, actual: 5 }],
  });
  await post(`/api/v1/action-plans/${plan.id}/actions`, {
    title: 'Balades',
    deadline: addDays(today, -3),
    indicators: [{ label: 'Balades', target: 4, actual: 6 }],
  });
  await post(`/api/v1/action-plans/${plan.id}/actions/${done.id}/commitments`, { organisationId: a.id, type: 'host' });
});
afterAll(() => t.close());

const tally = (entries: Record<string, number>) => expect.arrayContaining(Object.entries(entries).map(([key, count]) => ({ key, count })));

describe('programme figures', () => {
  it('counts what was entered, by hand', async () => {
    const response = await get(`/api/v1/reports/figures?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.perStructure).toHaveLength(1);
    expect(report.totals).toEqual(report.perStructure[0].figures);
    expect(report.totals).toMatchObject({
      partners: {
        total: 3,
        byStage: tally({ identified: 1, committed: 1, active: 1, durable: 0 }),
        bySector: tally({ cultural: 1, scientific: 1, social: 1, media: 0 }),
        byObjective: tally({ distant_publics: 1, cultural_openness: 1, scientific_openness: 1, political_openness: 0 }),
      },
      // Both engaged partners stand in the 11th arrondissement.
      territory: { communes: 1 },
      // 11 confirmed seats, 10 of them relayed: 10 / 11 = 0.909.
      events: { held: 2, confirmedSeats: 11, checkedInSeats: 1, distantSeats: 10, distantShare: 0.909, exhibitionVisitors: 0 },
      participation: { groups: 1, sessions: 1, participants: 12, contributions: 2, approved: 1 },
      // Indicators: min(5/10, 1) = 0.5 and min(6/4, 1) = 1, mean 0.75.
      actionPlan: { actions: 2, done: 1, inProgress: 0, overdue: 1, commitments: 1, indicatorProgress: 0.75 },
    });
  });

  it('refuses a period that ends before it starts, and another structure', async () => {
    const backwards = await get(`/api/v1/reports/figures?structureId=${paris}&from=${today}&to=${addDays(today, -1)}`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-type']).toContain('application/problem+json');
    expect(backwards.body).toContain('période');
    expect((await get(`/api/v1/reports/funder.pdf?structureId=${paris}&from=${today}&to=${addDays(today, -1)}`)).statusCode).toBe(400);
    expect((await get(`/api/v1/reports/figures?${query}`, outsider)).statusCode).toBe(404);
    expect((await get('/api/v1/reports/figures', outsider)).json().totals.partners.total).toBe(0);
  });
});

describe('funder report files', () => {
  it('writes a valid PDF holding the figures', async () => {
    const response = await get(`/api/v1/reports/funder.pdf?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="bilan-financeurs-.*\.pdf"$/);
    const pdf = readPdf(response.rawPayload);
    expect(pdf.header).toMatch(/^%PDF-1\.\d/);
    expect(pdf.endsWithEof).toBe(true);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.text).toContain('Bilan pour les financeurs');
    expect(pdf.text).toContain('Structure 75');
    expect(pdf.text).toContain('Places confirmées');
    expect(pdf.text).toMatch(/Places confirmées\n11\n/);
    expect(pdf.text).toContain('Débat : la ville à vélo');
    expect(pdf.text).not.toContain('Débat ancien');
    expect(pdf.text).toContain(`Page 1 / ${pdf.pages}`);
  });

  it('writes an XLSX with one sheet per table', async () => {
    const response = await get(`/api/v1/reports/funder.xlsx?${query}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Période',
      'Chiffres clés',
      'Par étape',
      'Par secteur',
      'Par objectif',
      'Par structure',
      'Événements',
    ]);
    const figures = workbook.getWorksheet('Chiffres clés')!;
    const values = new Map<string, unknown>();
    figures.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Places confirmées')).toBe(11);
    expect(values.get('Part des publics éloignés')).toBe('91 %');
    const events = workbook.getWorksheet('Événements')!;
    expect(events.rowCount).toBe(3);
    expect(events.getRow(2).getCell(2).value).toBe('Débat : la ville à vélo');
    expect(events.getRow(3).getCell(2).value).toBe('=SOMME(A1:A9)');
    expect(events.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.String);
  });

  it('writes the open-data CSV of the events held, formulas neutralised', async () => {
    const response = await get(`/api/v1/reports/events-held.csv?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'identifiant;titre;format;debut;fin;seances;structure;lieu;code_postal;commune;code_insee;module_exposition;publics;accessibilite;places_confirmees;presents',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(';Débat : la ville à vélo;Débat;');
    expect(lines[1]).toMatch(/;11;1$/);
    expect(lines[2]).toContain(";'=SOMME(A1:A9);");
  });
});

// Last: it imports the QPV, which the figures above are computed without.
describe('the map of the funder report', () => {
  const pdfText = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, response.body).toBe(200);
    return readPdf(response.rawPayload).text;
  };

  it('shades the 20 arrondissements for a Paris structure, as GET /coverage counts partners, and says QPV are not imported', async () => {
    // The test structures stand in the Val-de-Marne; this one moves to Paris, where its partners are.
    await t.database.db.execute(sql`update structures set departement = '75' where id = ${paris}`);
    const text = await pdfText(`/api/v1/reports/funder.pdf?${query}`);
    // The two committed or active partners stand in the 11th; the identified one is not counted.
    const coverage = (await get(`/api/v1/coverage?structureId=${paris}`)).json();
    const withPartners = coverage.territories.filter(
      (t: { departement: string; partners: number }) => t.departement === '75' && t.partners > 0,
    );
    expect(withPartners).toMatchObject([{ code: '75111', partners: 2 }]);
    expect(text).toContain('Carte des partenaires');
    expect(text).toContain('Paris, par arrondissement');
    expect(text).toContain('Aucun partenaire : 19 arrondissements');
    expect(text).toContain('2 à 4 partenaires : 1 arrondissement');
    expect(text).toContain('1 partenaire : 0 arrondissement');
    expect(text).toContain('Les quartiers prioritaires (QPV) ne sont pas importés');
    expect(text).toMatch(/Arrondissements : Paris Data, ODbL, © Ville de Paris/);
  });

  it('shades the 8 départements for the region, and outlines the QPV once imported', async () => {
    const region = await pdfText(`/api/v1/reports/funder.pdf?from=${addDays(today, -60)}&to=${today}`);
    expect(region).toContain('Île-de-France, par département');
    expect(region).toContain('Aucun partenaire : 7 départements');
    expect(region).toContain('2 à 4 partenaires : 1 département');
    expect(region).toMatch(/Départements : IGN Admin Express/);

    await importQpv(t.database.db, SYSTEM_ACTOR, async () => qpvCollection());
    expect(await pdfText(`/api/v1/reports/funder.pdf?${query}`)).toContain('Quartiers prioritaires (QPV), contour rouge : 1');
    expect(await pdfText(`/api/v1/reports/funder.pdf?from=${today}&to=${today}`)).toContain(
      'Quartiers prioritaires (QPV), contour rouge : 2',
    );
  });
});

describe('the map of the funder report, on the demo data', () => {
  let demo: TestApp;
  let as: string;
  const CLASSES: [number, number, string][] = [
    [0, 0, 'Aucun partenaire'],
    [1, 1, '1 partenaire'],
    [2, 4, '2 à 4 partenaires'],
    [5, 9, '5 à 9 partenaires'],
    [10, 24, '10 à 24 partenaires'],
    [25, Number.POSITIVE_INFINITY, '25 partenaires ou plus'],
  ];
  /** The legend lines expected from GET /coverage's counts, one per class. */
  const legend = (counts: number[], one: string, many: string) =>
    CLASSES.map(([low, high, label]) => {
      const n = counts.filter((c) => c >= low && c <= high).length;
      return `${label} : ${n} ${n > 1 ? many : one}`;
    });
  const pdf = async (query: string) => {
    const response = await demo.request({ method: 'GET', url: `/api/v1/reports/funder.pdf?${query}`, as });
    expect(response.statusCode, response.body).toBe(200);
    return readPdf(response.rawPayload).text;
  };

  beforeAll(async () => {
    demo = await createTestApp({ demo: true });
    as = await demo.signIn('coordination@test.localhost');
  });
  afterAll(() => demo.close());

  it('shades Paris by arrondissement and the region by département, as GET /coverage counts their partners', async () => {
    const structures = (await demo.request({ method: 'GET', url: '/api/v1/structures', as })).json().items as {
      id: string;
      departement: string | null;
    }[];
    const parisId = structures.find((s) => s.departement === '75')!.id;
    const paris = (await demo.request({ method: 'GET', url: `/api/v1/coverage?structureId=${parisId}`, as })).json();
    const arrondissements = paris.territories.filter((t: { departement: string }) => t.departement === '75');
    expect(arrondissements).toHaveLength(20);
    const parisText = await pdf(`structureId=${parisId}`);
    expect(parisText).toContain('Paris, par arrondissement');
    for (const line of legend(
      arrondissements.map((t: { partners: number }) => t.partners),
      'arrondissement',
      'arrondissements',
    )) {
      expect(parisText).toContain(line);
    }
    expect(parisText).toContain('Arrondissements : Paris Data, ODbL, © Ville de Paris');

    const region = (await demo.request({ method: 'GET', url: '/api/v1/coverage', as })).json();
    const byDepartement = ['75', '77', '78', '91', '92', '93', '94', '95'].map((code) =>
      region.territories
        .filter((t: { departement: string }) => t.departement === code)
        .reduce((sum: number, t: { partners: number }) => sum + t.partners, 0),
    );
    expect(byDepartement.some((n) => n > 0)).toBe(true);
    const regionText = await pdf('');
    expect(regionText).toContain('Île-de-France, par département');
    for (const line of legend(byDepartement, 'département', 'départements')) expect(regionText).toContain(line);
    expect(regionText).toContain('Les quartiers prioritaires (QPV) ne sont pas importés');
  });
});
