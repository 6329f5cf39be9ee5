/** The origins a tile URL template loads images from ({s} subdomains spelled out), for the CSP's img-src. */
export function tileOrigins(tileUrl: string | undefined): string[] {
  if (!tileUrl) return [];
  const origin = new URL(tileUrl.replace(/\{[^}]*\}/g, 'x')).origin;
  if (!tileUrl.includes('{s}')) return [origin];
  return ['a', 'b', 'c'].map((sub) => new URL(tileUrl.replace('{s}', sub).replace(/\{[^}]*\}/g, 'x')).origin);
}
