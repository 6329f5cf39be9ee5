import { useTranslation } from 'react-i18next';

const WIDTH = 160;
const HEIGHT = 36;

/** The score over the last 12 months as a small line (0 at the bottom, 100 at the top). */
export function ScoreSparkline({ history }: { history: { month: string; score: number }[] }) {
  const { t } = useTranslation();
  const step = WIDTH / Math.max(1, history.length - 1);
  const points = history.map((point, index) => `${(index * step).toFixed(1)},${(HEIGHT - (point.score / 100) * HEIGHT).toFixed(1)}`);
  const label = t('reports.engagement.sparkline', {
    from: history[0]?.score ?? 0,
    to: history.at(-1)?.score ?? 0,
  });
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} style={{ overflow: 'visible' }}>
      <title>{label}</title>
      <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="var(--mantine-color-gray-4)" />
      <polyline points={points.join(' ')} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
    </svg>
  );
}
