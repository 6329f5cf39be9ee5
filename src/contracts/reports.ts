import { z } from 'zod';
import { idSchema } from './common.ts';
import { dateSchema } from './lists.ts';
import { objectiveSchema, sectorSchema, stageSchema } from './vocabulary.ts';

const count = z.number().int();
const tally = <T extends z.ZodType>(key: T) => z.array(z.object({ key, count }));

/**
 * A period (Paris days, both included; by default the current year up to today) and the
 * structures it covers (`structureId`, repeated; by default every structure the reader reads).
 */
export const reportQuery = z
  .strictObject({
    structureId: z
      .union([idSchema, z.array(idSchema).max(50)])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional(),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'La période se termine avant de commencer : la date de fin doit suivre la date de début.',
    path: ['to'],
  });
export type ReportQuery = z.infer<typeof reportQuery>;

export const reportFiguresSchema = z.object({
  partners: z.object({
    /** Live partnerships created on or before the end of the period (their stage today). */
    total: count,
    byStage: tally(stageSchema),
    bySector: tally(sectorSchema),
    byObjective: tally(objectiveSchema),
  }),
  territory: z.object({
    /** Communes and Paris arrondissements with a committed, active or durable partner. */
    communes: count,
    /** Committed, active or durable partners standing in a QPV or within 500 m of one. */
    partnersNearQpv: count,
    /** Distinct QPV such partners stand in. */
    qpvWithPartner: count,
  }),
  events: z.object({
    /** Events held with a slot starting in the period. */
    held: count,
    confirmedSeats: count,
    checkedInSeats: count,
    /** Confirmed seats from a relay partner's code or a postcode of a commune holding a QPV. */
    distantSeats: count,
    distantShare: z.number(),
    exhibitionVisitors: count,
  }),
  participation: z.object({
    groups: count,
    sessions: count,
    participants: count,
    contributions: count,
    approved: count,
  }),
  actionPlan: z.object({
    actions: count,
    done: count,
    inProgress: count,
    overdue: count,
    commitments: count,
    /** Mean over indicators with a target of min(actual / target, 1); null without any. */
    indicatorProgress: z.number().nullable(),
  }),
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportSchema = z.object({
  from: dateSchema,
  to: dateSchema,
  structures: z.array(z.object({ id: idSchema, code: z.string(), name: z.string() })),
  totals: reportFiguresSchema,
  perStructure: z.array(z.object({ structureId: idSchema, figures: reportFiguresSchema })),
});
export type Report = z.infer<typeof reportSchema>;
