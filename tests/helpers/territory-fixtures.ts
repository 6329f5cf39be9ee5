/** QPV GeoJSON in the shape of the ANCT national file (2024 list), with made-up squares. */
type Square = { west: number; south: number; east: number; north: number };

const polygon = ({ west, south, east, north }: Square) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

export function qpvFeature(code: string, name: string, dep: string, communes: string, square: Square | null) {
  return {
    type: 'Feature',
    properties: {
      code_qp: code,
      lib_qp: name,
      insee_reg: dep === '13' ? '93' : '11',
      lib_reg: dep === '13' ? "Provence-Alpes-Côte d'Azur" : 'Île-de-France',
      insee_dep: dep,
      lib_dep: dep,
      insee_com: communes,
      siren_epci: '200054781',
    },
    geometry: square ? polygon(square) : null,
  };
}

/** In the 20th arrondissement, around 2.400 E 48.869 N. */
export const PARIS_SQUARE = { west: 2.395, south: 48.866, east: 2.405, north: 48.872 };
/** In Montreuil, near the town hall. */
export const MONTREUIL_SQUARE = { west: 2.435, south: 48.857, east: 2.445, north: 48.863 };

export function qpvCollection(overrides: { parisName?: string } = {}) {
  return JSON.stringify({
    type: 'FeatureCollection',
    name: 'QP2024_France_Hexagonale_WGS84',
    features: [
      qpvFeature('QN07520M', overrides.parisName ?? 'Belleville Amandiers', '75', '75056', PARIS_SQUARE),
      qpvFeature('QN09301M', 'Bel Air Grands Pêchers', '93', '93048', MONTREUIL_SQUARE),
      qpvFeature('QN01301M', 'Centre Nord', '13', '13055, 13070', { west: 5.37, south: 43.29, east: 5.38, north: 43.3 }),
      qpvFeature('QN09302M', 'Sans géométrie', '93', '93048', null),
      qpvFeature('pas un code', 'Code illisible', '93', '93048', MONTREUIL_SQUARE),
    ],
  });
}
