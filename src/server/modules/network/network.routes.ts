import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { networkPathQuery, networkPathSchema, networkQuery, networkSchema } from '../../../contracts/network.ts';
import { errorResponses } from '../../http/openapi.ts';
import { getNetwork, getNetworkPath } from './network.service.ts';

const tags = ['Network'];

export const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/network', {
    schema: {
      tags,
      summary: 'The partners network: structures, partner organisations, their contacts, relationships and shared events, with betweenness',
      description:
        'Nodes are "structure:<id>", "organisation:<id>" or "contact:<id>"; an edge lists why two nodes are linked (partnership, relationship, affiliation, event). betweenness is Brandes’, centrality the same divided by the pairs of other nodes.',
      querystring: networkQuery,
      response: { 200: networkSchema, ...errorResponses },
    },
    handler: (request) => getNetwork(app.db, request.actor, request.query),
  });
  app.get('/network/path', {
    schema: {
      tags,
      summary: 'The shortest chain of introductions between two nodes of the network (path null when none)',
      querystring: networkPathQuery,
      response: { 200: networkPathSchema, ...errorResponses },
    },
    handler: (request) => getNetworkPath(app.db, request.actor, request.query),
  });
};
