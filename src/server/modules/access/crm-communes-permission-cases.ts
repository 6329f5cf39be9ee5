import type { MatrixCase } from './crm-permission-cases.ts';

/** The communes picker's list: any signed-in role reads it. */
export function crmCommuneCases(): MatrixCase[] {
  return [
    {
      route: 'GET /api/v1/territory/communes',
      setup: async () => ({ method: 'GET', url: '/api/v1/territory/communes' }),
      allowed: ['observer', 'member', 'manager', 'coordinator'],
    },
  ];
}
