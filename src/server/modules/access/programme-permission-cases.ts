import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixContext } from './crm-permission-cases.ts';

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object };
type MatrixCase = { route: string; setup: () => Promise<Call>; allowed: Role[]; okStatus?: number };

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];
const MANAGERS: Role[] = ['manager', 'coordinator'];
const COORDINATION: Role[] = ['coordinator'];
let sequence = 0;

/**
 * The exhibition, events and ideas board. The coordination draws the itinerary; anyone reads it;
 * a stop's structure counts its visitors. Events follow their structure. The ideas board is read,
 * supported and commented by everyone; an idea becomes an event by a member of its structure.
 */
export function programmeCases(ctx: MatrixContext): MatrixCase[] {
  const h = helpers(ctx);
  return [...exhibitionCases(ctx, h), ...eventCases(ctx, h), ...ideaCases(ctx, h)];
}

function helpers(ctx: MatrixContext) {
  const created = async (url: string, payload: object) => {
    const res = await ctx.t().request({ method: 'POST', url, as: ctx.coordinator(), payload });
    if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string; version: number; slots: { id: string }[] };
  };
  const exhibition = () => created('/api/v1/exhibitions', { title: `Exposition ${++sequence}`, theme: 'Mobilités' });
  const stop = async () => {
    const { id } = await exhibition();
    return created(`/api/v1/exhibitions/${id}/stops`, {
      structureId: ctx.structureId(),
      departement: '75',
      installFrom: '2027-01-04',
      opensOn: '2027-01-11',
      closesOn: '2027-02-28',
      removalUntil: '2027-03-03',
    });
  };
  const event = () =>
    created('/api/v1/events', {
      structureId: ctx.structureId(),
      title: `Événement ${++sequence}`,
      format: 'debate',
      slots: [{ startsAt: '2027-01-16T13:00:00Z', endsAt: '2027-01-16T15:00:00Z', capacity: 20 }],
    });
  const idea = () => created('/api/v1/ideas', { structureId: ctx.structureId(), title: `Idée ${++sequence}`, format: 'workshop' });
  return { created, exhibition, stop, event, idea, org: () => newOrganisation(ctx.t(), ctx.coordinator()) };
}
type Helpers = ReturnType<typeof helpers>;

function exhibitionCases(ctx: MatrixContext, { exhibition, stop }: Helpers): MatrixCase[] {
  return [
    { route: 'GET /api/v1/exhibitions', setup: async () => ({ method: 'GET', url: '/api/v1/exhibitions' }), allowed: EVERYONE },
    {
      route: 'POST /api/v1/exhibitions',
      setup: async () => ({ method: 'POST', url: '/api/v1/exhibitions', payload: { title: 'Climats', theme: 'Climat' } }),
      allowed: COORDINATION,
      okStatus: 201,
    },
    {
      route: 'GET /api/v1/exhibitions/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/exhibitions/${(await exhibition()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/exhibitions/:id',
      setup: async () => ({
        method: 'PATCH',
        url: `/api/v1/exhibitions/${(await exhibition()).id}`,
        payload: { version: 1, theme: 'Se déplacer' },
      }),
      allowed: COORDINATION,
    },
    {
      route: 'POST /api/v1/exhibitions/:id/stops',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/exhibitions/${(await exhibition()).id}/stops`,
        payload: {
          structureId: ctx.structureId(),
          departement: '93',
          installFrom: '2027-03-08',
          opensOn: '2027-03-13',
          closesOn: '2027-04-18',
          removalUntil: '2027-04-21',
        },
      }),
      allowed: COORDINATION,
      okStatus: 201,
    },
    {
      route: 'PATCH /api/v1/exhibitions/stops/:id',
      setup: async () => ({
        method: 'PATCH',
        url: `/api/v1/exhibitions/stops/${(await stop()).id}`,
        payload: { version: 1, closesOn: '2027-02-27' },
      }),
      allowed: COORDINATION,
    },
    {
      route: 'DELETE /api/v1/exhibitions/stops/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/exhibitions/stops/${(await stop()).id}` }),
      allowed: COORDINATION,
    },
    {
      route: 'GET /api/v1/exhibitions/stops/:id/visits',
      setup: async () => ({ method: 'GET', url: `/api/v1/exhibitions/stops/${(await stop()).id}/visits` }),
      allowed: EVERYONE,
    },
    {
      route: 'PUT /api/v1/exhibitions/stops/:id/visits/:day',
      setup: async () => ({
        method: 'PUT',
        url: `/api/v1/exhibitions/stops/${(await stop()).id}/visits/2027-01-12`,
        payload: { visitors: 42 },
      }),
      allowed: WRITERS,
    },
  ];
}

function eventCases(ctx: MatrixContext, { event, org, created }: Helpers): MatrixCase[] {
  const withPartner = async () => {
    const e = await event();
    const organisationId = (await org()).id;
    await created(`/api/v1/events/${e.id}/partners`, { organisationId, role: 'speaker' });
    return `/api/v1/events/${e.id}/partners/${organisationId}/speaker`;
  };
  const staffMember = async () => (await ctx.t().userWithRole('member', ctx.structureId())).userId;
  return [
    {
      route: 'GET /api/v1/events',
      setup: async () => ({ method: 'GET', url: '/api/v1/events?from=2027-01-01&to=2027-01-31' }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/events/conflicts',
      setup: async () => ({ method: 'GET', url: '/api/v1/events/conflicts?from=2027-01-01&to=2027-01-31' }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/events',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/events',
        payload: { structureId: ctx.structureId(), title: 'Café des sciences', format: 'science_cafe' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    ...(['csv', 'xlsx'] as const).map(
      (format): MatrixCase => ({
        route: `GET /api/v1/events/export.${format}`,
        setup: async () => ({ method: 'GET', url: `/api/v1/events/export.${format}?structureId=${ctx.structureId()}` }),
        allowed: EVERYONE,
      }),
    ),
    // The matrix's server has no OpenAgenda settings: those allowed get past access and hear so (409).
    ...(['export', 'import'] as const).map(
      (action): MatrixCase => ({
        route: `POST /api/v1/events/openagenda/${action}`,
        setup: async () => ({
          method: 'POST',
          url: `/api/v1/events/openagenda/${action}`,
          payload: { structureId: ctx.structureId(), agendaUid: '12345' },
        }),
        allowed: WRITERS,
        okStatus: 409,
      }),
    ),
    {
      route: 'GET /api/v1/events/openagenda.json',
      setup: async () => ({ method: 'GET', url: `/api/v1/events/openagenda.json?structureId=${ctx.structureId()}` }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/events/openagenda/import-file',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/events/openagenda/import-file',
        payload: {
          structureId: ctx.structureId(),
          agendaUid: '424242',
          events: [
            { uid: 7, title: { fr: 'Atelier' }, timings: [{ begin: '2027-02-01T14:00:00+01:00', end: '2027-02-01T16:00:00+01:00' }] },
          ],
        },
      }),
      allowed: WRITERS,
    },
    {
      route: 'GET /api/v1/events/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/events/${(await event()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'PATCH /api/v1/events/:id',
      setup: async () => ({ method: 'PATCH', url: `/api/v1/events/${(await event()).id}`, payload: { version: 1, status: 'proposed' } }),
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/events/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/events/${(await event()).id}` }),
      allowed: MANAGERS,
    },
    {
      route: 'POST /api/v1/events/:id/slots',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/events/${(await event()).id}/slots`,
        payload: { startsAt: '2027-01-17T13:00:00Z', endsAt: '2027-01-17T15:00:00Z' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'PATCH /api/v1/events/:id/slots/:slotId',
      setup: async () => {
        const e = await event();
        return { method: 'PATCH', url: `/api/v1/events/${e.id}/slots/${e.slots[0]!.id}`, payload: { capacity: 30 } };
      },
      allowed: WRITERS,
    },
    {
      route: 'DELETE /api/v1/events/:id/slots/:slotId',
      setup: async () => {
        const e = await event();
        return { method: 'DELETE', url: `/api/v1/events/${e.id}/slots/${e.slots[0]!.id}` };
      },
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/events/:id/partners',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/events/${(await event()).id}/partners`,
        payload: { organisationId: (await org()).id, role: 'relay' },
      }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'DELETE /api/v1/events/:id/partners/:organisationId/:role',
      setup: async () => ({ method: 'DELETE', url: await withPartner() }),
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/events/:id/staff',
      setup: async () => ({ method: 'POST', url: `/api/v1/events/${(await event()).id}/staff`, payload: { userId: await staffMember() } }),
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'DELETE /api/v1/events/:id/staff/:userId',
      setup: async () => {
        const e = await event();
        const userId = await staffMember();
        await created(`/api/v1/events/${e.id}/staff`, { userId });
        return { method: 'DELETE', url: `/api/v1/events/${e.id}/staff/${userId}` };
      },
      allowed: WRITERS,
    },
  ];
}

function ideaCases(ctx: MatrixContext, { idea }: Helpers): MatrixCase[] {
  return [
    { route: 'GET /api/v1/ideas', setup: async () => ({ method: 'GET', url: '/api/v1/ideas' }), allowed: EVERYONE },
    {
      route: 'POST /api/v1/ideas',
      setup: async () => ({
        method: 'POST',
        url: '/api/v1/ideas',
        payload: { structureId: ctx.structureId(), title: 'Marche exploratoire', format: 'urban_walk' },
      }),
      allowed: EVERYONE,
      okStatus: 201,
    },
    {
      route: 'GET /api/v1/ideas/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/ideas/${(await idea()).id}` }),
      allowed: EVERYONE,
    },
    {
      route: 'DELETE /api/v1/ideas/:id',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/ideas/${(await idea()).id}` }),
      allowed: MANAGERS,
    },
    {
      route: 'POST /api/v1/ideas/:id/comments',
      setup: async () => ({ method: 'POST', url: `/api/v1/ideas/${(await idea()).id}/comments`, payload: { body: 'Bonne idée !' } }),
      allowed: EVERYONE,
      okStatus: 201,
    },
    {
      route: 'PUT /api/v1/ideas/:id/support',
      setup: async () => ({ method: 'PUT', url: `/api/v1/ideas/${(await idea()).id}/support` }),
      allowed: EVERYONE,
    },
    {
      route: 'DELETE /api/v1/ideas/:id/support',
      setup: async () => ({ method: 'DELETE', url: `/api/v1/ideas/${(await idea()).id}/support` }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/ideas/:id/event',
      setup: async () => ({ method: 'POST', url: `/api/v1/ideas/${(await idea()).id}/event` }),
      allowed: WRITERS,
      okStatus: 201,
    },
  ];
}
