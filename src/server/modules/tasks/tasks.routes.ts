import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import { taskCreateSchema, taskListQuery, taskListSchema, taskSchema, taskUpdateSchema } from '../../../contracts/tasks.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createTask, deleteTask, getTask, listTasks, updateTask } from './tasks.service.ts';

const tags = ['Tasks'];

export const tasksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/tasks', {
    schema: {
      tags,
      summary: 'Tasks, paged; with view=my-day, the signed-in user’s overdue, today’s and this week’s open tasks instead',
      querystring: taskListQuery,
      response: { 200: taskListSchema, ...errorResponses },
    },
    handler: (request) => listTasks(app.db, request.actor, request.query),
  });
  app.post('/tasks', {
    schema: { tags, body: taskCreateSchema, response: { 201: taskSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createTask(app.db, request.actor, request.body)),
  });
  app.get('/tasks/:id', {
    schema: { tags, params: idParams, response: { 200: taskSchema, ...errorResponses } },
    handler: (request) => getTask(app.db, request.actor, request.params.id),
  });
  app.patch('/tasks/:id', {
    schema: { tags, params: idParams, body: taskUpdateSchema, response: { 200: taskSchema, ...errorResponses } },
    handler: (request) => updateTask(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/tasks/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteTask(app.db, request.actor, request.params.id),
  });
};
