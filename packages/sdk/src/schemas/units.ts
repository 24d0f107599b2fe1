import * as z from 'zod/mini';
import { BBox, LatLon, list } from './common.js';
import { endpoint } from './endpoint.js';

/** The three kinds of commune-level unit since 1 July 2025. */
export const UnitType = z.enum(['phường', 'xã', 'đặc khu']);
export type UnitType = z.infer<typeof UnitType>;

/** A commune-level administrative unit (xã, phường, đặc khu) of Hải Phòng. */
export const Unit = z.object({
  /** The official 5-digit code (Công văn 1027/CTK-CSCL), e.g. `10966`. */
  code: z.string().check(z.regex(/^\d{5}$/)),
  /** URL-friendly name without tone marks, e.g. `binh-giang`. Unique in the city. */
  slug: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** Full name with its type, e.g. `Xã Bình Giang`. */
  name: z.string(),
  /** Name without the type, e.g. `Bình Giang`. */
  shortName: z.string(),
  type: UnitType,
  /** A representative point for placing the unit on a map (not a boundary centroid). */
  centroid: LatLon,
  /** A box that frames the unit on a map (approximate: official boundaries are not open data). */
  bbox: BBox,
  /** Pre-2025 units it was formed from (reference). */
  mergedFrom: z.array(z.string()),
});
export type Unit = z.infer<typeof Unit>;

export const UnitList = list(Unit);
export type UnitList = z.infer<typeof UnitList>;

/** A unit is addressed by its official code or its slug. */
export const UnitRef = z
  .string()
  .check(z.maxLength(100), z.regex(/^(\d{5}|[a-z0-9-]+)$/, 'unit must be a 5-digit code or a slug'));

export const unitEndpoints = {
  list: endpoint({
    id: 'units.list',
    method: 'GET',
    path: '/v1/units',
    tag: 'units',
    summary: "List Hải Phòng's commune-level units (phường, xã, đặc khu)",
    query: z.object({ type: z.optional(UnitType) }),
    response: UnitList,
  }),
  get: endpoint({
    id: 'units.get',
    method: 'GET',
    path: '/v1/units/{unit}',
    tag: 'units',
    summary: 'Get one unit by its code or slug',
    params: z.object({ unit: UnitRef }),
    response: Unit,
  }),
};
