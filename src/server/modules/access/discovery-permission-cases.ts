import { sql } from 'drizzle-orm';
import { multipartFile } from '../../../../tests/helpers/uploads.ts';
import type { Role } from '../../../contracts/roles.ts';
import { insertJob, upsertEntries } from '../opendata/opendata.queries.ts';
import { PARIS_20_ASSOCIATIONS, waldecCsv } from '../opendata/opendata-fixtures.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
const CSV = waldecCsv(PARIS_20_ASSOCIATIONS.slice(0, 1));

/** Open-data imports need the right to write the directory; discovery and the network read the structure, and acting on a candidate writes it. */
export function discoveryCases(ctx: MatrixContext): MatrixCase[] {
  let sequence = 0;
  const structureId = () => ctx.structureId();
  const entry = async () => {
    sequence += 1;
    const db = ctx.t().database.db;
    await upsertEntries(
      db,
      [
        {
          source: 'rna',
          sourceId: `WMATRIX${sequence}`,
          name: `Candidat de la matrice ${sequence}`,
          sector: 'social',
          postcode: `750${String(sequence).padStart(2, '0')}`,
        },
      ],
      new Date(),
    );
    const result = (await db.execute(sql`select id from directory_entries where source_id = ${`WMATRIX${sequence}`}`)) as unknown as {
      rows: { id: string }[];
    };
    return result.rows[0]!.id;
  };
  /** An interrupted upload's job, started by the caller when they may import (else by the coordinator). */
  const job = async (who: Role | 'signedOut') => {
    const as = WRITERS.includes(who as Role) ? ctx.cookieOf(who as Role) : ctx.coordinator();
    const me = (await ctx.t().request({ method: 'GET', url: '/api/v1/me', as })).json() as { id?: string; user?: { id: string } };
    const bytes = Buffer.from(CSV);
    const row = await insertJob(
      ctx.t().database.db,
      {
        kind: 'rna',
        options: {},
        fileName: 'matrice.csv',
        fileSize: bytes.byteLength,
        createdBy: me.user?.id ?? me.id ?? null,
        status: 'interrupted',
      },
      bytes,
    );
    return row.id;
  };
  return [
    { route: 'GET /api/v1/opendata/imports', setup: async () => ({ method: 'GET', url: '/api/v1/opendata/imports' }), allowed: WRITERS },
    {
      route: 'POST /api/v1/opendata/imports',
      setup: async () => ({ method: 'POST', url: '/api/v1/opendata/imports?kind=rna', ...(await multipartFile('matrice.csv', CSV)) }),
      allowed: WRITERS,
      okStatus: 202,
    },
    {
      route: 'GET /api/v1/opendata/imports/:id',
      setup: async (who) => ({ method: 'GET', url: `/api/v1/opendata/imports/${await job(who)}` }),
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/opendata/imports/:id/resume',
      setup: async (who) => ({ method: 'POST', url: `/api/v1/opendata/imports/${await job(who)}/resume` }),
      allowed: WRITERS,
      okStatus: 202,
    },
    { route: 'GET /api/v1/opendata/mappings', setup: async () => ({ method: 'GET', url: '/api/v1/opendata/mappings' }), allowed: EVERYONE },
    {
      route: 'GET /api/v1/discovery/search',
      setup: async () => ({ method: 'GET', url: `/api/v1/discovery/search?structureId=${structureId()}&q=matrice` }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/discovery/lexicon',
      setup: async () => ({ method: 'GET', url: `/api/v1/discovery/lexicon?structureId=${structureId()}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/discovery/lexicon',
      setup: async () => {
        await ctx.t().database.db.execute(sql`update discovery_lexicons set deleted_at = now() where structure_id = ${structureId()}`);
        return { method: 'PATCH', url: '/api/v1/discovery/lexicon', payload: { structureId: structureId(), words: ['vélo', 'marche'] } };
      },
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/discovery/add',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/discovery/add',
        payload: { entryId: await entry(), structureId: structureId() },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'POST /api/v1/discovery/dismissals',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/discovery/dismissals',
        payload: { entryId: await entry(), structureId: structureId(), reason: 'Hors sujet' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'GET /api/v1/network',
      setup: async () => ({ method: 'GET', url: `/api/v1/network?structureId=${structureId()}` }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/network/path',
      setup: async () => {
        const node = `structure:${structureId()}`;
        return { method: 'GET', url: `/api/v1/network/path?structureId=${structureId()}&from=${node}&to=${node}` };
      },
      allowed: EVERYONE,
    },
  ];
}
