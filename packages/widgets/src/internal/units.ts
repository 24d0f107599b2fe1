import type { LatLon, Unit } from '@smart-haiphong/sdk';

/** Great-circle distance in metres (haversine; plenty for distances within a city). */
export function distance(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/**
 * The unit whose anchor point is nearest to `point`: the one nearest-commune rule of every
 * widget. Boundaries are not open data, so this is a best guess that a widget says is one
 * and lets the citizen correct.
 */
export function nearestUnit(units: readonly Unit[], point: LatLon): Unit | undefined {
  let best: Unit | undefined;
  let bestDistance = Infinity;
  for (const unit of units) {
    const d = distance(point, unit.centroid);
    if (d < bestDistance) [best, bestDistance] = [unit, d];
  }
  return best;
}

/** A unit by its official code (`10966`) or its slug (`binh-giang`). */
export function findUnit(units: readonly Unit[], wanted: string | undefined): Unit | undefined {
  return wanted ? units.find((u) => u.code === wanted || u.slug === wanted) : undefined;
}
