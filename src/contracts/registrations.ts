import { z } from 'zod';
import { emailSchema, idSchema, timestampsSchema } from './common.ts';
import { postcodeSchema } from './identifiers.ts';
import { searchTextSchema } from './lists.ts';

/** confirmed holds seats; waitlisted waits in arrival order; cancelled frees its seats. */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES);
/** A person alone, or a group booked under one name with a headcount. */
export const REGISTRANT_KINDS = ['person', 'class', 'association', 'other'] as const;
export const registrantKindSchema = z.enum(REGISTRANT_KINDS);
/** How the registrant heard of the event; `relay_partner` goes with a partner's relay code. */
export const HEARD_CHANNELS = ['relay_partner', 'word_of_mouth', 'social_media', 'press', 'poster', 'school', 'website', 'other'] as const;
export const heardChannelSchema = z.enum(HEARD_CHANNELS);
export const REGISTRANT_LANGUAGES = ['fr', 'en'] as const;
export const registrantLanguageSchema = z.enum(REGISTRANT_LANGUAGES);
export type RegistrantLanguage = z.infer<typeof registrantLanguageSchema>;

/** A class or an association rarely exceeds this; larger groups are arranged with the staff. */
export const MAX_HEADCOUNT = 60;

const registrantFields = {
  name: z.string().trim().min(1).max(200),
  email: emailSchema,
  phone: z.string().trim().min(6).max(30).optional(),
  kind: registrantKindSchema.default('person'),
  groupName: z.string().trim().min(1).max(200).optional(),
  headcount: z.number().int().min(1, 'Au moins une personne.').max(MAX_HEADCOUNT, `Au plus ${MAX_HEADCOUNT} personnes par inscription.`),
  /** Must be explicitly true; the moment it was given is stored. */
  consent: z.literal(true, { error: 'Le consentement est nécessaire pour s’inscrire.' }),
  channel: heardChannelSchema.optional(),
  relayCode: z.string().trim().min(1).max(40).optional(),
  postcode: postcodeSchema.optional(),
  language: registrantLanguageSchema.default('fr'),
};

function groupRules(value: { kind: string; headcount: number; groupName?: string }, ctx: z.RefinementCtx) {
  if (value.kind === 'person' && value.headcount !== 1) {
    ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'Une personne seule compte pour 1 ; inscrivez un groupe sinon.' });
  }
  if (value.kind !== 'person' && !value.groupName) {
    ctx.addIssue({ code: 'custom', path: ['groupName'], message: 'Indiquez le nom du groupe.' });
  }
}

/** The public form. `website` is a honeypot: hidden from people, filled by bots. */
export const publicRegistrationSchema = z
  .strictObject({ ...registrantFields, website: z.string().max(200).optional() })
  .superRefine(groupRules);
export type PublicRegistrationInput = z.infer<typeof publicRegistrationSchema>;

/** A registration taken by the staff (phone, desk): same fields, the slot named in the body. */
export const staffRegistrationSchema = z.strictObject({ slotId: idSchema, ...registrantFields }).superRefine(groupRules);
export type StaffRegistrationInput = z.infer<typeof staffRegistrationSchema>;

export const slotParams = z.strictObject({ slotId: idSchema });

/** What the registrant is told right after the form. */
export const registrationReceiptSchema = z.object({
  id: idSchema,
  status: registrationStatusSchema,
  headcount: z.number().int(),
  /** 1 for the first in line; null when confirmed. */
  waitlistPosition: z.number().int().nullable(),
});
export type RegistrationReceipt = z.infer<typeof registrationReceiptSchema>;

export const registrationSchema = z
  .object({
    id: idSchema,
    slotId: idSchema,
    eventId: idSchema,
    status: registrationStatusSchema,
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    kind: registrantKindSchema,
    groupName: z.string().nullable(),
    headcount: z.number().int(),
    consentAt: z.iso.datetime({ offset: true }),
    channel: heardChannelSchema.nullable(),
    relayCode: z.string().nullable(),
    relayOrganisationId: idSchema.nullable(),
    postcode: z.string().nullable(),
    language: registrantLanguageSchema,
    checkInCode: z.string(),
    checkedInAt: z.iso.datetime({ offset: true }).nullable(),
    cancelledAt: z.iso.datetime({ offset: true }).nullable(),
    waitlistPosition: z.number().int().nullable(),
  })
  .extend(timestampsSchema.shape);
export type Registration = z.infer<typeof registrationSchema>;

export const slotSeatsSchema = z.object({
  slotId: idSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  capacity: z.number().int().nullable(),
  /** Seats: the sum of headcounts. */
  confirmedSeats: z.number().int(),
  waitingSeats: z.number().int(),
  checkedInSeats: z.number().int(),
});
export type SlotSeats = z.infer<typeof slotSeatsSchema>;

export const eventRegistrationsQuery = z.strictObject({
  /** Part of a registrant's or a group's name, accents ignored. */
  q: searchTextSchema.optional(),
  status: registrationStatusSchema.optional(),
});
export type EventRegistrationsQuery = z.infer<typeof eventRegistrationsQuery>;

export const eventRegistrationsSchema = z.object({
  eventId: idSchema,
  slots: z.array(slotSeatsSchema.extend({ registrations: z.array(registrationSchema) })),
});
export type EventRegistrations = z.infer<typeof eventRegistrationsSchema>;

/** Check in by the registration's id (from the list) or by the code printed in the confirmation. */
export const checkInSchema = z.union([
  z.strictObject({ registrationId: idSchema }),
  z.strictObject({ code: z.string().trim().toUpperCase().min(4).max(16) }),
]);
export type CheckInInput = z.infer<typeof checkInSchema>;

/**
 * Distant publics: registrants (confirmed, counted in people) whose postcode lies in a commune or a
 * Paris arrondissement with a priority neighbourhood (QPV), or who came through a relay partner's code.
 */
export const slotAttendanceSchema = slotSeatsSchema.extend({
  noShowSeats: z.number().int(),
  distantSeats: z.number().int(),
  /** distantSeats / confirmedSeats, 0 when nobody is confirmed. */
  distantShare: z.number(),
  channels: z.array(z.object({ channel: heardChannelSchema.nullable(), seats: z.number().int() })),
});
export const eventAttendanceSchema = z.object({
  eventId: idSchema,
  slots: z.array(slotAttendanceSchema),
  totals: slotAttendanceSchema.pick({ confirmedSeats: true, checkedInSeats: true, distantSeats: true, distantShare: true }),
});
export type EventAttendance = z.infer<typeof eventAttendanceSchema>;

export const cancelTokenQuery = z.strictObject({ token: z.string().min(10).max(300) });
export const cancelTokenBody = z.strictObject({ token: z.string().min(10).max(300) });

/** What the cancel page shows before the registrant confirms. */
export const cancelPreviewSchema = z.object({
  eventTitle: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  name: z.string(),
  headcount: z.number().int(),
  status: registrationStatusSchema,
});
export type CancelPreview = z.infer<typeof cancelPreviewSchema>;
