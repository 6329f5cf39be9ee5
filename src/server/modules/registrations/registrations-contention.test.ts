import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRegistrableSlot, person, register } from '../../../../tests/helpers/registration-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { registrations } from '../../db/schema/index.ts';

/** Runs on PGlite, and on PostgreSQL with MAILLAGE_TEST_DATABASE_URL (a pool of connections racing for the slot's lock). */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ registrationLimitPerMinute: 10_000 });
}, 180_000);
afterAll(() => t.close());

describe('registrations racing for the last seats', () => {
  it('gives 50 seats to exactly 50 of 200 concurrent registrations and queues the 150 others in order', async () => {
    const structure = await t.createStructure('91');
    const { slot } = await newRegistrableSlot(t, structure.id, { slot: { capacity: 50 } });
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => register(t, slot.id, person(`Concurrent ${String.fromCharCode(97 + (i % 26))}${i}`))),
    );
    expect(responses.map((r) => r.statusCode).filter((s) => s !== 201)).toEqual([]);
    const statuses = responses.map((r) => r.json().status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(150);

    const rows = await t.database.db.select().from(registrations).where(eq(registrations.slotId, slot.id));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    // Every confirmed registration arrived before every waiting one: seats went in the order the lock was won.
    const lastConfirmed = Math.max(...rows.filter((r) => r.status === 'confirmed').map((r) => r.arrival));
    const firstWaiting = Math.min(...rows.filter((r) => r.status === 'waitlisted').map((r) => r.arrival));
    expect(lastConfirmed).toBeLessThan(firstWaiting);
    const positions = responses.map((r) => r.json().waitlistPosition).filter((p): p is number => p !== null);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  }, 120_000);
});
