import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { dateSchema, namedRefSchema, pageQueryShape, pageSchema, sortParam } from './lists.ts';
import {
  accessibilityNeedSchema,
  attendanceModeSchema,
  eventFormatSchema,
  eventPartnerRoleSchema,
  eventStatusSchema,
  publicSchema,
  registrationModeSchema,
} from './vocabulary.ts';

const instant = z.iso.datetime({ offset: true });
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(20)
    .transform((values) => [...new Set(values)]);
const urlSchema = z.url({ protocol: /^https?$/ }).max(2000);

export const slotSchema = z.object({ id: idSchema, startsAt: instant, endsAt: instant, capacity: z.number().int().nullable() });
export type Slot = z.infer<typeof slotSchema>;

export const eventPartnerSchema = z.object({
  organisationId: idSchema,
  name: z.string(),
  role: eventPartnerRoleSchema,
  /** Relays only: the code registrants give to say how they heard of the event. */
  relayCode: z.string().nullable(),
});
export const eventStaffSchema = z.object({ userId: userIdSchema, name: z.string() });

/** A venue or a person booked on two overlapping slots. */
export const conflictSchema = z.object({
  kind: z.enum(['venue', 'staff']),
  /** The venue's organisation id or the staff member's user id. */
  resourceId: z.string(),
  resourceName: z.string(),
  eventId: idSchema,
  eventTitle: z.string(),
  slot: slotSchema,
  otherEventId: idSchema,
  otherEventTitle: z.string(),
  otherSlot: slotSchema,
});
export type Conflict = z.infer<typeof conflictSchema>;

export const eventSchema = z
  .object({
    id: idSchema,
    structureId: idSchema,
    stopId: idSchema.nullable(),
    venueId: idSchema.nullable(),
    venue: namedRefSchema.nullable(),
    title: z.string(),
    description: z.string().nullable(),
    format: eventFormatSchema,
    status: eventStatusSchema,
    moduleId: idSchema.nullable(),
    attendanceMode: attendanceModeSchema,
    onlineUrl: z.string().nullable(),
    publics: z.array(publicSchema),
    ageMin: z.number().int().nullable(),
    ageMax: z.number().int().nullable(),
    accessibility: z.array(accessibilityNeedSchema),
    registrationMode: registrationModeSchema,
    registrationUrl: z.string().nullable(),
    /** In time order. */
    slots: z.array(slotSchema),
  })
  .extend(timestampsSchema.shape);
export type Event = z.infer<typeof eventSchema>;

export const eventDetailSchema = eventSchema.extend({
  partners: z.array(eventPartnerSchema),
  staff: z.array(eventStaffSchema),
  /** The idea it came from, if any. */
  ideaId: idSchema.nullable(),
  /** Double bookings of its venue or staff: warnings, the event is saved all the same. */
  conflicts: z.array(conflictSchema),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const slotInputSchema = z.strictObject({
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(0).max(100_000).nullable().optional(),
});
export type SlotInput = z.infer<typeof slotInputSchema>;
export const slotUpdateSchema = z.strictObject({
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  capacity: slotInputSchema.shape.capacity,
});
export type SlotUpdate = z.infer<typeof slotUpdateSchema>;

const age = z.number().int().min(0).max(120).nullable().optional();
const eventFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000).nullable().optional(),
  format: eventFormatSchema,
  stopId: idSchema.nullable().optional(),
  venueId: idSchema.nullable().optional(),
  moduleId: idSchema.nullable().optional(),
  attendanceMode: attendanceModeSchema.optional(),
  onlineUrl: urlSchema.nullable().optional(),
  publics: uniqueList(publicSchema).optional(),
  ageMin: age,
  ageMax: age,
  accessibility: uniqueList(accessibilityNeedSchema).optional(),
  registrationMode: registrationModeSchema.optional(),
  registrationUrl: urlSchema.nullable().optional(),
};
export const eventCreateSchema = z.strictObject({
  structureId: idSchema,
  ...eventFields,
  /** A new event is an idea unless said otherwise; it cannot be created already held. */
  status: eventStatusSchema.exclude(['held']).optional(),
  slots: z.array(slotInputSchema).max(50).optional(),
});
export type EventCreate = z.infer<typeof eventCreateSchema>;
export const eventUpdateSchema = z.strictObject({
  version: versionSchema,
  ...eventFields,
  title: eventFields.title.optional(),
  format: eventFields.format.optional(),
  status: eventStatusSchema.optional(),
});
export type EventUpdate = z.infer<typeof eventUpdateSchema>;

export const EVENT_SORTS = ['startsAt', 'title', 'createdAt', 'updatedAt'] as const;
export const eventListQuery = z.strictObject({
  ...pageQueryShape,
  sort: sortParam(EVENT_SORTS),
  structureId: idSchema.optional(),
  status: eventStatusSchema.optional(),
  format: eventFormatSchema.optional(),
  stopId: idSchema.optional(),
  moduleId: idSchema.optional(),
  public: publicSchema.optional(),
  /** Paris days: events with a slot on or after `from`, on or before `to`. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});
export type EventListQuery = z.infer<typeof eventListQuery>;
/** The list's filters and sort, without pages: an export holds every row. */
export const eventExportQuery = eventListQuery.omit({ page: true, pageSize: true });
export type EventExportQuery = z.infer<typeof eventExportQuery>;
export const eventPageSchema = pageSchema(eventSchema);

export const conflictsQuery = z.strictObject({ from: dateSchema, to: dateSchema, structureId: idSchema.optional() });
export type ConflictsQuery = z.infer<typeof conflictsQuery>;
export const conflictListSchema = z.object({ items: z.array(conflictSchema) });

export const slotParams = z.strictObject({ id: idSchema, slotId: idSchema });
export const partnerInputSchema = z.strictObject({ organisationId: idSchema, role: eventPartnerRoleSchema });
export const partnerParams = z.strictObject({ id: idSchema, organisationId: idSchema, role: eventPartnerRoleSchema });
export const staffInputSchema = z.strictObject({ userId: userIdSchema });
export const staffParams = z.strictObject({ id: idSchema, userId: userIdSchema });
