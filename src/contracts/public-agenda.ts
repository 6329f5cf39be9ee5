import { z } from 'zod';
import { idSchema } from './common.ts';
import { dateSchema, pageQueryShape, pageSchema, searchTextSchema } from './lists.ts';
import { departementSchema } from './roles.ts';
import { accessibilityNeedSchema, attendanceModeSchema, eventFormatSchema, publicSchema, registrationModeSchema } from './vocabulary.ts';

export const publicEventStatusSchema = z.enum(['confirmed', 'held', 'postponed', 'cancelled']);

export const publicEventsQuery = z.strictObject({
  ...pageQueryShape,
  /** Where the event takes place: the venue's département, else its structure's. */
  departement: departementSchema.optional(),
  stopId: idSchema.optional(),
  format: eventFormatSchema.optional(),
  public: publicSchema.optional(),
  accessibility: accessibilityNeedSchema.optional(),
  /** Paris days: events with a slot on or after `from` (today at the earliest), on or before `to`. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  /** The venue's commune or its postcode (start of it), accents and case ignored. */
  commune: z.string().trim().min(1).max(100).optional(),
  /** Words of the title or the description, accents and case ignored. */
  q: searchTextSchema.optional(),
});
export type PublicEventsQuery = z.infer<typeof publicEventsQuery>;

export const publicSlotSchema = z.object({
  id: idSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  capacity: z.number().int().nullable(),
  /** null without a capacity; 0 when full (new registrations go on the waiting list). */
  seatsLeft: z.number().int().nullable(),
});
export type PublicSlot = z.infer<typeof publicSlotSchema>;

export const publicVenueSchema = z.object({
  name: z.string(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

export const publicEventSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  format: eventFormatSchema,
  status: publicEventStatusSchema,
  attendanceMode: attendanceModeSchema,
  onlineUrl: z.string().nullable(),
  publics: z.array(publicSchema),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  accessibility: z.array(accessibilityNeedSchema),
  registrationMode: registrationModeSchema,
  registrationUrl: z.string().nullable(),
  departement: z.string(),
  stopId: idSchema.nullable(),
  organizer: z.object({ code: z.string(), name: z.string() }),
  venue: publicVenueSchema.nullable(),
  /** Upcoming slots in the list; every slot on the event's own page. */
  slots: z.array(publicSlotSchema),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;

export const publicEventPageSchema = pageSchema(publicEventSchema);
export type PublicEventPage = z.infer<typeof publicEventPageSchema>;
