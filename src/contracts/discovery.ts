import { z } from 'zod';
import { idSchema, versionSchema } from './common.ts';
import { inseeCodeSchema } from './identifiers.ts';
import { PAGE_SIZE_MAX } from './lists.ts';
import { publicSchema, sectorSchema, stageSchema } from './vocabulary.ts';

/** The Mobilités lexicon the exhibition ships with; each structure may edit its own copy. */
export const DEFAULT_LEXICON = [
  'mobilité',
  'déplacement',
  'transport',
  'vélo',
  'marche',
  'migration',
  'exil',
  'accessibilité',
  'handicap',
  'urbanisme',
  'voyage',
] as const;

/** Weights of the score's components (they add up to 1): theme, proximity, reach of distant publics, gap filling. */
export const SCORE_WEIGHTS = { theme: 0.4, proximity: 0.25, reach: 0.2, gap: 0.15 } as const;

const commaList = <T extends string>(item: z.ZodType<T, string>, max: number) =>
  z
    .string()
    .max(1000)
    .transform((value) =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1).max(max));

/** "lat,lon,km": a circle around a venue. */
const nearSchema = z
  .string()
  .max(60)
  .transform((value) => value.split(',').map(Number))
  .pipe(
    z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().gt(0).max(200)], {
      error: 'near : latitude,longitude,rayon en km (ex. 48.86,2.39,2)',
    }),
  );

export const discoverySearchQuery = z.strictObject({
  structureId: idSchema,
  q: z.string().trim().min(1).max(200).optional(),
  sector: sectorSchema.optional(),
  /** INSEE codes of communes or arrondissements, comma-separated. */
  territory: commaList(inseeCodeSchema, 60).optional(),
  near: nearSchema.optional(),
  qpv: z.enum(['in', 'near']).optional(),
  publics: commaList(publicSchema, 9).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(20),
});
export type DiscoverySearchQuery = z.infer<typeof discoverySearchQuery>;

const unit = z.number().min(0).max(1);
export const discoveryResultSchema = z.object({
  kind: z.enum(['entry', 'organisation']),
  id: idSchema,
  name: z.string(),
  sector: sectorSchema,
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  inseeCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  qpvCode: z.string().nullable(),
  description: z.string().nullable(),
  source: z.string(),
  organisationId: idSchema.nullable(),
  /** Already followed by the structure: its stage. */
  knownStage: stageSchema.nullable(),
  score: z.number().int().min(0).max(100),
  components: z.object({ theme: unit, proximity: unit, reach: unit, gap: unit }),
  distanceKm: z.number().nullable(),
  matchedWords: z.array(z.string()),
  gaps: z.array(z.enum(['sector', 'territory', 'objective'])),
  explanation: z.string(),
});
export type DiscoveryResult = z.infer<typeof discoveryResultSchema>;
/**
 * Candidates are counted up to this many; beyond, `totalCapped` says "more than". The count walks the
 * directory as far as it counts (a common word: ten rows read for one that matches), for a figure past
 * what anyone pages through (the shortlist ranks a few hundred): 500, not 1,000, halves that walk.
 */
export const DISCOVERY_TOTAL_CAP = 500;
export const discoveryPageSchema = z.object({
  items: z.array(discoveryResultSchema),
  /** Candidates passing the filters, counted up to DISCOVERY_TOTAL_CAP. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  /** How many of them are ranked and reachable by paging: the shortlist found by index walks (about 1,000 at most). */
  ranked: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Where proximity is measured from, and why. */
  origin: z.object({ latitude: z.number(), longitude: z.number(), label: z.string() }).nullable(),
});

export const lexiconQuery = z.strictObject({ structureId: idSchema });
const word = z.string().trim().min(2).max(60);
export const lexiconSchema = z.object({
  structureId: idSchema,
  words: z.array(z.string()),
  /** true while the structure uses the shipped lexicon; version then is null. */
  isDefault: z.boolean(),
  version: versionSchema.nullable(),
});
export const lexiconUpdateSchema = z.strictObject({
  structureId: idSchema,
  words: z
    .array(word)
    .min(1)
    .max(200)
    .transform((words) => [...new Set(words.map((w) => w.toLowerCase()))]),
  /** The version read; omitted when replacing the shipped lexicon for the first time. */
  version: versionSchema.optional(),
});

export const discoveryAddSchema = z.strictObject({
  entryId: idSchema,
  structureId: idSchema,
  /** Link the candidate to this existing organisation (after a duplicate warning) instead of creating one. */
  organisationId: idSchema.optional(),
});
export const discoveryAddResultSchema = z.object({
  organisationId: idSchema,
  partnershipId: idSchema,
  createdOrganisation: z.boolean(),
});

export const dismissalCreateSchema = z.strictObject({
  entryId: idSchema,
  structureId: idSchema,
  reason: z.string().trim().min(2).max(500),
});
export const dismissalSchema = z.object({
  id: idSchema,
  entryId: idSchema,
  structureId: idSchema,
  reason: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
