import { sql } from 'drizzle-orm';
import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { contributionForm, exhibitionWithStop, pngPhoto } from '../../../../tests/helpers/participation-fixtures.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
const MANAGERS: Role[] = ['manager', 'coordinator'];
/** Public routes answer everyone, signed out included. */
type ParticipationCase = MatrixCase & { public?: boolean };
let sequence = 0;

/**
 * Citizen groups, contributions and action plans follow their structure like the CRM: any role
 * reads, members write and moderate, managers delete. The form, approved photos and the wall are public.
 */
export function participationCases(ctx: MatrixContext): ParticipationCase[] {
  const h = helpers(ctx);
  return [...groupCases(h), ...contributionCases(h), ...planCases(ctx, h)];
}

type Helpers = ReturnType<typeof helpers>;

function helpers(ctx: MatrixContext) {
  const request = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    ctx.t().request({ method, url, as: ctx.coordinator(), payload });
  const group = async () =>
    (await request('POST', '/api/v1/groups', { structureId: ctx.structureId(), name: `Groupe M${++sequence}` })).json() as {
      id: string;
      formToken: string;
    };
  /** A contribution with a photo, sent through the public form from an address of its own. */
  const photoContribution = async () => {
    const { formToken } = await group();
    const fields = { kind: 'photo', authorName: 'Matrice', ageBracket: '30_59', consent: 'true', imageRights: 'true' };
    await ctx.t().request({
      method: 'POST',
      url: `/api/v1/public/groups/${formToken}/contributions`,
      remoteAddress: `10.8.${++sequence % 250}.1`,
      ...(await contributionForm(fields, { name: 'photo.png', bytes: await pngPhoto() })),
    });
    const list = await request('GET', `/api/v1/contributions?structureId=${ctx.structureId()}&status=pending&pageSize=1`);
    return list.json().items[0] as { id: string; version: number };
  };
  const plan = async () => {
    const existing = (await request('GET', `/api/v1/action-plans?structureId=${ctx.structureId()}`)).json().items[0];
    return (existing ??
      (await request('POST', '/api/v1/action-plans', { structureId: ctx.structureId(), title: 'Plan matrice' })).json()) as {
      id: string;
      version: number;
    };
  };
  const action = async () => {
    const { id } = await plan();
    const created = (await request('POST', `/api/v1/action-plans/${id}/actions`, { title: `Action M${++sequence}` })).json();
    return { planId: id, id: created.id as string, version: created.version as number };
  };
  return { request, group, photoContribution, plan, action, structureId: ctx.structureId };
}

function groupCases({ group, request, structureId }: Helpers): ParticipationCase[] {
  const session = async () => {
    const { id } = await group();
    return { groupId: id, id: (await request('POST', `/api/v1/groups/${id}/sessions`, { heldOn: '2027-01-12' })).json().id as string };
  };
  return [
    { route: 'GET /api/v1/groups', setup: async () => ({ method: 'GET', url: '/api/v1/groups' }), allowed: EVERYONE },
    {
      route: 'POST /api/v1/groups',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/groups',
        payload: { structureId: structureId(), name: `Groupe N${++sequence}` },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'GET /api/v1/groups/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/groups/${(await group()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/groups/:id',
      setup: async () => ({ method: 'PATCH', url: `/api/v1/groups/${(await group()).id}`, payload: { version: 1, size: 10 } }),
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/groups/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/groups/${(await group()).id}` }),
      allowed: MANAGERS,
    },
    {
      route: 'GET /api/v1/groups/:id/form-link',
      setup: async () => ({ method: 'GET', url: `/api/v1/groups/${(await group()).id}/form-link` }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/groups/:id/form-token',
      setup: async () => ({ method: 'POST', url: `/api/v1/groups/${(await group()).id}/form-token`, payload: { version: 1 } }),
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/groups/:id/sessions',
      setup: async () => ({ method: 'POST', url: `/api/v1/groups/${(await group()).id}/sessions`, payload: { heldOn: '2027-01-19' } }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'PATCH /api/v1/groups/:id/sessions/:sessionId',
      setup: async () => {
        const s = await session();
        return { method: 'PATCH', url: `/api/v1/groups/${s.groupId}/sessions/${s.id}`, payload: { version: 1, attendance: 9 } };
      },
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/groups/:id/sessions/:sessionId',
      setup: async () => {
        const s = await session();
        return { method: 'DELETE', url: `/api/v1/groups/${s.groupId}/sessions/${s.id}` };
      },
      allowed: WRITERS,
    },
  ];
}

function contributionCases({ group, photoContribution, request }: Helpers): ParticipationCase[] {
  const approvedPhoto = async () => {
    const c = await photoContribution();
    await request('PATCH', `/api/v1/contributions/${c.id}`, { version: c.version, status: 'approved' });
    return c;
  };
  return [
    {
      route: 'GET /api/v1/contributions',
      setup: async () => ({ method: 'GET', url: '/api/v1/contributions?status=pending' }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/contributions/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/contributions/${(await photoContribution()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/contributions/:id',
      setup: async () => {
        const c = await photoContribution();
        return {
          method: 'PATCH',
          url: `/api/v1/contributions/${c.id}`,
          payload: { version: c.version, status: 'approved', selected: true },
        };
      },
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/contributions/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/contributions/${(await photoContribution()).id}` }),
      allowed: MANAGERS,
    },
    {
      route: 'GET /api/v1/contributions/:id/photo',
      setup: async () => ({ method: 'GET', url: `/api/v1/contributions/${(await photoContribution()).id}/photo` }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/public/groups/:token',
      setup: async () => ({ method: 'GET', url: `/api/v1/public/groups/${(await group()).formToken}` }),
      allowed: EVERYONE,
      public: true,
    },
    {
      route: 'POST /api/v1/public/groups/:token/contributions',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/public/groups/${(await group()).formToken}/contributions`,
        payload: { kind: 'question', text: 'Pourquoi ?', authorName: 'Matrice', ageBracket: '60_plus', consent: true },
      }),
      allowed: EVERYONE,
      okStatus: 201,
      public: true,
    },
    {
      route: 'GET /api/v1/public/contributions/:id/photo',
      setup: async () => ({ method: 'GET', url: `/api/v1/public/contributions/${(await approvedPhoto()).id}/photo` }),
      allowed: EVERYONE,
      public: true,
    },
  ];
}

function planCases(ctx: MatrixContext, { plan, action, request }: Helpers): ParticipationCase[] {
  const actionUrl = (a: { planId: string; id: string }) => `/api/v1/action-plans/${a.planId}/actions/${a.id}`;
  return [
    {
      route: 'GET /api/v1/public/walls/:stopId',
      setup: async () => ({ method: 'GET', url: `/api/v1/public/walls/${(await exhibitionWithStop(ctx.t(), ctx.structureId())).stopId}` }),
      allowed: EVERYONE,
      public: true,
    },
    { route: 'GET /api/v1/action-plans', setup: async () => ({ method: 'GET', url: '/api/v1/action-plans' }), allowed: EVERYONE },
    {
      // One plan per structure: the last one goes (straight in the database) before each try.
      route: 'POST /api/v1/action-plans',
      setup: async () => {
        await ctx.t().database.db.execute(sql`update action_plans set deleted_at = now() where structure_id = ${ctx.structureId()}`);
        return { method: 'POST', url: '/api/v1/action-plans', payload: { structureId: ctx.structureId(), title: `Plan M${++sequence}` } };
      },
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'GET /api/v1/action-plans/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/action-plans/${(await plan()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/action-plans/:id',
      setup: async () => {
        const p = await plan();
        return { method: 'PATCH', url: `/api/v1/action-plans/${p.id}`, payload: { version: p.version, summary: `Résumé ${++sequence}` } };
      },
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/action-plans/:id/actions',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/action-plans/${(await plan()).id}/actions`,
        payload: { title: 'Nouvelle action' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'PATCH /api/v1/action-plans/:id/actions/:actionId',
      setup: async () => {
        const a = await action();
        return { method: 'PATCH', url: actionUrl(a), payload: { version: a.version, status: 'in_progress' } };
      },
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/action-plans/:id/actions/:actionId',
      setup: async () => ({ method: 'DELETE', url: actionUrl(await action()) }),
      allowed: MANAGERS,
    },
    {
      route: 'POST /api/v1/action-plans/:id/actions/:actionId/commitments',
      setup: async () => ({
        method: 'POST',
        url: `${actionUrl(await action())}/commitments`,
        payload: { organisationId: (await newOrganisation(ctx.t(), ctx.coordinator())).id, type: 'relay' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'DELETE /api/v1/action-plans/:id/actions/:actionId/commitments/:commitmentId',
      setup: async () => {
        const a = await action();
        const organisationId = (await newOrganisation(ctx.t(), ctx.coordinator())).id;
        const c = (await request('POST', `${actionUrl(a)}/commitments`, { organisationId, type: 'host' })).json();
        return { method: 'DELETE', url: `${actionUrl(a)}/commitments/${c.id}` };
      },
      allowed: WRITERS,
    },
    {
      route: 'GET /api/v1/organisations/:id/commitments',
      setup: async () => ({
        method: 'GET',
        url: `/api/v1/organisations/${(await newOrganisation(ctx.t(), ctx.coordinator())).id}/commitments`,
      }),
      allowed: EVERYONE,
    },
  ];
}
