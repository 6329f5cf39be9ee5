import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact, newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let member: string;
let manager: string;
let observer: string;

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  member = (await t.userWithRole('member', paris.id)).cookie;
  manager = (await t.userWithRole('manager', paris.id)).cookie;
  observer = (await t.userWithRole('observer', paris.id)).cookie;
});
afterAll(() => t.close());

const post = (as: string | undefined, payload: object, query = '') =>
  t.request({ method: 'POST', url: `/api/v1/contacts${query}`, as, payload });

describe('contacts', () => {
  it('lets a member record a person with their consent, which an observer reads', async () => {
    const created = await post(member, {
      firstName: 'Hélène',
      lastName: 'Garnier',
      emails: ['Helene.Garnier@Example.org'],
      phones: ['+33 1 23 45 67 89'],
      language: 'fr',
      consent: { legalBasis: 'legitimate_interest', date: '2026-10-01', optOuts: { phone: true } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const read = await t.request({ method: 'GET', url: `/api/v1/contacts/${created.json().id}`, as: observer });
    expect(read.json()).toMatchObject({
      emails: ['helene.garnier@example.org'],
      consent: { legalBasis: 'legitimate_interest', date: '2026-10-01', optOuts: { email: false, phone: true, post: false } },
      version: 1,
    });
  });

  it('rejects a malformed e-mail, phone, language or legal basis with 400', async () => {
    for (const fields of [
      { emails: ['pas-une-adresse'] },
      { phones: ['appelez-moi'] },
      { language: 'de' },
      { consent: { legalBasis: 'because' } },
      { consent: { optOuts: { fax: true } } },
    ]) {
      expect((await post(member, { lastName: 'Invalide', ...fields })).statusCode, JSON.stringify(fields)).toBe(400);
    }
  });

  it('refuses an observer with 403 and a signed-out request with 401', async () => {
    expect((await post(observer, { lastName: 'Refusé' })).statusCode).toBe(403);
    expect((await post(undefined, { lastName: 'Refusé' })).statusCode).toBe(401);
  });

  it('refuses an e-mail another contact holds with 409 naming them, unless forced', async () => {
    await newContact(t, member, { firstName: 'Awa', lastName: 'Diallo', emails: ['awa@example.org'] });
    const refused = await post(member, { lastName: 'Diallo', emails: ['AWA@example.org'] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Awa Diallo');
    expect(refused.json().current.duplicates[0]).toMatchObject({ contact: { lastName: 'Diallo' }, reasons: ['email'] });
    expect((await post(member, { lastName: 'Diallo', emails: ['awa@example.org'] }, '?force=true')).statusCode).toBe(201);
  });

  it('checks for duplicates by e-mail and by name, accents and case aside', async () => {
    await newContact(t, member, { firstName: 'Joëlle', lastName: 'Lefèvre', emails: ['joelle@asso.example'] });
    const check = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/duplicates-check',
      as: observer,
      payload: { firstName: 'joelle', lastName: 'LEFEVRE' },
    });
    expect(check.statusCode).toBe(200);
    expect(check.json().items).toEqual([expect.objectContaining({ reasons: ['name'] })]);
    const byEmail = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/duplicates-check',
      as: observer,
      payload: { emails: ['joelle@asso.example'], firstName: 'Joëlle', lastName: 'Lefèvre' },
    });
    expect(byEmail.json().items[0].reasons).toEqual(['email', 'name']);
  });

  it('changes one opt-out without touching the rest, and refuses a stale version with 409', async () => {
    const person = await newContact(t, member, { consent: { legalBasis: 'consent', date: '2026-01-05' } });
    const url = `/api/v1/contacts/${person.id}`;
    const changed = await t.request({ method: 'PATCH', url, as: member, payload: { version: 1, consent: { optOuts: { email: true } } } });
    expect(changed.json().consent).toEqual({
      legalBasis: 'consent',
      date: '2026-01-05',
      optOuts: { email: true, phone: false, post: false },
    });
    const stale = await t.request({ method: 'PATCH', url, as: member, payload: { version: 1, notes: 'trop tard' } });
    expect(stale.statusCode).toBe(409);
  });

  it('finds people by name without accents or with a typo, and pages the list', async () => {
    const names = async (q: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/contacts?q=${encodeURIComponent(q)}`, as: observer }))
        .json()
        .items.map((c: { lastName: string }) => c.lastName);
    expect(await names('helene')).toEqual(['Garnier']);
    expect(await names('Garnir')).toEqual(['Garnier']);
    const page = await t.request({ method: 'GET', url: '/api/v1/contacts?pageSize=1&sort=-lastName', as: observer });
    expect(page.json()).toMatchObject({ page: 1, pageSize: 1, items: [expect.any(Object)] });
    expect(page.json().total).toBeGreaterThan(2);
  });

  it('lets a manager, not a member, delete a contact to the trash and restore it', async () => {
    const person = await newContact(t, member, { firstName: 'Louis', lastName: 'Perrin' });
    const url = `/api/v1/contacts/${person.id}`;
    expect((await t.request({ method: 'DELETE', url, as: member })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: manager })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: observer })).statusCode).toBe(404);
    const trash = await t.request({ method: 'GET', url: '/api/v1/trash', as: manager });
    expect(trash.json().items).toContainEqual(expect.objectContaining({ entityType: 'contact', label: 'Louis Perrin' }));
    expect((await t.request({ method: 'POST', url: `/api/v1/trash/contact/${person.id}/restore`, as: manager })).statusCode).toBe(200);
  });
});

describe('affiliations', () => {
  it('keeps the history of a person who changes jobs', async () => {
    const person = await newContact(t, member, { firstName: 'Nadia', lastName: 'Benali' });
    const library = await newOrganisation(t, member, { name: 'Médiathèque Marguerite Duras' });
    const centre = await newOrganisation(t, member, { name: 'Centre social Les Envierges' });
    const url = `/api/v1/contacts/${person.id}/affiliations`;
    const first = await t.request({
      method: 'POST',
      url,
      as: member,
      payload: { organisationId: library.id, role: 'Médiatrice', startOn: '2021-09-01', primary: true },
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ organisation: { name: 'Médiathèque Marguerite Duras' }, primary: true, current: true });

    const ended = await t.request({
      method: 'PATCH',
      url: `${url}/${first.json().id}`,
      as: member,
      payload: { version: 1, endOn: '2026-06-30' },
    });
    expect(ended.json()).toMatchObject({ endOn: '2026-06-30', current: false });
    const second = await t.request({
      method: 'POST',
      url,
      as: member,
      payload: { organisationId: centre.id, role: 'Coordinatrice', startOn: '2026-07-01', primary: true },
    });
    expect(second.statusCode).toBe(201);

    const list = (await t.request({ method: 'GET', url, as: observer })).json().items;
    expect(list.map((a: { role: string; primary: boolean; current: boolean }) => [a.role, a.primary, a.current])).toEqual([
      ['Coordinatrice', true, true],
      ['Médiatrice', false, false],
    ]);
    const formerStaff = await t.request({ method: 'GET', url: `/api/v1/contacts?organisationId=${library.id}`, as: observer });
    expect(formerStaff.json().items.map((c: { id: string }) => c.id)).toEqual([person.id]);
  });

  it('refuses an end before the start with 400, an unknown organisation with 404 and an observer with 403', async () => {
    const person = await newContact(t, member);
    const org = await newOrganisation(t, member);
    const url = `/api/v1/contacts/${person.id}/affiliations`;
    const backwards = await t.request({
      method: 'POST',
      url,
      as: member,
      payload: { organisationId: org.id, startOn: '2026-05-01', endOn: '2026-04-01' },
    });
    expect(backwards.statusCode).toBe(400);
    const unknown = await t.request({
      method: 'POST',
      url,
      as: member,
      payload: { organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url, as: observer, payload: { organisationId: org.id } })).statusCode).toBe(403);
  });

  it('removes an affiliation, recorded in its history', async () => {
    const person = await newContact(t, member);
    const org = await newOrganisation(t, member);
    const url = `/api/v1/contacts/${person.id}/affiliations`;
    const link = (await t.request({ method: 'POST', url, as: member, payload: { organisationId: org.id } })).json();
    expect((await t.request({ method: 'DELETE', url: `${url}/${link.id}`, as: member })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: observer })).json().items).toEqual([]);
    const history = await t.request({ method: 'GET', url: `/api/v1/history/affiliation/${link.id}`, as: observer });
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
  });
});
