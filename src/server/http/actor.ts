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
/** Who is asking: the signed-in user and their memberships. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  memberships: ActorMembership[];
  isCoordinator: boolean;
};

export type LoadMemberships = (userId: string) => Promise<ActorMembership[]>;

/**
 * Reading a session and its memberships costs a signature check and a query; pages fire
 * several requests at once, so a resolved actor is kept a few seconds, keyed by the exact
 * signed cookie. Any write on this node empties the cache (a role change or a sign-out
 * applies at once here); other nodes see it within cacheMs (MAILLAGE_ACTOR_CACHE_MS; 0 turns it off).
 */
const ACTOR_CACHE_MAX = 10_000;

export function createActorResolver(auth: Auth, loadMemberships: LoadMemberships, cacheMs: number) {
  const cache = new Map<string, { actor: Actor; until: number }>();

  async function resolve(request: FastifyRequest): Promise<Actor> {
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
  }

  return {
    async resolveActor(request: FastifyRequest): Promise<Actor> {
      const key = request.headers.cookie;
      if (!key) throw new AppError('unauthenticated', 'Connectez-vous pour continuer.');
      const hit = cache.get(key);
      if (hit && hit.until > Date.now()) return hit.actor;
      const actor = await resolve(request);
      if (cacheMs === 0) return actor;
      if (cache.size >= ACTOR_CACHE_MAX) cache.clear();
      cache.set(key, { actor, until: Date.now() + cacheMs });
      return actor;
    },
    forgetAll(): void {
      cache.clear();
    },
  };
}

export type ActorResolver = ReturnType<typeof createActorResolver>;
