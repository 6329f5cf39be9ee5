import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRelayPartner,
  cancelTokenIn,
  group,
  lastMailTo,
  newRegistrableSlot,
  person,
  register,
} from '../../../../tests/helpers/registration-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { registrations } from '../../db/schema/index.ts';
import { cancelToken } from './cancel-token.ts';

let t: TestApp;
let structureId: string;

beforeAll(async () => {
  t = await createTestApp({ registrationLimitPerMinute: 10_000 });
  structureId = (await t.createStructure('75')).id;
});
afterAll(() => t.close());

async function registrationCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(registrations);
  return row!.n;
}

describe('public registration', () => {
  it('confirms while seats remain, then puts people on the waiting list in arrival order', async () => {
    const { slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 3 } });
    const first = await register(t, slot.id, person('Alice Martin'));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'confirmed', headcount: 1, waitlistPosition: null });
    expect((await register(t, slot.id, group('Durand', 2))).json()).toMatchObject({ status: 'confirmed', headcount: 2 });
    expect((await register(t, slot.id, person('Bruno'))).json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await register(t, slot.id, person('Chloé'))).json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    const stored = await t.database.db.select().from(registrations).where(eq(registrations.slotId, slot.id));
    expect(stored.find((r) => r.name === 'Alice Martin')?.consentAt).toBeInstanceOf(Date);
  });

  it('refuses bad answers with a problem naming the field, writing nothing', async () => {
    const { slot } = await newRegistrableSlot(t, structureId);
    const before = await registrationCount();
    for (const [payload, field] of [
      [person('Sans consentement', { consent: false }), 'body.consent'],
      [{ ...person('Oubli'), consent: undefined }, 'body.consent'],
      [person('Zéro', { headcount: 0 }), 'body.headcount'],
      [group('Immense', 61), 'body.headcount'],
      [person('Seule à deux', { headcount: 2 }), 'body.headcount'],
      [person('Groupe sans nom', { kind: 'association', headcount: 5 }), 'body.groupName'],
      [person('Robot', { website: 'http://spam.example' }), 'body.website'],
      [person('Code inconnu', { relayCode: 'NOPE' }), 'body.relayCode'],
      [person('Mauvais code postal', { postcode: '750' }), 'body.postcode'],
    ] as const) {
      const response = await register(t, slot.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expect(await registrationCount()).toBe(before);
  });

  it('refuses slots that are not open to registration, with a sentence saying why', async () => {
    const past = new Date(Date.now() - 3600_000);
    const cases = [
      [{ event: { status: 'planned' } }, 404, 'introuvable'],
      [{ event: { registrationMode: 'external', registrationUrl: 'https://billetterie.example' } }, 409, 'ne se font pas ici'],
      [{ event: { registrationMode: 'none' } }, 409, 'ne se font pas ici'],
      [{ event: { status: 'cancelled' } }, 409, 'annulé'],
      [{ event: { status: 'postponed' } }, 409, 'reporté'],
      [{ slot: { startsAt: past, endsAt: new Date() } }, 409, 'passé'],
    ] as const;
    const before = await registrationCount();
    for (const [fields, status, words] of cases) {
      const { slot } = await newRegistrableSlot(t, structureId, fields as never);
      const response = await register(t, slot.id, person('Refusée'));
      expect(response.statusCode, JSON.stringify(fields)).toBe(status);
      expect(response.json().detail).toContain(words);
    }
    expect((await register(t, crypto.randomUUID(), person('Nulle part'))).statusCode).toBe(404);
    expect(await registrationCount()).toBe(before);
  });

  it('records how the registrant heard of it through a relay partner’s code', async () => {
    const { event, slot } = await newRegistrableSlot(t, structureId);
    const relay = await addRelayPartner(t, event.id, 'CENTRE-SOCIAL-20');
    const response = await register(t, slot.id, person('Par le relais', { relayCode: 'centre-social-20', postcode: '75020' }));
    expect(response.statusCode, response.body).toBe(201);
    const [row] = await t.database.db.select().from(registrations).where(eq(registrations.id, response.json().id));
    expect(row).toMatchObject({
      channel: 'relay_partner',
      relayOrganisationId: relay.id,
      relayCode: 'CENTRE-SOCIAL-20',
      postcode: '75020',
    });
  });

  it('limits registrations per address and minute', async () => {
    const limited = await createTestApp({ registrationLimitPerMinute: 2 });
    try {
      const structure = await limited.createStructure('93');
      const { slot } = await newRegistrableSlot(limited, structure.id);
      expect((await register(limited, slot.id, person('Un'))).statusCode).toBe(201);
      expect((await register(limited, slot.id, person('Deux'))).statusCode).toBe(201);
      const third = await register(limited, slot.id, person('Trois'));
      expect(third.statusCode).toBe(429);
      expect(third.headers['content-type']).toContain('application/problem+json');
    } finally {
      await limited.close();
    }
  });
});

describe('cancelling with the signed link', () => {
  it('shows, then cancels, and gives the seats to the first waiting registrations that fit', async () => {
    const { slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 4 } });
    const alice = person('Annulante', { headcount: 1, kind: 'other', groupName: 'Famille Annulante' });
    await register(t, slot.id, { ...alice, headcount: 2 });
    await register(t, slot.id, group('Reste', 2));
    const big = (await register(t, slot.id, group('Trop grande', 3))).json();
    const small = (await register(t, slot.id, person('Petite'))).json();
    const smaller = (await register(t, slot.id, person('Suivante'))).json();
    expect([big.status, small.status, smaller.status]).toEqual(['waitlisted', 'waitlisted', 'waitlisted']);

    const token = cancelTokenIn((await lastMailTo(t, alice.email))!.text);
    const preview = await t.request({ method: 'GET', url: `/api/v1/public/registrations/cancel?token=${encodeURIComponent(token)}` });
    expect(preview.json()).toMatchObject({ name: 'Annulante', headcount: 2, status: 'confirmed' });
    const cancelled = await t.request({ method: 'POST', url: '/api/v1/public/registrations/cancel', payload: { token } });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');

    const rows = await t.database.db.select().from(registrations).where(eq(registrations.slotId, slot.id));
    const statusOf = (id: string) => rows.find((r) => r.id === id)?.status;
    // Two seats freed: the group of 3 does not fit and keeps its place; the two people behind it get the seats.
    expect([statusOf(big.id), statusOf(small.id), statusOf(smaller.id)]).toEqual(['waitlisted', 'confirmed', 'confirmed']);
    expect((await lastMailTo(t, person('Petite').email))!.subject).toContain('Place confirmée');
    expect((await lastMailTo(t, alice.email))!.subject).toContain('Inscription annulée');

    const again = await t.request({ method: 'POST', url: '/api/v1/public/registrations/cancel', payload: { token } });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a forged or expired link, changing nothing', async () => {
    const { slot } = await newRegistrableSlot(t, structureId);
    const booked = (await register(t, slot.id, person('Prudente'))).json();
    const token = cancelTokenIn((await lastMailTo(t, person('Prudente').email))!.text);
    const forged = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const otherId = token.replace(booked.id, crypto.randomUUID());
    const expired = cancelToken(t.config.secret, booked.id, new Date(Date.now() - 1000));
    const wrongSecret = cancelToken('un-autre-secret-de-trente-deux-caracteres', booked.id, slot.startsAt);
    for (const [bad, words] of [
      [forged, 'pas valide'],
      [otherId, 'pas valide'],
      [wrongSecret, 'pas valide'],
      ['pas.un.jeton-du-tout', 'pas valide'],
      [expired, 'expiré'],
    ]) {
      const response = await t.request({ method: 'POST', url: '/api/v1/public/registrations/cancel', payload: { token: bad } });
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().detail).toContain(words);
    }
    const [row] = await t.database.db.select().from(registrations).where(eq(registrations.id, booked.id));
    expect(row!.status).toBe('confirmed');
  });
});
