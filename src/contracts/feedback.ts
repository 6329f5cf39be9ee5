import { z } from 'zod';
import { idSchema } from './common.ts';
import { postcodeSchema } from './identifiers.ts';
import { heardChannelSchema } from './registrations.ts';

export const feedbackTokenQuery = z.strictObject({ token: z.string().min(10).max(300) });

/** What the form shows before it is filled. */
export const feedbackFormSchema = z.object({
  eventTitle: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  /** Answered already: the form says thank you instead. */
  answered: z.boolean(),
});
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

/** A participant's answers; `website` is a honeypot, as on the registration form. */
export const feedbackInputSchema = z.strictObject({
  token: z.string().min(10).max(300),
  satisfaction: z.number().int().min(1, 'Une note de 1 à 5.').max(5, 'Une note de 1 à 5.'),
  channel: heardChannelSchema.optional(),
  postcode: postcodeSchema.optional(),
  comment: z.string().trim().max(2000).optional(),
  website: z.string().max(200).optional(),
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export const feedbackReceivedSchema = z.object({ received: z.literal(true) });
export const feedbackRequestsSchema = z.object({ sent: z.number().int() });

const countOf = <T extends z.ZodType>(key: T) => z.object({ value: key, count: z.number().int() });

/** The answers of an event, summed up; comments without names. */
export const feedbackSummarySchema = z.object({
  eventId: idSchema,
  answers: z.number().int(),
  /** Mean of the 1–5 notes, null without answers. */
  averageSatisfaction: z.number().nullable(),
  satisfaction: z.array(countOf(z.number().int())),
  channels: z.array(countOf(heardChannelSchema.nullable())),
  postcodes: z.array(countOf(z.string().nullable())),
  comments: z.array(z.object({ text: z.string(), satisfaction: z.number().int(), createdAt: z.iso.datetime({ offset: true }) })),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;
