import { newContact, newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { MatrixCase, MatrixContext } from './crm-permission-cases.ts';

const EVERYONE: Role[] = ['observer', 'member', 'manager', 'coordinator'];
const WRITERS: Role[] = ['member', 'manager', 'coordinator'];

/** Duplicates review and merges: any role reads the pairs and the merges, the directory's writers merge, dismiss and undo. */
export function mergeCases(ctx: MatrixContext): MatrixCase[] {
  const pair = async (kind: 'organisation' | 'contact') => {
    const make = kind === 'organisation' ? newOrganisation : newContact;
    const [a, b] = [await make(ctx.t(), ctx.coordinator()), await make(ctx.t(), ctx.coordinator())];
    return { survivorId: a.id, mergedId: b.id, survivorVersion: a.version as number, mergedVersion: b.version as number, fields: {} };
  };
  return [
    {
      route: 'GET /api/v1/duplicates/organisations',
      setup: async () => ({ method: 'GET', url: '/api/v1/duplicates/organisations' }),
      allowed: EVERYONE,
    },
    {
      route: 'GET /api/v1/duplicates/contacts',
      setup: async () => ({ method: 'GET', url: '/api/v1/duplicates/contacts' }),
      allowed: EVERYONE,
    },
    {
      route: 'POST /api/v1/duplicates/dismissals',
      setup: async () => {
        const { survivorId, mergedId } = await pair('organisation');
        return { method: 'POST', url: '/api/v1/duplicates/dismissals', payload: { kind: 'organisation', aId: survivorId, bId: mergedId } };
      },
      allowed: WRITERS,
      okStatus: 201,
    },
    {
      route: 'POST /api/v1/organisations/merge',
      setup: async () => ({ method: 'POST', url: '/api/v1/organisations/merge', payload: await pair('organisation') }),
      allowed: WRITERS,
    },
    {
      route: 'POST /api/v1/contacts/merge',
      setup: async () => ({ method: 'POST', url: '/api/v1/contacts/merge', payload: await pair('contact') }),
      allowed: WRITERS,
    },
    { route: 'GET /api/v1/merges', setup: async () => ({ method: 'GET', url: '/api/v1/merges' }), allowed: EVERYONE },
    {
      route: 'POST /api/v1/merges/:id/undo',
      setup: async () => {
        const merged = await ctx
          .t()
          .request({ method: 'POST', url: '/api/v1/organisations/merge', as: ctx.coordinator(), payload: await pair('organisation') });
        return { method: 'POST', url: `/api/v1/merges/${merged.json().id}/undo` };
      },
      allowed: WRITERS,
    },
  ];
}
