import { z } from 'zod';
import { idSchema } from './common.ts';
import { sectorSchema, stageSchema } from './vocabulary.ts';

export const NETWORK_NODE_KINDS = ['structure', 'organisation', 'contact'] as const;
/** Why two nodes are linked: a partnership, a relationship between organisations, a contact's affiliation, an event held together. */
export const NETWORK_LINK_KINDS = ['partnership', 'relationship', 'affiliation', 'event'] as const;

/** A node is named by its kind and its record's id: "organisation:<uuid>". */
export const networkNodeIdSchema = z
  .string()
  .regex(
    /^(structure|organisation|contact):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'Nœud : structure:, organisation: ou contact: suivi d’un identifiant',
  );

export const networkQuery = z.strictObject({
  /** One structure's network; left out, every structure the caller reads. */
  structureId: idSchema.optional(),
  /** The partners kept (their neighbours come with them). */
  sector: sectorSchema.optional(),
  stage: stageSchema.optional(),
});
export type NetworkQuery = z.infer<typeof networkQuery>;

export const networkNodeSchema = z.object({
  id: networkNodeIdSchema,
  kind: z.enum(NETWORK_NODE_KINDS),
  label: z.string(),
  sector: sectorSchema.nullable(),
  /** An organisation's best stage with the structures in view; null for others. */
  stage: stageSchema.nullable(),
  /** Brandes betweenness: shortest paths between two other nodes that pass through this one. */
  betweenness: z.number(),
  /** The same, divided by the number of pairs of other nodes (0 to 1). */
  centrality: z.number(),
  degree: z.number().int(),
});
export type NetworkNode = z.infer<typeof networkNodeSchema>;
export const networkEdgeSchema = z.object({
  source: networkNodeIdSchema,
  target: networkNodeIdSchema,
  kinds: z.array(z.enum(NETWORK_LINK_KINDS)),
});
export type NetworkEdge = z.infer<typeof networkEdgeSchema>;
export const networkSchema = z.object({ nodes: z.array(networkNodeSchema), edges: z.array(networkEdgeSchema) });
export type Network = z.infer<typeof networkSchema>;

export const networkPathQuery = networkQuery.extend({ from: networkNodeIdSchema, to: networkNodeIdSchema });
export type NetworkPathQuery = z.infer<typeof networkPathQuery>;
export const networkPathSchema = z.object({
  /** The nodes from `from` to `to`, both included; null when nothing in the network links them. */
  path: z.array(networkNodeSchema).nullable(),
  /** For each step, why the two nodes are linked. */
  links: z.array(z.array(z.enum(NETWORK_LINK_KINDS))),
});
export type NetworkPath = z.infer<typeof networkPathSchema>;
