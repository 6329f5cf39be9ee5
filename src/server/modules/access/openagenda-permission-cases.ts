import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];

/** OpenAgenda: every role may learn whether the server is connected (the events page offers the synchronisation or says why not). */
export function openAgendaCases(): MatrixCase[] {
  return [
    {
      route: 'GET /api/v1/events/openagenda/settings',
      setup: async () => ({ method: 'GET', url: '/api/v1/events/openagenda/settings' }),
      allowed: EVERYONE,
    },
  ];
}
