import { newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
let sequence = 0;

/**
 * Bulk actions follow the partnerships' structure (members write). Saved views are personal:
 * every role keeps its own, made here by the caller (the coordinator when signed out).
 */
export function crmListCases(ctx: MatrixContext): MatrixCase[] {
  const ownView = async (who: Role | 'signedOut') => {
    const as = who === 'signedOut' ? ctx.coordinator() : ctx.cookieOf(who);
    const payload = { name: `Vue ${++sequence}`, page: 'partnerships', query: 'etape=active' };
    const response = await ctx.t().request({ method: 'POST', url: '/api/v1/saved-views', as, payload });
    return response.json() as { id: string; version: number };
  };
  return [
    {
      route: 'POST /api/v1/partnerships/bulk',
      setup: async () => {
        const partnership = await newPartnership(ctx.t(), ctx.coordinator(), ctx.structureId());
        return {
          method: 'POST',
          url: '/api/v1/partnerships/bulk',
          payload: { ids: [partnership.id], action: { type: 'stage', stage: 'contacted' } },
        };
      },
      allowed: WRITERS,
    },
    {
      route: 'GET /api/v1/saved-views',
      setup: async () => ({ method: 'GET', url: '/api/v1/saved-views?page=contacts' }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/saved-views',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/saved-views',
        payload: { name: `Vue M${++sequence}`, page: 'contacts', query: '' },
      }),
      allowed: EVERYONE,
      okStatus: 201,
    },
    {
      route: 'PATCH /api/v1/saved-views/:id',
      setup: async (who) => {
        const view = await ownView(who);
        return {
          method: 'PATCH',
          url: `/api/v1/saved-views/${view.id}`,
          payload: { version: view.version, name: `Renommée ${++sequence}` },
        };
      },
      allowed: EVERYONE,
    },
    {
      route: 'DELETE /api/v1/saved-views/:id',
      setup: async (who) => ({ method: 'DELETE', url: `/api/v1/saved-views/${(await ownView(who)).id}` }),
      allowed: EVERYONE,
    },
  ];
}
