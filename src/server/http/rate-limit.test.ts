import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-database.ts';
import type { Database } from '../db/client.ts';
import { publicFormHits } from '../db/schema/index.ts';
import { addressBucket, takeHit } from './rate-limit.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rule = (bucket: string) => ({ bucket, limit: 2, windowMs: 60_000, refusal: 'Trop d’essais' });

describe('the public rate limit', () => {
  it('refuses past the limit within a window, says when to come back, and starts again in the next window', async () => {
    const at = (seconds: number) => new Date(Date.UTC(2027, 0, 16, 13, 0, seconds));
    await takeHit(database.db, rule('test:a'), at(1));
    await takeHit(database.db, rule('test:a'), at(2));
    await expect(takeHit(database.db, rule('test:a'), at(30))).rejects.toMatchObject({
      code: 'rate_limited',
      message: 'Trop d’essais : réessayez dans 1 minute.',
    });
    // Another bucket counts apart; the next window forgets the old one and drops its row.
    await takeHit(database.db, rule('test:b'), at(31));
    await takeHit(database.db, rule('test:a'), at(61));
    const rows = await database.db.select().from(publicFormHits);
    expect(rows.filter((r) => r.bucket === 'test:a').map((r) => r.hits)).toEqual([1]);
  });

  it('keeps a client address only as a hash, scoped by what it counts', () => {
    const bucket = addressBucket('registration', '203.0.113.7');
    expect(bucket).toMatch(/^registration:ip:[\w-]{22}$/);
    expect(bucket).not.toContain('203.0.113.7');
    expect(addressBucket('contribution', '203.0.113.7')).not.toBe(bucket);
  });
});
