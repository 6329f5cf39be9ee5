import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
const MANAGERS: Role[] = ['manager', 'coordinator'];

/** Coverage gaps and their candidates: any role reading the structure. Saved venue mappings: its writers; their deletion: its managers. */
export function territoryDiscoveryCases(ctx: MatrixContext): MatrixCase[] {
  let sequence = 0;
  const mapping = () => ({
    structureId: ctx.structureId(),
    name: `matrice-${++sequence}`,
    label: 'Lieux de la matrice',
    sector: 'cultural',
    columns: { name: 'Nom', address: 'Adresse' },
  });
  const savedMapping = async () =>
    (await ctx.t().request({ method: 'POST', url: '/api/v1/opendata/mappings', as: ctx.coordinator(), payload: mapping() })).json() as {
      id: string;
      version: number;
    };
  return [
    {
      route: 'GET /api/v1/coverage/gaps',
      setup: async () => ({ method: 'GET', url: `/api/v1/coverage/gaps?structureId=${ctx.structureId()}` }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/coverage/gaps/candidates',
      setup: async () => ({
        method: 'GET',
        url: `/api/v1/coverage/gaps/candidates?structureId=${ctx.structureId()}&sector=media&objective=cultural_openness`,
      }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/opendata/mappings',
      setup: async () => ({ method: 'POST', url: '/api/v1/opendata/mappings', payload: mapping() }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'PATCH /api/v1/opendata/mappings/:id',
      setup: async () => {
        const saved = await savedMapping();
        return {
          method: 'PATCH',
          url: `/api/v1/opendata/mappings/${saved.id}`,
          payload: { version: saved.version, label: 'Lieux renommés' },
        };
      },
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/opendata/mappings/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/opendata/mappings/${(await savedMapping()).id}` }),
      allowed: MANAGERS,
    },
  ];
}
