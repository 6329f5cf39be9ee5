import proj4 from 'proj4';

/** Lambert-93 (EPSG:2154), the projection of SIRENE's coordinates in metropolitan France. */
const LAMBERT_93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toWgs84 = proj4(LAMBERT_93, 'WGS84');

/** Latitude and longitude (WGS84) of a Lambert-93 point, rounded to about 10 cm. */
export function lambert93ToWgs84(x: number, y: number): { latitude: number; longitude: number } {
  const [longitude, latitude] = toWgs84.forward([x, y]) as [number, number];
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}
