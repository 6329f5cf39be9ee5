import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { opendataImportJobs } from '../../db/schema/index.ts';
import { findJob, insertJob } from './opendata.queries.ts';
import { createOpendataRunner } from './opendata.service.ts';
import { PARIS_20_ASSOCIATIONS, waldecCsv } from './opendata-fixtures.ts';
import { STALE_AFTER_MS } from './opendata-run.ts';
import { resumeInterruptedUploads } from './resume-on-start.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('resuming on start the uploads a crash left running', () => {
  it('takes over a stale running upload and runs it to the end, leaving finished jobs alone', async () => {
    const db = t.database.db;
    const bytes = new TextEncoder().encode(waldecCsv(PARIS_20_ASSOCIATIONS));
    const values = { kind: 'rna' as const, options: {}, createdBy: null, fileName: 'waldec.csv', fileSize: bytes.byteLength };
    const crashed = await insertJob(db, values, bytes);
    const done = await insertJob(db, values, bytes);
    // As a process killed mid-run leaves them: one running with an old heartbeat, one completed.
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    await db.update(opendataImportJobs).set({ status: 'running', heartbeatAt: longAgo }).where(eq(opendataImportJobs.id, crashed.id));
    await db.update(opendataImportJobs).set({ status: 'completed' }).where(eq(opendataImportJobs.id, done.id));
    const runner = createOpendataRunner(db, { error: () => undefined });
    await resumeInterruptedUploads(db, runner, runner.isStopping);
    expect(await findJob(db, crashed.id)).toMatchObject({ status: 'completed', read: PARIS_20_ASSOCIATIONS.length });
    expect((await findJob(db, crashed.id))!.imported).toBeGreaterThan(0);
    expect(await findJob(db, done.id)).toMatchObject({ status: 'completed', read: 0 });
    await runner.stop();
  });
});
