import { describe, expect, it } from 'vitest';
import { addEdge, betweenness, type Graph, shortestPath } from './graph.ts';

const graphOf = (edges: [string, string][]): Graph => {
  const graph: Graph = new Map();
  for (const [a, b] of edges) addEdge(graph, a, b);
  return graph;
};

describe('betweenness (Brandes)', () => {
  it('counts, on a small tree, the pairs whose only shortest path crosses each node (computed by hand)', () => {
    // A – B – C – D, and E hanging on B.
    // B lies between A–C, A–D, A–E, C–E, D–E: 5; C between A–D, B–D, D–E: 3; the leaves: 0.
    const scores = betweenness(
      graphOf([
        ['A', 'B'],
        ['B', 'C'],
        ['C', 'D'],
        ['B', 'E'],
      ]),
    );
    expect(Object.fromEntries(scores)).toEqual({ A: 0, B: 5, C: 3, D: 0, E: 0 });
  });

  it('splits a pair between its equal shortest paths', () => {
    // A square A – B – D – C – A: A–D goes through B or C (½ each), B–C through A or D (½ each).
    const scores = betweenness(
      graphOf([
        ['A', 'B'],
        ['B', 'D'],
        ['D', 'C'],
        ['C', 'A'],
      ]),
    );
    expect(Object.fromEntries(scores)).toEqual({ A: 0.5, B: 0.5, C: 0.5, D: 0.5 });
  });

  it('adds up over separate components and ignores self-loops', () => {
    const graph = graphOf([
      ['A', 'B'],
      ['B', 'C'],
      ['X', 'Y'],
      ['X', 'X'],
    ]);
    expect(Object.fromEntries(betweenness(graph))).toEqual({ A: 0, B: 1, C: 0, X: 0, Y: 0 });
  });
});

describe('shortest path', () => {
  const graph = graphOf([
    ['us', 'theatre'],
    ['theatre', 'marie'],
    ['marie', 'museum'],
    ['us', 'school'],
    ['school', 'library'],
    ['library', 'museum'],
    ['museum', 'X'],
  ]);

  it('finds the fewest introductions between two nodes', () => {
    expect(shortestPath(graph, 'us', 'X')).toEqual(['us', 'theatre', 'marie', 'museum', 'X']);
    expect(shortestPath(graph, 'us', 'us')).toEqual(['us']);
  });

  it('answers null when nothing links them, or a node is unknown', () => {
    addEdge(graph, 'island', 'reef');
    expect(shortestPath(graph, 'us', 'island')).toBeNull();
    expect(shortestPath(graph, 'us', 'nowhere')).toBeNull();
  });
});
