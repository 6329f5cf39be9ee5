/** Classes of the choropleth: how many active partners a territory has. */
export const SHADES = [
  { min: 0, max: 0, color: '#f1f3f5' },
  { min: 1, max: 1, color: '#c5f6fa' },
  { min: 2, max: 3, color: '#66d9e8' },
  { min: 4, max: 6, color: '#15aabf' },
  { min: 7, max: Number.POSITIVE_INFINITY, color: '#0b7285' },
] as const;

export function shadeOf(partners: number): string {
  return (SHADES.find((s) => partners >= s.min && partners <= s.max) ?? SHADES[0]).color;
}

export const QPV_COLOR = '#c2255c';
