/** An undirected, unweighted graph by adjacency sets; node ids are strings. */
export type Graph = Map<string, Set<string>>;

export function addEdge(graph: Graph, a: string, b: string): void {
  if (a === b) return;
  if (!graph.has(a)) graph.set(a, new Set());
  if (!graph.has(b)) graph.set(b, new Set());
  graph.get(a)!.add(b);
  graph.get(b)!.add(a);
}

/**
 * Brandes (2001) betweenness for an unweighted undirected graph: for every node, the sum over
 * pairs {s, t} of other nodes of the share of shortest s–t paths through it. O(V·E).
 */
export function betweenness(graph: Graph): Map<string, number> {
  const score = new Map<string, number>([...graph.keys()].map((v) => [v, 0]));
  for (const s of graph.keys()) {
    const stack: string[] = [];
    const predecessors = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const distance = new Map<string, number>([[s, 0]]);
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of graph.get(v)!) {
        if (!distance.has(w)) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
        if (distance.get(w) === distance.get(v)! + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          predecessors.set(w, [...(predecessors.get(w) ?? []), v]);
        }
      }
    }
    const delta = new Map<string, number>();
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of predecessors.get(w) ?? []) {
        delta.set(v, (delta.get(v) ?? 0) + (sigma.get(v)! / sigma.get(w)!) * (1 + (delta.get(w) ?? 0)));
      }
      if (w !== s) score.set(w, score.get(w)! + (delta.get(w) ?? 0));
    }
  }
  // Each unordered pair was counted from both ends.
  for (const [v, value] of score) score.set(v, value / 2);
  return score;
}

/** One shortest path from `from` to `to` (breadth first, neighbours in insertion order), or null. */
export function shortestPath(graph: Graph, from: string, to: string): string[] | null {
  if (!graph.has(from) || !graph.has(to)) return null;
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (v === to) break;
    for (const w of graph.get(v)!) {
      if (previous.has(w)) continue;
      previous.set(w, v);
      queue.push(w);
    }
  }
  if (!previous.has(to)) return null;
  const path: string[] = [];
  for (let v: string | null = to; v !== null; v = previous.get(v)!) path.unshift(v);
  return path;
}
