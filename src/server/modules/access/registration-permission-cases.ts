import { newRegistrableSlot, person } from '../../../../tests/helpers/registration-factories.ts';
import type { Role } from '../../../contracts/roles.ts';
import { cancelToken, feedbackToken } from '../registrations/cancel-token.ts';
import { registerPublicly } from '../registrations/registrations.service.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];

/** `public`: the route answers signed out too, with the same status as for any role. */
export type PublicMatrixCase = MatrixCase & { public?: boolean };

/**
 * Registrations and the public agenda. The public form, the cancel link and the agenda answer
 * anyone; the staff side follows the event's structure (everyone reads, members write).
 */
export function registrationCases(ctx: MatrixContext): PublicMatrixCase[] {
  let sequence = 0;
  const slot = () => newRegistrableSlot(ctx.t(), ctx.structureId(), { slot: { capacity: 100 } });
  /** Registered through the service, so the setup does not count against the form's rate limit. */
  const registration = async () => {
    const { event, slot: created } = await slot();
    const { app, config } = ctx.t();
    const deps = { db: app.db, mailer: app.mailer, secret: config.secret, publicUrl: config.publicUrl };
    const receipt = await registerPublicly(deps, created.id, {
      ...person(`Matrice ${++sequence}`),
      kind: 'person',
      language: 'fr',
    } as never);
    return { event, slot: created, id: receipt.id, token: cancelToken(config.secret, receipt.id, created.startsAt) };
  };
  /** A fresh registration's feedback link (one answer each). */
  const feedbackLink = async () => feedbackToken(ctx.t().config.secret, (await registration()).id, new Date(Date.now() + 86_400_000));
  return [
    {
      route: 'POST /api/v1/public/slots/:slotId/registrations',
      setup: async () => ({
        method: 'POST',
        url: `/api/v1/public/slots/${(await slot()).slot.id}/registrations`,
        payload: person(`Publique ${++sequence}`),
      }),
      allowed: EVERYONE,
      okStatus: 201,
      public: true,
    },
    {
      route: 'GET /api/v1/public/registrations/cancel',
      setup: async () => ({
        method: 'GET',
        url: `/api/v1/public/registrations/cancel?token=${encodeURIComponent((await registration()).token)}`,
      }),
      allowed: EVERYONE,
      public: true,
    },
    {
      route: 'POST /api/v1/public/registrations/cancel',
      setup: async () => ({ method: 'POST', url: '/api/v1/public/registrations/cancel', payload: { token: (await registration()).token } }),
      allowed: EVERYONE,
      public: true,
    },
    {
      route: 'GET /api/v1/public/events',
      setup: async () => ({ method: 'GET', url: '/api/v1/public/events' }),
      allowed: EVERYONE,
      public: true,
    },
    {
      route: 'GET /api/v1/public/events/:id',
      setup: async () => ({ method: 'GET', url: `/api/v1/public/events/${(await slot()).event.id}` }),
      allowed: EVERYONE,
      public: true,
    },
    {
      route: 'GET /api/v1/events/:id/registrations',
      setup: async () => ({ method: 'GET', url: `/api/v1/events/${(await registration()).event.id}/registrations` }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/events/:id/registrations',
      setup: async () => {
        const { event, slot: created } = await slot();
        return {
          method: 'POST',
          url: `/api/v1/events/${event.id}/registrations`,
          payload: { slotId: created.id, ...person(`Guichet ${++sequence}`) },
        };
      },
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'POST /api/v1/events/:id/check-in',
      setup: async () => {
        const { event, id } = await registration();
        return { method: 'POST', url: `/api/v1/events/${event.id}/check-in`, payload: { registrationId: id } };
      },
      allowed: WRITERS,
    },
    {
      route: 'GET /api/v1/events/:id/attendance',
      setup: async () => ({ method: 'GET', url: `/api/v1/events/${(await registration()).event.id}/attendance` }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/public/feedback',
      setup: async () => ({ method: 'GET', url: `/api/v1/public/feedback?token=${encodeURIComponent(await feedbackLink())}` }),
      allowed: EVERYONE,
      public: true,
    },
    {
      route: 'POST /api/v1/public/feedback',
      setup: async () => ({ method: 'POST', url: '/api/v1/public/feedback', payload: { token: await feedbackLink(), satisfaction: 4 } }),
      allowed: EVERYONE,
      okStatus: 201,
      public: true,
    },
    {
      route: 'POST /api/v1/events/:id/feedback-requests',
      setup: async () => {
        // An event under way: its first slot began an hour ago.
        const now = Date.now();
        const { event } = await newRegistrableSlot(ctx.t(), ctx.structureId(), {
          slot: { startsAt: new Date(now - 3600_000), endsAt: new Date(now + 3600_000) },
        });
        return { method: 'POST', url: `/api/v1/events/${event.id}/feedback-requests` };
      },
      allowed: WRITERS,
    },
    {
      route: 'GET /api/v1/events/:id/feedback',
      setup: async () => ({ method: 'GET', url: `/api/v1/events/${(await registration()).event.id}/feedback` }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/registrations/:id/cancel',
      setup: async () => ({ method: 'POST', url: `/api/v1/registrations/${(await registration()).id}/cancel` }),
      allowed: WRITERS,
    },
  ];
}
