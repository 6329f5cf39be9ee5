import type { FastifyRequest } from 'fastify';
import type { Role, StructureKind } from '../../contracts/roles.ts';
import type { Auth } from '../auth/better-auth.ts';
import { authHeaders } from './auth-routes.ts';
import { AppError } from './errors.ts';

export type ActorMembership = {
  id: string;
  structureId: string;
  role: Role;
  structure: { id: string; code: string; name: string; kind: StructureKind };
};
/** Who is asking: the signed-in user and their memberships, read fresh on every request. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  memberships: ActorMembership[];
  isCoordinator: boolean;
};

export type LoadMemberships = (userId: string) => Promise<ActorMembership[]>;

export function createActorResolver(auth: Auth, loadMemberships: LoadMemberships) {
  return async function resolveActor(request: FastifyRequest): Promise<Actor> {
    const session = await auth.api.getSession({ headers: authHeaders(request) });
    if (!session) throw new AppError('unauthenticated', 'Connectez-vous pour continuer.');
    const memberships = await loadMemberships(session.user.id);
    return {
      userId: session.user.id,
      name: session.user.name,
      email: session.user.email,
      memberships,
      isCoordinator: memberships.some((m) => m.role === 'coordinator'),
    };
  };
}
