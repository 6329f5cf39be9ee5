import type { Auth } from '../auth/better-auth.ts';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Actor } from './actor.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
    auth: Auth;
    mailer: Mailer;
  }
  interface FastifyRequest {
    /** Set for every /api/v1 route that is not public; a signed-out request never reaches a handler. */
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** The route answers without a session (public agenda, forms). */
    public?: boolean;
  }
}
