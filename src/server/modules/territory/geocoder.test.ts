import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { createGeocoder } from './geocoder.ts';

/** A local stand-in for the Géoplateforme, answering in its real formats; "lent" makes it slower than the timeout. */
let server: Server;
const asked: string[] = [];
const feature = (lon: number, lat: number, label: string, citycode: string, postcode: string, score = 0.97) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {
    label,
    score,
    housenumber: '1',
    id: `${citycode}_x_00001`,
    type: 'housenumber',
    name: label,
    postcode,
    citycode,
    x: 0,
    y: 0,
    city: 'Montreuil',
    context: '93, Seine-Saint-Denis, Île-de-France',
    importance: 0.7,
    street: 'Rue',
    _type: 'address',
  },
});

function geoplateforme(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) {
  const url = new URL(request.url!, 'http://localhost');
  asked.push(`${request.method} ${url.pathname}`);
  if (url.pathname === '/geocodage/search') {
    const q = url.searchParams.get('q') ?? '';
    const features = q.includes('introuvable') ? [] : [feature(2.4411, 48.8614, '1 Place Jean Jaurès 93100 Montreuil', '93048', '93100')];
    const answer = () =>
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ type: 'FeatureCollection', features, query: q }));
    if (q.includes('lent')) setTimeout(answer, 3_000);
    else answer();
    return;
  }
  if (url.pathname === '/geocodage/search/csv' && request.method === 'POST') {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const start = body.indexOf('id,adresse');
      const csv = body.slice(start, body.indexOf('\r\n------', start));
      // The fields name the columns to search on, as the real endpoint reads them.
      expect(body).toContain('name="columns"\r\n\r\nadresse');
      const [header, ...lines] = csv.trim().split('\n');
      const out = lines.map((line) =>
        line.includes('introuvable')
          ? `${line},,,,,,,,`
          : `${line},48.8614,2.4411,"1 Place Jean Jaurès 93100 Montreuil",0.96,housenumber,93048,93100,ok`,
      );
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end(
        [`${header},latitude,longitude,result_label,result_score,result_type,result_citycode,result_postcode,result_status`, ...out].join(
          '\n',
        ),
      );
    });
    return;
  }
  response.writeHead(404).end();
}

let t: TestApp;
let coordinator: string;

beforeAll(async () => {
  server = createServer(geoplateforme);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t = await createTestApp({ geocoderUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  coordinator = await t.signIn('coordination@test.localhost');
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

const place = async (id: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/territory/organisations/${id}`, as: coordinator })).json();

describe('geocoding organisations', () => {
  it('geocodes an address without coordinates, and asks the geocoder once per address', async () => {
    const before = asked.length;
    const first = await newOrganisation(t, coordinator, { address: '1 place Jean Jaurès', postcode: '93100', city: 'Montreuil' });
    expect(first).toMatchObject({ latitude: 48.8614, longitude: 2.4411, inseeCode: '93048' });
    expect(await place(first.id)).toMatchObject({ precision: 'address', territoryName: 'Montreuil', departement: '93' });
    await newOrganisation(t, coordinator, { address: '1  Place Jean Jaurès', postcode: '93100', city: 'MONTREUIL' });
    expect(asked.length - before).toBe(1);
  });

  it('falls back to the commune centroid, flagged approximate, when the address is unknown', async () => {
    const org = await newOrganisation(t, coordinator, { address: '99 rue introuvable', postcode: '93100', city: 'Montreuil' });
    expect(await place(org.id)).toMatchObject({ precision: 'approximate', inseeCode: '93048' });
    const cached = await t.database.db.execute(sql`select latitude from geocode_cache where query like '99 rue introuvable%'`);
    expect((cached as unknown as { rows: unknown[] }).rows).toEqual([{ latitude: null }]);
  });

  it('does not hold the request on a slow geocoder: the centroid is used within the timeout', async () => {
    const started = Date.now();
    const org = await newOrganisation(t, coordinator, { address: '3 allée lente', postcode: '75020' });
    expect(Date.now() - started).toBeLessThan(2_900);
    expect(await place(org.id)).toMatchObject({ precision: 'approximate', inseeCode: '75120', territoryKind: 'arrondissement' });
  });

  it('keeps coordinates a person gives, and geocodes again when a geocoded address changes', async () => {
    const given = await newOrganisation(t, coordinator, {
      address: '1 place Jean Jaurès',
      postcode: '93100',
      latitude: 48.85,
      longitude: 2.43,
    });
    expect(await place(given.id)).toMatchObject({ precision: 'point' });
    const approximate = await newOrganisation(t, coordinator, { address: '99 rue introuvable', postcode: '93100' });
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${approximate.id}`,
      as: coordinator,
      payload: { version: 1, address: '1 place Jean Jaurès' },
    });
    expect(moved.json()).toMatchObject({ latitude: 48.8614, longitude: 2.4411 });
    expect(await place(approximate.id)).toMatchObject({ precision: 'address' });
  });

  it('geocodes many addresses through the bulk CSV endpoint, using the cache for known ones', async () => {
    const geocoder = createGeocoder(t.database.db, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const before = asked.filter((a) => a.endsWith('/csv')).length;
    const results = await geocoder.geocodeMany([
      { address: '5 rue de Paris', postcode: '93100' },
      { address: '7 rue "introuvable"', postcode: '93100' },
      { address: '5 rue de Paris', postcode: '93100' },
    ]);
    expect(results.map((r) => r?.citycode ?? null)).toEqual(['93048', null, '93048']);
    expect(results[0]).toMatchObject({ latitude: 48.8614, longitude: 2.4411, score: 0.96 });
    await geocoder.geocodeMany([{ address: '5 rue de Paris', postcode: '93100' }]);
    expect(asked.filter((a) => a.endsWith('/csv')).length - before).toBe(1);
  });
});
