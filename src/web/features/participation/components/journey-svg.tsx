import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../../contracts/contributions.ts';

const SIZE = 100;
const PAD = 8;

/** A drawn journey as a small SVG on a plain backdrop: the line scaled to fit (longitudes shrunk by cos(latitude)), start and end marked. */
export function JourneySvg({
  journey,
  colour,
  backdrop,
  width,
}: {
  journey: Journey;
  colour: string;
  backdrop: string;
  width: number | string;
}) {
  const { t } = useTranslation();
  const lons = journey.coordinates.map(([lon]) => lon);
  const lats = journey.coordinates.map(([, lat]) => lat);
  const shrink = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const spanX = (Math.max(...lons) - Math.min(...lons)) * shrink;
  const spanY = Math.max(...lats) - Math.min(...lats);
  const scale = (SIZE - 2 * PAD) / Math.max(spanX, spanY, 1e-6);
  const left = PAD + (SIZE - 2 * PAD - spanX * scale) / 2;
  const top = PAD + (SIZE - 2 * PAD - spanY * scale) / 2;
  const points = journey.coordinates.map(
    ([lon, lat]) => [left + (lon - Math.min(...lons)) * shrink * scale, top + (Math.max(...lats) - lat) * scale] as const,
  );
  const start = points[0]!;
  const end = points[points.length - 1]!;
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={width}
      role="img"
      aria-label={t('participation.journey.drawn', { count: journey.coordinates.length })}
      style={{ display: 'block', maxWidth: '100%' }}
    >
      <rect width={SIZE} height={SIZE} rx={6} fill={backdrop} />
      <polyline
        points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke={colour}
        strokeWidth={2.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <circle cx={start[0]} cy={start[1]} r={4} fill={colour} />
      <circle cx={end[0]} cy={end[1]} r={4} fill="#fff" stroke={colour} strokeWidth={2} />
    </svg>
  );
}
