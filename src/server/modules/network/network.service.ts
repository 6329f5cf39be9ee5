import type { Network, NetworkEdge, NetworkNode, NetworkPathQuery, NetworkQuery } from '../../../contracts/network.ts';
import { STAGES } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { readableStructureIds, requireAccess } from '../access/require-access.ts';
import { getStructure } from '../structures/structures.service.ts';
import { addEdge, betweenness, type Graph, shortestPath } from './graph.ts';
import { affiliationRows, eventPartnerRows, type OrganisationRef, partnerRows, relationshipRows } from './network.queries.ts';

type LinkKind = NetworkEdge['kinds'][number];
type Stage = (typeof STAGES)[number];
/** Declined and dormant come last: an organisation shows the most advanced live stage it has. */
const STAGE_RANK = (stage: Stage) => (stage === 'declined' || stage === 'dormant' ? -1 : STAGES.indexOf(stage));

/** The structure asked for, or every structure the actor reads. */
async function scopeOf(db: Db, actor: Actor, structureId: string | undefined): Promise<string[] | null> {
  if (!structureId) {
    requireAccess(actor, 'directory:read');
    return readableStructureIds(actor);
  }
  requireAccess(actor, 'structure:read', structureId);
  await getStructure(db, actor, structureId);
  return [structureId];
}

class NetworkBuilder {
  readonly graph: Graph = new Map();
  readonly nodes = new Map<string, Omit<NetworkNode, 'betweenness' | 'centrality' | 'degree'>>();
  readonly links = new Map<string, Set<LinkKind>>();

  node(id: string, kind: NetworkNode['kind'], label: string, sector: NetworkNode['sector'] = null): string {
    if (!this.nodes.has(id)) this.nodes.set(id, { id, kind, label, sector, stage: null });
    return id;
  }
  organisation(ref: OrganisationRef): string {
    return this.node(`organisation:${ref.id}`, 'organisation', ref.name, ref.sector);
  }
  link(a: string, b: string, kind: LinkKind): void {
    if (a === b) return;
    addEdge(this.graph, a, b);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (!this.links.has(key)) this.links.set(key, new Set());
    this.links.get(key)!.add(kind);
  }
  kindsBetween(a: string, b: string): LinkKind[] {
    return [...(this.links.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? [])];
  }
}

/**
 * The partners of the structures in view and what ties them: organisation relationships, contacts
 * working with several of them, events held together. Partners pass the sector and stage filters;
 * their neighbours come along so that brokers outside the pipeline show.
 */
async function buildNetwork(db: Db, structureIds: string[] | null, query: NetworkQuery): Promise<NetworkBuilder> {
  const builder = new NetworkBuilder();
  const partners = await partnerRows(db, structureIds, query);
  for (const row of partners) {
    const structure = builder.node(`structure:${row.structure_id}`, 'structure', row.structure_name);
    const organisation = builder.organisation(row);
    const node = builder.nodes.get(organisation)!;
    if (node.stage === null || STAGE_RANK(row.stage) > STAGE_RANK(node.stage)) node.stage = row.stage;
    builder.link(structure, organisation, 'partnership');
  }
  const partnerIds = [...new Set(partners.map((p) => p.id))];
  for (const row of await relationshipRows(db, partnerIds)) {
    const a = builder.organisation({ id: row.a_id, name: row.a_name, sector: row.a_sector });
    const b = builder.organisation({ id: row.b_id, name: row.b_name, sector: row.b_sector });
    builder.link(a, b, 'relationship');
  }
  for (const row of await affiliationRows(db, partnerIds)) {
    builder.link(builder.node(`contact:${row.contact_id}`, 'contact', row.contact_name), builder.organisation(row), 'affiliation');
  }
  // Events tie their structure to each organisation taking part, and those organisations together.
  const filtered = query.sector !== undefined || query.stage !== undefined;
  const byEvent = new Map<string, string[]>();
  for (const row of await eventPartnerRows(db, structureIds)) {
    const id = `organisation:${row.id}`;
    if (filtered && !builder.nodes.has(id)) continue;
    builder.organisation(row);
    const structure = `structure:${row.structure_id}`;
    if (builder.nodes.has(structure)) builder.link(structure, id, 'event');
    byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), id]);
  }
  for (const members of byEvent.values()) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) builder.link(members[i]!, members[j]!, 'event');
  }
  return builder;
}

function nodesWithCentrality(builder: NetworkBuilder): NetworkNode[] {
  const scores = betweenness(builder.graph);
  const n = builder.nodes.size;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return [...builder.nodes.values()].map((node) => {
    const value = scores.get(node.id) ?? 0;
    return {
      ...node,
      betweenness: Math.round(value * 1000) / 1000,
      centrality: pairs > 0 ? Math.round((value / pairs) * 10000) / 10000 : 0,
      degree: builder.graph.get(node.id)?.size ?? 0,
    };
  });
}

export async function getNetwork(db: Db, actor: Actor, query: NetworkQuery): Promise<Network> {
  const builder = await buildNetwork(db, await scopeOf(db, actor, query.structureId), query);
  const edges = [...builder.links.entries()].map(([key, kinds]) => {
    const [source, target] = key.split('|') as [string, string];
    return { source, target, kinds: [...kinds] };
  });
  return { nodes: nodesWithCentrality(builder), edges };
}

/** "Who can introduce us to X": the fewest steps between two nodes of the network, and why each step holds. */
export async function getNetworkPath(db: Db, actor: Actor, query: NetworkPathQuery) {
  const { from, to, ...filters } = query;
  const builder = await buildNetwork(db, await scopeOf(db, actor, filters.structureId), filters);
  const path = shortestPath(builder.graph, from, to);
  if (!path) return { path: null, links: [] };
  const nodes = new Map(nodesWithCentrality(builder).map((node) => [node.id, node]));
  return {
    path: path.map((id) => nodes.get(id)!),
    links: path.slice(1).map((id, i) => builder.kindsBetween(path[i]!, id)),
  };
}
