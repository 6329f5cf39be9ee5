import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { linkFiltersShape, linkNamesShape, linksInputShape, linksShape } from './interactions.ts';
import { booleanParam, dateSchema, pageQueryShape, pageSchema, sortParam } from './lists.ts';

export const taskSchema = z
  .object({
    id: idSchema,
    structureId: idSchema,
    title: z.string(),
    dueOn: dateSchema.nullable(),
    ownerId: userIdSchema.nullable(),
    ownerName: z.string().nullable(),
    done: z.boolean(),
    doneAt: z.iso.datetime({ offset: true }).nullable(),
    /** The event whose checklist holds it. */
    eventId: idSchema.nullable(),
    ...linksShape,
    ...linkNamesShape,
  })
  .extend(timestampsSchema.shape);
export type Task = z.infer<typeof taskSchema>;

const taskFields = {
  title: z.string().trim().min(1).max(300),
  dueOn: dateSchema.nullable().optional(),
  /** A member of the task's structure; the author when left out. */
  ownerId: userIdSchema.nullable().optional(),
  done: z.boolean().optional(),
  ...linksInputShape,
};
export const taskCreateSchema = z.strictObject({ structureId: idSchema, eventId: idSchema.nullable().optional(), ...taskFields });
export type TaskCreate = z.infer<typeof taskCreateSchema>;
export const taskUpdateSchema = z.strictObject({ version: versionSchema, ...taskFields, title: taskFields.title.optional() });
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

export const TASK_SORTS = ['dueOn', 'createdAt', 'updatedAt', 'title'] as const;
export const taskListQuery = z.strictObject({
  ...pageQueryShape,
  sort: sortParam(TASK_SORTS),
  ...linkFiltersShape,
  ownerId: userIdSchema.optional(),
  done: booleanParam.optional(),
  /** An event's checklist. */
  eventId: idSchema.optional(),
  /** `my-day`: the signed-in user's open tasks, overdue, due today and due later this week (Paris time). */
  view: z.enum(['my-day']).optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;
export const taskPageSchema = pageSchema(taskSchema);
export const myDaySchema = z.object({
  date: dateSchema,
  overdue: z.array(taskSchema),
  today: z.array(taskSchema),
  thisWeek: z.array(taskSchema),
});
export const taskListSchema = z.union([taskPageSchema, myDaySchema]);
