import { z } from 'zod';
import { idSchema } from './common.ts';

/**
 * OpenAgenda v2 event, as its API reads and writes it (developers.openagenda.com): texts are maps
 * of language to text, `timings` are instants, `attendanceMode` 1 on site, 2 online, 3 mixed,
 * `status` 1 scheduled, 2 rescheduled, 3 moved online, 4 postponed, 5 full, 6 cancelled,
 * `accessibility` flags hi (hearing), vi (visual), pi (psychic), mi (motor), ii (intellectual),
 * `location` the place (read with the event; written as `locationUid`, a location of the agenda).
 * Only the fields Maillage reads are checked; the rest passes untouched.
 */
const languageMap = z.record(z.string().min(2).max(5), z.string());
export const openAgendaTimingSchema = z.object({ begin: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) });
/** An OpenAgenda location as events carry it (GET …/events?detailed=1): name and address required there. */
export const openAgendaLocationSchema = z.object({
  uid: z
    .union([z.number().int(), z.string().regex(/^\d{1,20}$/)])
    .transform(String)
    .optional()
    .nullable(),
  name: z.string().trim().min(1, 'Nom du lieu manquant').max(300),
  address: z.string().trim().max(500).optional().nullable(),
  postalCode: z.string().trim().max(20).optional().nullable(),
  city: z.string().trim().max(200).optional().nullable(),
  latitude: z.number().min(-90).max(90).optional().nullable(),
  longitude: z.number().min(-180).max(180).optional().nullable(),
});
export type OpenAgendaLocation = z.infer<typeof openAgendaLocationSchema>;

export const openAgendaEventSchema = z.object({
  uid: z.union([z.number().int(), z.string().regex(/^\d{1,20}$/)]).transform(String),
  title: languageMap.refine((map) => Object.values(map).some((text) => text.trim() !== ''), 'Titre manquant'),
  description: languageMap.optional().nullable(),
  longDescription: languageMap.optional().nullable(),
  timings: z.array(openAgendaTimingSchema).min(1, 'Au moins un horaire (timings)').max(50),
  attendanceMode: z.number().int().min(1).max(3).optional().nullable(),
  onlineAccessLink: z.string().url().optional().nullable(),
  status: z.number().int().min(1).max(6).optional().nullable(),
  age: z.object({ min: z.number().int().nullable().optional(), max: z.number().int().nullable().optional() }).optional().nullable(),
  accessibility: z.record(z.string(), z.boolean()).optional().nullable(),
  registration: z
    .array(z.object({ type: z.string(), value: z.string() }))
    .optional()
    .nullable(),
  location: openAgendaLocationSchema.optional().nullable(),
});
export type OpenAgendaEvent = z.infer<typeof openAgendaEventSchema>;
export type OpenAgendaEventInput = z.input<typeof openAgendaEventSchema>;

export const openAgendaRunSchema = z.strictObject({
  structureId: idSchema,
  /** The agenda's uid on OpenAgenda (digits). */
  agendaUid: z.string().regex(/^\d{1,20}$/, 'L’identifiant d’agenda OpenAgenda est un nombre.'),
});
export type OpenAgendaRun = z.infer<typeof openAgendaRunSchema>;

/** An OpenAgenda v2 JSON file (the `events` of `GET /v2/agendas/{uid}/events`), read into a structure's events. */
export const openAgendaFileImportSchema = z.strictObject({
  ...openAgendaRunSchema.shape,
  events: z.array(z.unknown()).min(1).max(500),
});
export type OpenAgendaFileImport = z.infer<typeof openAgendaFileImportSchema>;
export const openAgendaFileQuery = z.strictObject({ structureId: idSchema });
/** What Maillage writes as an OpenAgenda v2 JSON file: the shape the API lists events in. */
export const openAgendaFileSchema = z.object({ total: z.number().int(), events: z.array(z.record(z.string(), z.unknown())) });

export const openAgendaReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Events left out, each with the reason (an imported event without title or timings, for one). */
  skipped: z.array(z.object({ uid: z.string().nullable(), reason: z.string() })),
});
export type OpenAgendaReport = z.infer<typeof openAgendaReportSchema>;

/** Whether this server reaches OpenAgenda: reads need the URL and the public key, exports the secret key too. */
export const openAgendaSettingsSchema = z.object({ configured: z.boolean(), canExport: z.boolean() });
export type OpenAgendaSettingsView = z.infer<typeof openAgendaSettingsSchema>;
