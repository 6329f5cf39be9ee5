import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { qpvCollection } from '../../../../tests/helpers/territory-fixtures.ts';
import { multipartFile } from '../../../../tests/helpers/uploads.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];

/** Territory: every role reads the map, the layers and the coverage of its structure; only the coordination imports QPV. */
export function territoryCases(ctx: MatrixContext): MatrixCase[] {
  const read = (route: string, url: () => Promise<string> | string): MatrixCase => ({
    route,
    setup: async () => ({ method: 'GET', url: await url() }),
    allowed: EVERYONE,
  });
  return [
    read('GET /api/v1/territory/map-settings', () => '/api/v1/territory/map-settings'),
    read('GET /api/v1/territory/layers/:layer', () => '/api/v1/territory/layers/arrondissements'),
    read(
      'GET /api/v1/territory/organisations/:id',
      async () => `/api/v1/territory/organisations/${(await newOrganisation(ctx.t(), ctx.coordinator(), { postcode: '75020' })).id}`,
    ),
    read('GET /api/v1/coverage', () => `/api/v1/coverage?structureId=${ctx.structureId()}`),
    read('GET /api/v1/coverage/matrix', () => `/api/v1/coverage/matrix?structureId=${ctx.structureId()}`),
    {
      route: 'POST /api/v1/territory/qpv',
      setup: async () => ({ method: 'POST', url: '/api/v1/territory/qpv', ...(await multipartFile('qpv.geojson', qpvCollection())) }),
      allowed: ['coordinator'],
    },
  ];
}
