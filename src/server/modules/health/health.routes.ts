import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../http/errors.ts';
import { sendProblem } from '../../http/problem.ts';

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await app.database.exec('select 1');
      return { status: 'ok', database: app.database.kind };
    } catch {
      return sendProblem(reply, new AppError('unavailable', 'La base de données ne répond pas.'));
    }
  });
};
