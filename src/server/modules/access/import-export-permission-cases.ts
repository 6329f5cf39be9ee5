import { multipartFile } from '../../../../tests/helpers/uploads.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
const CSV = 'Nom;Secteur;Code postal\nAssociation de la matrice;associatif;75011\n';

/** Exports follow their list (everyone reads); imports need the right to write the directory. */
export function importExportCases(ctx: MatrixContext): MatrixCase[] {
  const exports: MatrixCase[] = [
    ...['organisations/export.csv', 'organisations/export.xlsx'].map(
      (path): MatrixCase => ({
        route: `GET /api/v1/${path}`,
        setup: async () => ({ method: 'GET', url: `/api/v1/${path}` }),
        allowed: EVERYONE,
      }),
    ),
    // People's details leave with a contact export: observers do not take them.
    ...['contacts/export.csv', 'contacts/export.xlsx', 'contacts/export.vcf'].map(
      (path): MatrixCase => ({
        route: `GET /api/v1/${path}`,
        setup: async () => ({ method: 'GET', url: `/api/v1/${path}` }),
        allowed: WRITERS,
      }),
    ),
    ...['partnerships/export.csv', 'partnerships/export.xlsx'].map(
      (path): MatrixCase => ({
        route: `GET /api/v1/${path}`,
        setup: async () => ({ method: 'GET', url: `/api/v1/${path}?structureId=${ctx.structureId()}` }),
        allowed: EVERYONE,
      }),
    ),
  ];
  /** A job is seen by its creator: made by the caller when they may import, else by the coordinator. */
  const job = async (who: string) => {
    const as = WRITERS.includes(who as Role) ? ctx.cookieOf(who as Role) : ctx.coordinator();
    const response = await ctx.t().request({ method: 'POST', url: '/api/v1/imports', as, ...(await multipartFile('matrice.csv', CSV)) });
    return response.json() as { id: string };
  };
  const mapping = { name: 0, sector: 1, postcode: 2 };
  return [
    ...exports,
    { route: 'GET /api/v1/imports', setup: async () => ({ method: 'GET', url: '/api/v1/imports' }), allowed: WRITERS },
    {
      route: 'POST /api/v1/imports',
      setup: async () => ({ method: 'POST', url: '/api/v1/imports', ...(await multipartFile('matrice.csv', CSV)) }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'GET /api/v1/imports/:id',
      setup: async (who) => ({ method: 'GET', url: `/api/v1/imports/${(await job(who)).id}` }),
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/imports/:id/reading',
      setup: async (who) => ({
        method: 'POST',
        url: `/api/v1/imports/${(await job(who)).id}/reading`,
        payload: { encoding: 'latin1', separator: ';' },
      }),
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/imports/:id/dry-run',
      setup: async (who) => ({ method: 'POST', url: `/api/v1/imports/${(await job(who)).id}/dry-run`, payload: { mapping } }),
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/imports/:id/run',
      setup: async (who) => ({ method: 'POST', url: `/api/v1/imports/${(await job(who)).id}/run`, payload: { mapping } }),
      allowed: WRITERS,
      okStatus: 202,
    },
  ];
}
