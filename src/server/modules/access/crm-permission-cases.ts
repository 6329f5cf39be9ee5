import { newContact, newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import type { TestApp } from '../../../../tests/helpers/test-app.ts';
import type { Role } from '../../../contracts/roles.ts';

type Call = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object; headers?: Record<string, string> };
/** `setup` learns who will call, for records that only their creator sees (import jobs). */
export type MatrixCase = { route: string; setup: (who: Role | 'signedOut') => Promise<Call>; allowed: Role[]; okStatus?: number };
/** Read lazily: the cases are listed before the test app exists. */
export type MatrixContext = { t: () => TestApp; structureId: () => string; coordinator: () => string; cookieOf: (role: Role) => string };

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
const MANAGERS: Role[] = ['manager', 'coordinator'];
let sequence = 0;

/**
 * The partner CRM's routes. The directory (organisations, contacts) is shared: any role reads,
 * members write, managers delete. Partnerships, interactions and tasks follow their structure.
 */
export function crmCases(ctx: MatrixContext): MatrixCase[] {
  const helpers = makeHelpers(ctx);
  return [
    ...organisationCases(helpers),
    ...contactCases(helpers),
    ...structureCases(ctx, helpers),
    { route: 'GET /api/v1/search', setup: async () => ({ method: 'GET', url: '/api/v1/search?q=musee' }), allowed: EVERYONE },
  ];
}

type Helpers = ReturnType<typeof makeHelpers>;

function makeHelpers(ctx: MatrixContext) {
  return {
    org: () => newOrganisation(ctx.t(), ctx.coordinator()),
    contact: () => newContact(ctx.t(), ctx.coordinator()),
    partnership: () => newPartnership(ctx.t(), ctx.coordinator(), ctx.structureId()),
    created: async (url: string, payload: object) =>
      (await ctx.t().request({ method: 'POST', url, as: ctx.coordinator(), payload })).json() as { id: string; version: number },
    activity: { kind: 'call', occurredAt: '2026-11-20T10:00:00Z', summary: 'Appel' },
  };
}

function organisationCases({ org, created }: Helpers): MatrixCase[] {
  return [
    { route: 'GET /api/v1/organisations', setup: async () => ({ method: 'GET', url: '/api/v1/organisations' }), allowed: EVERYONE },
    {
      route: 'POST /api/v1/organisations',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/organisations',
        payload: { name: `Organisation M${++sequence}`, sector: 'media' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'POST /api/v1/organisations/duplicates-check',
      setup: async () => ({ method: 'POST', url: '/api/v1/organisations/duplicates-check', payload: { name: 'Musée', postcode: '75003' } }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/organisations/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/organisations/${(await org()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/organisations/:id',
      setup: async () => ({ method: 'PATCH', url: `/api/v1/organisations/${(await org()).id}`, payload: { version: 1, city: 'Paris' } }),
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/organisations/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/organisations/${(await org()).id}` }),
      allowed: MANAGERS,
    },
    {
      route: 'GET /api/v1/organisations/:id/relationships',
      setup: async () => ({ method: 'GET', url: `/api/v1/organisations/${(await org()).id}/relationships` }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/organisations/:id/relationships',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/organisations/${(await org()).id}/relationships`,
        payload: { kind: 'funded_by', organisationId: (await org()).id },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'DELETE /api/v1/organisations/:id/relationships/:relationshipId',
      setup: async () => {
        const from = (await org()).id;
        const link = await created(`/api/v1/organisations/${from}/relationships`, { kind: 'partner_of', organisationId: (await org()).id });
        return { method: 'DELETE', url: `/api/v1/organisations/${from}/relationships/${link.id}` };
      },
      allowed: WRITERS,
    },
  ];
}

function contactCases({ org, contact, created }: Helpers): MatrixCase[] {
  return [
    { route: 'GET /api/v1/contacts', setup: async () => ({ method: 'GET', url: '/api/v1/contacts' }), allowed: EVERYONE },
    {
      route: 'POST /api/v1/contacts',
      setup: async () => ({ method: 'POST', url: '/api/v1/contacts', payload: { lastName: `Personne ${++sequence}` } }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'POST /api/v1/contacts/duplicates-check',
      setup: async () => ({ method: 'POST', url: '/api/v1/contacts/duplicates-check', payload: { emails: ['someone@example.org'] } }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/contacts/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/contacts/${(await contact()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/contacts/:id',
      setup: async () => ({ method: 'PATCH', url: `/api/v1/contacts/${(await contact()).id}`, payload: { version: 1, language: 'en' } }),
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/contacts/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/contacts/${(await contact()).id}` }),
      allowed: MANAGERS,
    },
    {
      route: 'GET /api/v1/contacts/:id/affiliations',
      setup: async () => ({ method: 'GET', url: `/api/v1/contacts/${(await contact()).id}/affiliations` }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/contacts/:id/affiliations',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/contacts/${(await contact()).id}/affiliations`,
        payload: { organisationId: (await org()).id, role: 'Directrice' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'PATCH /api/v1/contacts/:id/affiliations/:affiliationId',
      setup: async () => {
        const person = (await contact()).id;
        const link = await created(`/api/v1/contacts/${person}/affiliations`, { organisationId: (await org()).id });
        return { method: 'PATCH', url: `/api/v1/contacts/${person}/affiliations/${link.id}`, payload: { version: 1, endOn: '2026-11-30' } };
      },
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/contacts/:id/affiliations/:affiliationId',
      setup: async () => {
        const person = (await contact()).id;
        const link = await created(`/api/v1/contacts/${person}/affiliations`, { organisationId: (await org()).id });
        return { method: 'DELETE', url: `/api/v1/contacts/${person}/affiliations/${link.id}` };
      },
      allowed: WRITERS,
    },
  ];
}

/** Partnerships, interactions and tasks of the test's structure: observers read, members write, managers delete. */
function structureCases(ctx: MatrixContext, { partnership, created, activity }: Helpers): MatrixCase[] {
  const cases: MatrixCase[] = [
    {
      route: 'POST /api/v1/partnerships',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/partnerships',
        payload: { organisationId: (await newOrganisation(ctx.t(), ctx.coordinator())).id, structureId: ctx.structureId() },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'GET /api/v1/partnerships/:id/stages',
      setup: async () => ({ method: 'GET', url: `/api/v1/partnerships/${(await partnership()).id}/stages` }),
      allowed: EVERYONE,
    },
  ];
  const kinds: [string, () => Promise<{ id: string }>, () => object][] = [
    ['partnerships', partnership, () => ({ stage: 'contacted' })],
    ['interactions', () => created('/api/v1/interactions', { structureId: ctx.structureId(), ...activity }), () => ({ summary: 'Rappel' })],
    ['tasks', () => created('/api/v1/tasks', { structureId: ctx.structureId(), title: 'Relancer' }), () => ({ done: true })],
  ];
  for (const [path, make, patch] of kinds) {
    cases.push(
      {
        route: `GET /api/v1/${path}`,
        setup: async () => ({ method: 'GET', url: `/api/v1/${path}?structureId=${ctx.structureId()}` }),
        allowed: EVERYONE,
      },
      {
        route: `GET /api/v1/${path}/:id`,
        setup: async () => ({ method: 'GET', url: `/api/v1/${path}/${(await make()).id}` }),
        allowed: EVERYONE,
      },
      {
        route: `PATCH /api/v1/${path}/:id`,
        setup: async () => ({ method: 'PATCH', url: `/api/v1/${path}/${(await make()).id}`, payload: { version: 1, ...patch() } }),
        allowed: WRITERS,
      },
      {
        route: `DELETE /api/v1/${path}/:id`,
        setup: async () => ({ method: 'DELETE', url: `/api/v1/${path}/${(await make()).id}` }),
        allowed: MANAGERS,
      },
    );
  }
  cases.push(
    {
      route: 'POST /api/v1/interactions',
      setup: async () => ({ method: 'POST', url: '/api/v1/interactions', payload: { structureId: ctx.structureId(), ...activity } }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'POST /api/v1/tasks',
      setup: async () => ({ method: 'POST', url: '/api/v1/tasks', payload: { structureId: ctx.structureId(), title: 'Appeler' } }),
      allowed: WRITERS,
      okStatus: 201,
    },
  );
  return cases;
}
