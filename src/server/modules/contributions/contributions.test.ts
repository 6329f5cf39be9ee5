import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contributionForm, exhibitionWithStop, pngPhoto } from '../../../../tests/helpers/participation-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let paris: string;
let member: string;
let observer: string;
let outsider: string;
let group: { id: string; formToken: string };
let modules: string[];
let stopId: string;

const LIMIT = 30;

beforeAll(async () => {
  t = await createTestApp({ contributionLimit: LIMIT });
  paris = (await t.createStructure('75')).id;
  member = (await t.userWithRole('member', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = (await t.userWithRole('member', (await t.createStructure('93')).id)).cookie;
  ({ modules, stopId } = await exhibitionWithStop(t, paris));
  group = (
    await t.request({ method: 'POST', url: '/api/v1/groups', as: member, payload: { structureId: paris, name: 'Groupe Belleville' } })
  ).json();
});
afterAll(() => t.close());

const formUrl = () => `/api/v1/public/groups/${group.formToken}/contributions`;
/** Signed out, as a citizen's phone; each call from its own address unless told. */
let address = 0;
const contribute = (payload: object, ip = `198.51.100.${++address % 250}`) =>
  t.request({ method: 'POST', url: formUrl(), payload, remoteAddress: ip });
const contributeMultipart = async (fields: Record<string, string>, photo?: { name: string; bytes: Uint8Array }) =>
  t.request({ method: 'POST', url: formUrl(), remoteAddress: `203.0.113.${++address % 250}`, ...(await contributionForm(fields, photo)) });
const testimony = {
  kind: 'testimony',
  text: 'Je prends le bus 26 tous les matins.',
  authorName: 'Awa',
  ageBracket: '30_59',
  consent: true,
};

async function stored(): Promise<number> {
  const result = await t.database.db.execute(sql`select count(*)::int as n from contributions`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}
const moderate = (id: string, payload: object, as = member) =>
  t.request({ method: 'PATCH', url: `/api/v1/contributions/${id}`, as, payload });
const pending = async () =>
  (await t.request({ method: 'GET', url: `/api/v1/contributions?structureId=${paris}&status=pending&pageSize=100`, as: observer })).json()
    .items as {
    id: string;
    text: string;
    version: number;
  }[];
const wall = () => t.request({ method: 'GET', url: `/api/v1/public/walls/${stopId}` });

describe('the public form', () => {
  it('shows the group and the modules, signed out; an unknown link is 404', async () => {
    const form = await t.request({ method: 'GET', url: `/api/v1/public/groups/${group.formToken}` });
    expect(form.json()).toEqual({
      name: 'Groupe Belleville',
      structureName: 'Structure 75',
      modules: [
        { id: modules[0], title: 'Se déplacer en ville' },
        { id: modules[1], title: 'Demain, quels trajets ?' },
      ],
    });
    expect((await t.request({ method: 'GET', url: '/api/v1/public/groups/AAAAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/public/groups/AAAAAAAAAAAAAAAAAAAAAAAA/contributions', payload: testimony }))
        .statusCode,
    ).toBe(404);
  });

  it('gives the journey map its background signed out: the communes of the structure’s département, no tiles unless configured', async () => {
    const response = await t.request({ method: 'GET', url: `/api/v1/public/groups/${group.formToken}/journey-map` });
    expect(response.statusCode, response.body).toBe(200);
    const map = response.json();
    expect(map).toMatchObject({ tileUrl: null, tileAttribution: null, outlines: { type: 'FeatureCollection' } });
    // The test structures stand in the Val-de-Marne: its 47 communes, each with its outline.
    const codes = new Set(map.outlines.features.map((f: { properties: { code: string } }) => f.properties.code));
    expect(codes.size).toBe(47);
    expect([...codes].every((code) => String(code).startsWith('94'))).toBe(true);
    expect(map.outlines.features[0].geometry.type).toMatch(/Polygon/);
    const unknown = await t.request({ method: 'GET', url: `/api/v1/public/groups/${'x'.repeat(20)}/journey-map` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });

  it('receives a testimony as pending, for the moderators only', async () => {
    const before = await stored();
    const sent = await contribute({ ...testimony, moduleId: modules[0] });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toEqual({ received: true, status: 'pending' });
    expect(await stored()).toBe(before + 1);
    expect((await pending()).map((c) => c.text)).toContain(testimony.text);
    expect((await wall()).json().items).toEqual([]);
  });

  it('refuses without consent, a bot’s honeypot, a minor without a parent’s consent, a journey out of Île-de-France: nothing stored', async () => {
    const before = await stored();
    const cases: [object, number, string][] = [
      [{ ...testimony, consent: false }, 400, 'body.consent'],
      [{ ...testimony, consent: undefined }, 400, 'body.consent'],
      [{ ...testimony, website: 'http://spam.example' }, 400, ''],
      [{ ...testimony, ageBracket: '15_17' }, 400, 'body.parentalConsent'],
      [{ ...testimony, text: '' }, 400, 'body.text'],
      [
        {
          ...testimony,
          journey: {
            type: 'LineString',
            coordinates: [
              [2.35, 48.85],
              [5.37, 43.3],
            ],
          },
        },
        400,
        'body.journey.coordinates.1',
      ],
      [{ ...testimony, moduleId: crypto.randomUUID() }, 400, 'body.moduleId'],
      [{ ...testimony, kind: 'photo' }, 400, 'body.photo'],
    ];
    for (const [payload, status, path] of cases) {
      const response = await contribute(payload);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      if (path) expect(response.json().errors[0].path).toBe(path);
    }
    expect(await stored()).toBe(before);
  });

  it('flags a minor whose parent consented, and keeps a journey drawn in Paris', async () => {
    const journey = {
      type: 'LineString',
      coordinates: [
        [2.38, 48.87],
        [2.36, 48.86],
        [2.35, 48.85],
      ],
    };
    const sent = await contribute({
      ...testimony,
      kind: 'proposal',
      text: 'Une piste cyclable rue de Belleville',
      ageBracket: 'under_15',
      parentalConsent: true,
      journey,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const mine = (await t.request({ method: 'GET', url: `/api/v1/contributions?groupId=${group.id}&pageSize=100`, as: observer })).json()
      .items;
    expect(mine.find((c: { kind: string }) => c.kind === 'proposal')).toMatchObject({ minor: true, parentalConsent: true, journey });
  });

  it('takes a real photo with image rights, refuses a file that is not an image, a photo too large or without rights', async () => {
    const png = await pngPhoto();
    const fields = { kind: 'photo', text: 'Le quai à 8 h', authorName: 'Léo', ageBracket: '18_29', consent: 'true', imageRights: 'true' };
    const before = await stored();
    const fake = await contributeMultipart(fields, {
      name: 'photo.jpg',
      bytes: new TextEncoder().encode('MZ\x90\x00 not a picture at all'),
    });
    expect(fake.statusCode, fake.body).toBe(415);
    expect(fake.json().detail).toContain('JPEG, PNG ou WebP');
    const huge = new Uint8Array(5 * 1024 * 1024 + 10);
    huge.set(png.subarray(0, 16));
    const tooLarge = await contributeMultipart(fields, { name: 'grande.png', bytes: huge });
    expect(tooLarge.statusCode, tooLarge.body).toBe(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    const noRights = await contributeMultipart({ ...fields, imageRights: 'false' }, { name: 'quai.png', bytes: png });
    expect(noRights.json().errors[0].path).toBe('body.imageRights');
    expect(await stored()).toBe(before);
    const sent = await contributeMultipart(fields, { name: 'quai.png', bytes: png });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(await stored()).toBe(before + 1);
  });

  it('limits the submissions per address with a clear 429, and counts nothing more', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < LIMIT; i++) expect((await contribute({ ...testimony, consent: false }, ip)).statusCode).toBe(400);
    const before = await stored();
    const limited = await contribute(testimony, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().detail).toMatch(/réessayez dans \d+ minute/);
    expect(await stored()).toBe(before);
    expect((await contribute(testimony, '192.0.2.78')).statusCode).toBe(201);
  });
});

describe('moderation and the wall', () => {
  it('never shows anything unapproved signed out: wall, photo, staff API', async () => {
    const photoItem = (await t.request({ method: 'GET', url: `/api/v1/contributions?groupId=${group.id}&pageSize=100`, as: observer }))
      .json()
      .items.find((c: { hasPhoto: boolean }) => c.hasPhoto);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/contributions/${photoItem.id}/photo` })).statusCode).toBe(404);
    const staff = await t.request({ method: 'GET', url: `/api/v1/contributions/${photoItem.id}/photo`, as: observer });
    expect(staff.statusCode).toBe(200);
    expect(staff.headers['content-type']).toBe('image/png');
    for (const url of ['/api/v1/contributions', `/api/v1/contributions/${photoItem.id}`, `/api/v1/contributions/${photoItem.id}/photo`]) {
      expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    }
    expect((await t.request({ method: 'GET', url: `/api/v1/contributions/${photoItem.id}`, as: outsider })).statusCode).toBe(404);
    // Selected but not approved is impossible; approved but not selected stays off the wall.
    expect((await moderate(photoItem.id, { version: photoItem.version, selected: true })).statusCode).toBe(400);
    const approved = await moderate(photoItem.id, { version: photoItem.version, status: 'approved' });
    expect(approved.json()).toMatchObject({ status: 'approved', selected: false, moderatedAt: expect.any(String) });
    expect((await wall()).json().items).toEqual([]);
    const publicPhoto = await t.request({ method: 'GET', url: `/api/v1/public/contributions/${photoItem.id}/photo` });
    expect(publicPhoto.statusCode).toBe(200);
    expect(publicPhoto.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });

  it('rejects with a reason, edits keeping the original, selects for the wall, and unlists on un-approval', async () => {
    const [first, second] = await pending();
    expect((await moderate(first!.id, { version: first!.version, status: 'rejected' })).statusCode).toBe(400);
    expect(
      (await moderate(first!.id, { version: first!.version, status: 'rejected', rejectionReason: 'Hors sujet' }, observer)).statusCode,
    ).toBe(403);
    const rejected = await moderate(first!.id, { version: first!.version, status: 'rejected', rejectionReason: 'Hors sujet' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Hors sujet', selected: false });

    const edited = await moderate(second!.id, { version: second!.version, text: 'Le bus 26, tous les matins.', moduleId: modules[1] });
    expect(edited.json()).toMatchObject({ text: 'Le bus 26, tous les matins.', originalText: second!.text, moduleId: modules[1] });
    const shown = await moderate(second!.id, { version: edited.json().version, status: 'approved', selected: true });
    expect(shown.statusCode, shown.body).toBe(200);
    expect((await moderate(second!.id, { version: edited.json().version, selected: false })).statusCode).toBe(409);

    const onWall = await wall();
    expect(onWall.statusCode).toBe(200);
    expect(onWall.json()).toMatchObject({
      stop: { id: stopId, structureName: 'Structure 75' },
      items: [
        { id: second!.id, text: 'Le bus 26, tous les matins.', groupName: 'Groupe Belleville', moduleTitle: 'Demain, quels trajets ?' },
      ],
    });
    expect(JSON.stringify(onWall.json())).not.toContain(second!.text);
    const etag = onWall.headers.etag as string;
    expect((await t.request({ method: 'GET', url: `/api/v1/public/walls/${stopId}`, headers: { 'if-none-match': etag } })).statusCode).toBe(
      304,
    );

    const history = (await t.request({ method: 'GET', url: `/api/v1/history/contribution/${second!.id}`, as: observer })).json();
    expect(history.items.some((e: { changes: { field: string }[] }) => e.changes.some((c) => c.field === 'text'))).toBe(true);

    await moderate(second!.id, { version: shown.json().version, status: 'pending' });
    const after = await t.request({ method: 'GET', url: `/api/v1/public/walls/${stopId}`, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.json().items).toEqual([]);
  });

  it('answers 404 for an unknown stop and 4xx for a malformed one', async () => {
    expect((await t.request({ method: 'GET', url: `/api/v1/public/walls/${crypto.randomUUID()}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/v1/public/walls/pas-un-id' })).statusCode).toBe(400);
  });
});
