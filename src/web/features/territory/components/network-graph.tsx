import { Box } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../../contracts/network.ts';
import { forceLayout } from './network-layout.ts';

const COLORS = { structure: '#c2255c', organisation: '#0b7285', contact: '#5f3dc4' } as const;
const SIZE = 1000;
/** Labels are written for the most central nodes only, so that the picture stays readable. */
const LABELLED = 12;

interface NetworkGraphProps {
  network: Network;
  /** Node ids of the path found, drawn over the rest. */
  highlighted: string[];
  onSelect: (id: string) => void;
}

/** The network drawn as SVG: size by betweenness, colour by kind, the path found in a thick line. */
export function NetworkGraph({ network, highlighted, onSelect }: NetworkGraphProps) {
  const { t } = useTranslation();
  const layout = useMemo(() => forceLayout(network.nodes, network.edges), [network]);
  const maxCentrality = Math.max(...network.nodes.map((n) => n.centrality), 0.0001);
  const labelled = new Set(
    [...network.nodes]
      .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree)
      .slice(0, LABELLED)
      .map((n) => n.id),
  );
  const onPath = new Set(highlighted);
  const pathEdges = new Set(highlighted.slice(1).map((id, i) => [highlighted[i], id].sort().join('|')));
  const at = (id: string) => {
    const p = layout.get(id)!;
    return { x: p.x * SIZE, y: p.y * SIZE };
  };
  return (
    <Box bg="gray.0" style={{ borderRadius: 8, overflow: 'hidden' }}>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width="100%"
        style={{ display: 'block', maxHeight: 640 }}
        role="img"
        aria-label={t('network.graphLabel', { nodes: network.nodes.length, edges: network.edges.length })}
      >
        {network.edges.map((edge) => {
          const a = at(edge.source);
          const b = at(edge.target);
          const strong = pathEdges.has([edge.source, edge.target].sort().join('|'));
          return (
            <line
              key={`${edge.source}|${edge.target}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={strong ? '#e8590c' : edge.kinds.includes('event') ? '#74c0fc' : '#adb5bd'}
              strokeWidth={strong ? 6 : 1.5}
              strokeDasharray={edge.kinds.length === 1 && edge.kinds[0] === 'affiliation' ? '6 4' : undefined}
            />
          );
        })}
        {network.nodes.map((node) => {
          const p = at(node.id);
          const radius = 7 + 18 * Math.sqrt(node.centrality / maxCentrality);
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: the path finder's select offers the same choice to keyboards.
            <g key={node.id} onClick={() => node.kind !== 'structure' && onSelect(node.id)} style={{ cursor: 'pointer' }}>
              <title>{`${node.label} — ${t(`network.kinds.${node.kind}`)}`}</title>
              <circle
                cx={p.x}
                cy={p.y}
                r={radius}
                fill={COLORS[node.kind]}
                stroke={onPath.has(node.id) ? '#e8590c' : '#fff'}
                strokeWidth={onPath.has(node.id) ? 5 : 2}
              />
              {(labelled.has(node.id) || onPath.has(node.id)) && (
                <text
                  x={p.x}
                  y={p.y - radius - 6}
                  textAnchor="middle"
                  fontSize={22}
                  fill="#212529"
                  stroke="#fff"
                  strokeWidth={5}
                  paintOrder="stroke"
                >
                  {node.label.length > 28 ? `${node.label.slice(0, 27)}…` : node.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
