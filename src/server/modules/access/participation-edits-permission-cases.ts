import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
let sequence = 0;

/**
 * Editing an action-plan commitment follows its structure: members write, observers read only.
 * A group form's journey map is public, like the form.
 */
export function participationEditCases(ctx: MatrixContext): (MatrixCase & { public?: boolean })[] {
  const created = async (url: string, payload: object) =>
    (await ctx.t().request({ method: 'POST', url, as: ctx.coordinator(), payload })).json() as { id: string; version: number };
  const planId = async () => {
    const list = await ctx
      .t()
      .request({ method: 'GET', url: `/api/v1/action-plans?structureId=${ctx.structureId()}`, as: ctx.coordinator() });
    return (list.json().items[0]?.id ??
      (await created('/api/v1/action-plans', { structureId: ctx.structureId(), title: 'Plan matrice' })).id) as string;
  };
  return [
    {
      route: 'PATCH /api/v1/action-plans/:id/actions/:actionId/commitments/:commitmentId',
      setup: async () => {
        const actionUrl = `/api/v1/action-plans/${await planId()}/actions/${(await created(`/api/v1/action-plans/${await planId()}/actions`, { title: `Action E${++sequence}` })).id}`;
        const organisationId = (await newOrganisation(ctx.t(), ctx.coordinator())).id;
        const commitment = await created(`${actionUrl}/commitments`, { organisationId, type: 'relay' });
        return {
          method: 'PATCH',
          url: `${actionUrl}/commitments/${commitment.id}`,
          payload: { version: commitment.version, type: 'host' },
        };
      },
      allowed: WRITERS,
    },
    {
      route: 'GET /api/v1/public/groups/:token/journey-map',
      setup: async () => {
        const group = await created('/api/v1/groups', { structureId: ctx.structureId(), name: `Groupe E${++sequence}` });
        return { method: 'GET', url: `/api/v1/public/groups/${(group as unknown as { formToken: string }).formToken}/journey-map` };
      },
      allowed: EVERYONE,
      public: true,
    },
  ];
}
