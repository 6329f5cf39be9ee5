import { z } from 'zod';
import { idParams, idSchema } from './common.ts';
import { discoveryResultSchema } from './discovery.ts';
import { inseeCodeSchema } from './identifiers.ts';
import { OBJECTIVES, objectiveSchema, sectorSchema, stageSchema } from './vocabulary.ts';

/** How an organisation's coordinates were found: given, geocoded from its address, or its commune's centroid. */
export const GEO_PRECISIONS = ['point', 'address', 'approximate'] as const;
export const geoPrecisionSchema = z.enum(GEO_PRECISIONS);

/** Stages that count as an active partner on the map when no stage is chosen. */
export const ACTIVE_STAGES = ['committed', 'active', 'durable'] as const;
/** A QPV counts as reached when a partner stands in it or this close to it. */
export const QPV_REACH_METERS = 500;

export const TERRITORY_KINDS = ['arrondissement', 'commune'] as const;
export const territoryKindSchema = z.enum(TERRITORY_KINDS);

export const qpvImportResultSchema = z.object({
  read: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  /** Features left out, by their index in the file (0-based), with the reason. */
  rejected: z.array(z.object({ feature: z.number().int(), reason: z.string() })),
  /** Features of other regions, skipped. */
  outsideRegion: z.number().int(),
  /** Organisations whose QPV or distance changed after the import. */
  organisationsUpdated: z.number().int(),
});
export type QpvImportResult = z.infer<typeof qpvImportResultSchema>;

export const LAYERS = ['departements', 'arrondissements', 'communes', 'qpv'] as const;
export const layerParams = z.strictObject({ layer: z.enum(LAYERS) });
export type Layer = (typeof LAYERS)[number];
/** GeoJSON FeatureCollection; each feature's properties carry at least `code` and `nom`. */
export const featureCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

export const mapSettingsSchema = z.object({
  /** A Leaflet tile URL template, or null: the map then shows its layers on a plain background. */
  tileUrl: z.string().nullable(),
  tileAttribution: z.string().nullable(),
  geocoder: z.boolean(),
  qpvCount: z.number().int(),
});
export type MapSettings = z.infer<typeof mapSettingsSchema>;

export const organisationGeographyParams = idParams;
export const organisationGeographySchema = z.object({
  inseeCode: z.string().nullable(),
  territoryName: z.string().nullable(),
  territoryKind: territoryKindSchema.nullable(),
  departement: z.string().nullable(),
  qpv: z.object({ code: z.string(), name: z.string() }).nullable(),
  nearestQpvMeters: z.number().int().nullable(),
  precision: geoPrecisionSchema.nullable(),
});
export type OrganisationGeography = z.infer<typeof organisationGeographySchema>;

export const coverageQuery = z.strictObject({
  /** One structure's partners; left out, every structure the caller reads. */
  structureId: idSchema.optional(),
  stage: stageSchema.optional(),
  sector: sectorSchema.optional(),
  objective: objectiveSchema.optional(),
});
export type CoverageQuery = z.infer<typeof coverageQuery>;

export const coverageTerritorySchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: territoryKindSchema,
  departement: z.string(),
  partners: z.number().int(),
});
export const coverageSchema = z.object({
  /** The structure's département, which frames the map; null across structures. */
  departement: z.string().nullable(),
  territories: z.array(coverageTerritorySchema),
  qpv: z.array(
    z.object({ code: z.string(), name: z.string(), departement: z.string(), reached: z.boolean(), partnersNear: z.number().int() }),
  ),
  markers: z.array(
    z.object({
      partnershipId: idSchema,
      organisationId: idSchema,
      name: z.string(),
      sector: sectorSchema,
      stage: stageSchema,
      latitude: z.number(),
      longitude: z.number(),
      precision: geoPrecisionSchema.nullable(),
      qpvCode: z.string().nullable(),
    }),
  ),
  /** Events of the structures in view held at a located venue (cancelled ones left out), by their first slot. */
  events: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      venueName: z.string(),
      startsAt: z.iso.datetime({ offset: true }).nullable(),
      latitude: z.number(),
      longitude: z.number(),
    }),
  ),
  totals: z.object({ partners: z.number().int(), located: z.number().int(), qpv: z.number().int(), qpvReached: z.number().int() }),
});
export type Coverage = z.infer<typeof coverageSchema>;

const objectiveCounts = z.object(
  Object.fromEntries(OBJECTIVES.map((o) => [o, z.number().int()])) as Record<(typeof OBJECTIVES)[number], z.ZodNumber>,
);
export const coverageMatrixQuery = coverageQuery.omit({ objective: true });
export type CoverageMatrixQuery = z.infer<typeof coverageMatrixQuery>;
export const coverageMatrixSchema = z.object({
  objectives: z.array(objectiveSchema),
  sectors: z.array(z.object({ sector: sectorSchema, counts: objectiveCounts, partners: z.number().int() })),
  /** The territories of the structure's département (or, across structures, those with partners). */
  territories: z.array(z.object({ code: z.string(), name: z.string(), counts: objectiveCounts, partners: z.number().int() })),
});
export type CoverageMatrix = z.infer<typeof coverageMatrixSchema>;

/** A zero cell of a matrix: a sector or a territory (INSEE code) where no active partner serves the objective. */
export const coverageGapSchema = z.object({
  sector: sectorSchema.nullable(),
  inseeCode: z.string().nullable(),
  /** The sector's or territory's name, for lists. */
  label: z.string(),
  objective: objectiveSchema,
});
export type CoverageGap = z.infer<typeof coverageGapSchema>;
export const coverageGapsQuery = z.strictObject({ structureId: idSchema });
export const coverageGapListSchema = z.object({ items: z.array(coverageGapSchema) });
export type CoverageGapList = z.infer<typeof coverageGapListSchema>;

/** How many candidates a gap shows. */
export const GAP_CANDIDATES = 5;
export const gapCandidatesQuery = z
  .strictObject({
    structureId: idSchema,
    sector: sectorSchema.optional(),
    inseeCode: inseeCodeSchema.optional(),
    objective: objectiveSchema,
  })
  .refine((q) => (q.sector === undefined) !== (q.inseeCode === undefined), {
    error: 'Indiquez soit un secteur (sector), soit un territoire (inseeCode), pas les deux.',
    path: ['sector'],
  });
export type GapCandidatesQuery = z.infer<typeof gapCandidatesQuery>;
export const gapCandidatesSchema = z.object({
  /** Active partners serving the objective there: 0 while the gap is open. */
  partners: z.number().int(),
  items: z.array(discoveryResultSchema),
  /** Where proximity is measured from, as discovery says it. */
  originLabel: z.string().nullable(),
});
export type GapCandidates = z.infer<typeof gapCandidatesSchema>;
