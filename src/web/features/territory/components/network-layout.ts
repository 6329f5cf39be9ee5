import type { NetworkEdge, NetworkNode } from '../../../../contracts/network.ts';

export type Placed = { x: number; y: number };

/**
 * Fruchterman–Reingold on a unit square, started from a circle so the result is the same on every
 * render: linked nodes pull together, all nodes push apart. O(n² · iterations), fine for a few hundred nodes.
 */
export function forceLayout(nodes: NetworkNode[], edges: NetworkEdge[], iterations = 120): Map<string, Placed> {
  const n = nodes.length;
  const position = new Map<string, Placed>(
    nodes.map((node, i) => [node.id, { x: 0.5 + 0.4 * Math.cos((2 * Math.PI * i) / n), y: 0.5 + 0.4 * Math.sin((2 * Math.PI * i) / n) }]),
  );
  if (n < 2) return position;
  const k = Math.sqrt(1 / n);
  let temperature = 0.1;
  for (let step = 0; step < iterations; step++) {
    const shift = new Map(nodes.map((node) => [node.id, { x: 0, y: 0 }]));
    for (let i = 0; i < n; i++) {
      const a = position.get(nodes[i]!.id)!;
      for (let j = i + 1; j < n; j++) {
        const b = position.get(nodes[j]!.id)!;
        const dx = a.x - b.x || 1e-4;
        const dy = a.y - b.y || 1e-4;
        const distance = Math.max(Math.hypot(dx, dy), 1e-3);
        const push = (k * k) / distance;
        const sa = shift.get(nodes[i]!.id)!;
        const sb = shift.get(nodes[j]!.id)!;
        sa.x += (dx / distance) * push;
        sa.y += (dy / distance) * push;
        sb.x -= (dx / distance) * push;
        sb.y -= (dy / distance) * push;
      }
    }
    for (const edge of edges) {
      const a = position.get(edge.source);
      const b = position.get(edge.target);
      if (!a || !b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const distance = Math.max(Math.hypot(dx, dy), 1e-3);
      const pull = (distance * distance) / k;
      const sa = shift.get(edge.source)!;
      const sb = shift.get(edge.target)!;
      sa.x -= (dx / distance) * pull;
      sa.y -= (dy / distance) * pull;
      sb.x += (dx / distance) * pull;
      sb.y += (dy / distance) * pull;
    }
    for (const node of nodes) {
      const p = position.get(node.id)!;
      const s = shift.get(node.id)!;
      const length = Math.max(Math.hypot(s.x, s.y), 1e-9);
      p.x = Math.min(0.97, Math.max(0.03, p.x + (s.x / length) * Math.min(length, temperature)));
      p.y = Math.min(0.97, Math.max(0.03, p.y + (s.y / length) * Math.min(length, temperature)));
    }
    temperature *= 0.97;
  }
  return position;
}
