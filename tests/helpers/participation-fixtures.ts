import QRCode from 'qrcode';
import { exhibitionModules, exhibitionStops, exhibitions } from '../../src/server/db/schema/index.ts';
import type { TestApp } from './test-app.ts';

/** An exhibition with two modules and a stop in the structure, written straight to the database. */
export async function exhibitionWithStop(t: TestApp, structureId: string) {
  const db = t.database.db;
  const [exhibition] = await db.insert(exhibitions).values({ title: 'Mobilités', theme: 'mobilités' }).returning();
  const modules = await db
    .insert(exhibitionModules)
    .values([
      { exhibitionId: exhibition!.id, position: 1, title: 'Se déplacer en ville' },
      { exhibitionId: exhibition!.id, position: 2, title: 'Demain, quels trajets ?' },
    ])
    .returning();
  const [stop] = await db
    .insert(exhibitionStops)
    .values({
      exhibitionId: exhibition!.id,
      structureId,
      departement: '94',
      installFrom: '2027-01-04',
      opensOn: '2027-01-06',
      closesOn: '2027-02-20',
      removalUntil: '2027-02-22',
    })
    .returning();
  return { modules: modules.map((m) => m.id), stopId: stop!.id };
}

/** A real PNG image (a QR code), as a phone would send a small photo. */
export const pngPhoto = (): Promise<Buffer> => QRCode.toBuffer('https://maillage.localhost/photo');

/** A multipart/form-data body of text fields and, optionally, a photo. */
export async function contributionForm(fields: Record<string, string>, photo?: { name: string; bytes: Uint8Array }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (photo) form.append('photo', new Blob([photo.bytes as BlobPart]), photo.name);
  const request = new Request('http://upload.localhost', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}
