import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { Role } from '../../../contracts/roles.ts';
import { crmCommuneCases } from './crm-communes-permission-cases.ts';
import { crmListCases } from './crm-lists-permission-cases.ts';
import { crmCases, type MatrixContext } from './crm-permission-cases.ts';
import { discoveryCases } from './discovery-permission-cases.ts';
import { importExportCases } from './import-export-permission-cases.ts';
import { mergeCases } from './merge-permission-cases.ts';
import { openAgendaCases } from './openagenda-permission-cases.ts';
import { participationEditCases } from './participation-edits-permission-cases.ts';
import { participationCases } from './participation-permission-cases.ts';
import { programmeCases } from './programme-permission-cases.ts';
import { registrationCases } from './registration-permission-cases.ts';
import { reportsCases } from './reports-permission-cases.ts';
import { territoryDiscoveryCases } from './territory-discovery-permission-cases.ts';
import { territoryCases } from './territory-permission-cases.ts';

type Who = Role | 'signedOut';
type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object; headers?: Record<string, string> };
/** `public`: the route answers without a session (forms, the wall), so signed out is allowed too. */
type Case = { route: string; setup: (who: Who) => Promise<Call>; allowed: Role[]; okStatus?: number; public?: boolean };

let t: TestApp;
let structureId: string;
const cookies = new Map<Who, string>();
const userIds = new Map<Who, string>();
const WHO: Who[] = ['signedOut', 'observer', 'member', 'manager', 'coordinator'];
let sequence = 0;

async function freshMembership(role: Role = 'member') {
  const user = await t.userWithRole('observer', (await t.createStructure(`S${++sequence}`)).id);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/memberships',
    as: cookies.get('coordinator'),
    payload: { userId: user.userId, structureId, role },
  });
  return res.json() as { id: string; version: number };
}

const matrixContext: MatrixContext = {
  t: () => t,
  structureId: () => structureId,
  coordinator: () => cookies.get('coordinator')!,
  cookieOf: (role) => cookies.get(role)!,
};

const CASES: Case[] = [
  {
    route: 'GET /api/v1/me',
    setup: async () => ({ method: 'GET', url: '/api/v1/me' }),
    allowed: ['observer', 'member', 'manager', 'coordinator'],
  },
  {
    route: 'GET /api/v1/structures',
    setup: async () => ({ method: 'GET', url: '/api/v1/structures' }),
    allowed: ['observer', 'member', 'manager', 'coordinator'],
  },
  {
    route: 'GET /api/v1/structures/:id',
    setup: async () => ({ method: 'GET', url: `/api/v1/structures/${structureId}` }),
    allowed: ['observer', 'member', 'manager', 'coordinator'],
  },
  {
    route: 'POST /api/v1/structures',
    setup: async () => ({
      method: 'POST',
      url: '/api/v1/structures',
      payload: { code: `N${++sequence}`, kind: 'local', departement: '92', name: 'Nouvelle structure' },
    }),
    allowed: ['coordinator'],
    okStatus: 201,
  },
  {
    route: 'PATCH /api/v1/structures/:id',
    setup: async () => {
      const current = await t.request({ method: 'GET', url: `/api/v1/structures/${structureId}`, as: cookies.get('coordinator') });
      return {
        method: 'PATCH',
        url: `/api/v1/structures/${structureId}`,
        payload: { version: current.json().version, phone: `01 ${++sequence}` },
      };
    },
    allowed: ['manager', 'coordinator'],
  },
  {
    route: 'DELETE /api/v1/structures/:id',
    setup: async () => ({ method: 'DELETE', url: `/api/v1/structures/${(await t.createStructure(`D${++sequence}`)).id}` }),
    allowed: ['coordinator'],
  },
  { route: 'GET /api/v1/users', setup: async () => ({ method: 'GET', url: '/api/v1/users' }), allowed: ['manager', 'coordinator'] },
  {
    route: 'GET /api/v1/users/:id',
    setup: async () => ({ method: 'GET', url: `/api/v1/users/${userIds.get('member')}` }),
    allowed: ['observer', 'member', 'manager', 'coordinator'],
  },
  {
    route: 'POST /api/v1/users',
    setup: async () => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: { name: 'Nouvelle personne', email: `new${++sequence}@test.localhost`, structureId, role: 'member' },
    }),
    allowed: ['manager', 'coordinator'],
    okStatus: 201,
  },
  {
    route: 'GET /api/v1/memberships',
    setup: async () => ({ method: 'GET', url: `/api/v1/memberships?structureId=${structureId}` }),
    allowed: ['observer', 'member', 'manager', 'coordinator'],
  },
  {
    route: 'POST /api/v1/memberships',
    setup: async () => {
      const user = await t.userWithRole('observer', (await t.createStructure(`P${++sequence}`)).id);
      return { method: 'POST', url: '/api/v1/memberships', payload: { userId: user.userId, structureId, role: 'member' } };
    },
    allowed: ['manager', 'coordinator'],
    okStatus: 201,
  },
  {
    route: 'PATCH /api/v1/memberships/:id',
    setup: async () => {
      const m = await freshMembership();
      return { method: 'PATCH', url: `/api/v1/memberships/${m.id}`, payload: { version: m.version, role: 'observer' } };
    },
    allowed: ['manager', 'coordinator'],
  },
  {
    route: 'DELETE /api/v1/memberships/:id',
    setup: async () => ({ method: 'DELETE', url: `/api/v1/memberships/${(await freshMembership()).id}` }),
    allowed: ['manager', 'coordinator'],
  },
  {
    route: 'GET /api/v1/history/:entityType/:id',
    setup: async () => ({ method: 'GET', url: `/api/v1/history/structure/${structureId}` }),
    allowed: ['observer', 'member', 'manager', 'coordinator'],
  },
  {
    route: 'GET /api/v1/trash',
    setup: async () => ({ method: 'GET', url: '/api/v1/trash' }),
    allowed: ['observer', 'member', 'manager', 'coordinator'],
  },
  {
    route: 'POST /api/v1/trash/:entityType/:id/restore',
    setup: async () => {
      const m = await freshMembership();
      await t.request({ method: 'DELETE', url: `/api/v1/memberships/${m.id}`, as: cookies.get('coordinator') });
      return { method: 'POST', url: `/api/v1/trash/membership/${m.id}/restore` };
    },
    allowed: ['manager', 'coordinator'],
  },
  { route: 'GET /api/v1/outbox', setup: async () => ({ method: 'GET', url: '/api/v1/outbox' }), allowed: ['coordinator'] },
  ...crmCases(matrixContext),
  ...crmListCases(matrixContext),
  ...crmCommuneCases(),
  ...importExportCases(matrixContext),
  ...discoveryCases(matrixContext),
  ...territoryDiscoveryCases(matrixContext),
  ...programmeCases(matrixContext),
  ...territoryCases(matrixContext),
  ...mergeCases(matrixContext),
  ...participationCases(matrixContext),
  ...participationEditCases(matrixContext),
  ...registrationCases(matrixContext),
  ...reportsCases(matrixContext),
  ...openAgendaCases(),
];

beforeAll(async () => {
  t = await createTestApp();
  structureId = (await t.createStructure('75')).id;
  const coordination = (
    await t.request({ method: 'GET', url: '/api/v1/structures', as: await t.signIn('coordination@test.localhost') })
  ).json().items[0].id;
  for (const role of ['observer', 'member', 'manager', 'coordinator'] as Role[]) {
    const user = await t.userWithRole(role, role === 'coordinator' ? coordination : structureId);
    cookies.set(role, user.cookie);
    userIds.set(role, user.userId);
  }
});
afterAll(() => t.close());

describe('permission matrix', () => {
  it('covers every /api/v1 endpoint of the OpenAPI document', async () => {
    const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = Object.entries(spec.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(CASES.map((c) => c.route).sort()).toEqual(documented.filter((r) => r.includes('/api/v1/')).sort());
  });

  for (const c of CASES) {
    for (const who of WHO) {
      const allowed = c.public || (who !== 'signedOut' && c.allowed.includes(who));
      const expected = allowed ? (c.okStatus ?? 200) : who === 'signedOut' ? 401 : 403;
      it(`${c.route} answers ${expected} to ${who}`, async () => {
        const call = await c.setup(who);
        const response = await t.request({ ...call, as: cookies.get(who) });
        expect(response.statusCode, response.body).toBe(expected);
        if (expected >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
      });
    }
  }
});
