import { newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];

/** Engagement and reports are read by every role of the structure; nothing here writes. */
export function reportsCases(ctx: MatrixContext): MatrixCase[] {
  const scoped = (path: string): MatrixCase => ({
    route: `GET /api/v1/${path}`,
    setup: async () => ({ method: 'GET', url: `/api/v1/${path}?structureId=${ctx.structureId()}` }),
    allowed: EVERYONE,
  });
  return [
    {
      route: 'GET /api/v1/engagement/partnerships/:id',
      setup: async () => {
        const { id } = await newPartnership(ctx.t(), ctx.coordinator(), ctx.structureId());
        return { method: 'GET', url: `/api/v1/engagement/partnerships/${id}` };
      },
      allowed: EVERYONE,
    },
    scoped('engagement/at-risk'),
    scoped('engagement/retention'),
    scoped('reports/figures'),
    scoped('reports/funder.pdf'),
    scoped('reports/funder.xlsx'),
    scoped('reports/events-held.csv'),
  ];
}
