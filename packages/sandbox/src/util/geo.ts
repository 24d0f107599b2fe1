import type { BBox } from '@smart-haiphong/sdk';

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres. */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A lon/lat box that contains the circle (for a coarse index query before haversine). */
export function circleBBox(lat: number, lon: number, radiusM: number): BBox {
  const dLat = radiusM / EARTH_RADIUS_M / RAD;
  const dLon = dLat / Math.max(0.01, Math.cos(lat * RAD));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

// Web-Mercator world coordinates in [0, 1) (x east, y south), as map tiles use.
export const mercX = (lon: number): number => (lon + 180) / 360;
export function mercY(lat: number): number {
  const s = Math.sin(lat * RAD);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}
export const mercXToLon = (x: number): number => x * 360 - 180;
export const mercYToLat = (y: number): number => Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) / RAD;

export const inBBox = (b: BBox, lat: number, lon: number): boolean =>
  lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/** Round a coordinate to 5 decimals (about a metre): keeps payloads small. */
export const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;
