import * as z from 'zod/mini';
import {
  CursorParam,
  HttpUrl,
  LatLon,
  LimitParam,
  PointParam,
  TextQueryParam,
  intParam,
  list,
  page,
} from './common.js';
import { endpoint } from './endpoint.js';
import { UnitRef } from './units.js';

/** A category of public place (tiện ích). */
export const PlaceCategory = z.object({
  /** e.g. `health`, `education`, `government`, `bus`, `petrol`, `atm`, `wifi`, `hotel`, `restaurant`, `tourism`. */
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
});
export type PlaceCategory = z.infer<typeof PlaceCategory>;

/**
 * A public place. Real places come from OpenStreetMap (`source: 'osm'`) and must be shown with
 * their credit; the sandbox fills the other categories with sample places (`source: 'sample'`).
 */
export const Place = z.object({
  /** Stable id, e.g. `osm-hosp-001`, `pl-42`. */
  id: z.string(),
  /** Name in Vietnamese, NFC. */
  name: z.string(),
  /** One of the ids of `GET /v1/places/categories`. */
  categoryId: z.string(),
  /** Finer kind, e.g. `hospital`, `clinic`, `atm`, `bus_stop` (OpenStreetMap-like values). */
  subcategory: z.nullable(z.string()),
  location: LatLon,
  /** Street address as one line, or null when unknown. */
  address: z.nullable(z.string()),
  /** Code of the commune-level unit the place is in (approximate for real places: from the address, else the nearest unit anchor). */
  unitCode: z.nullable(z.string()),
  /** Phone number as published (e.g. `0225 3123 456`, `+84 225 3123 456`); null when none. */
  phone: z.nullable(z.string()),
  /** Web site URL, or null. */
  website: z.nullable(HttpUrl),
  /**
   * Opening hours in OpenStreetMap `opening_hours` syntax, e.g. `Mo-Fr 07:00-11:30,13:30-17:00; PH off`
   * or `24/7`, in Hải Phòng time; null when unknown. Values come from mappers and may be
   * malformed: clients must treat what they cannot read as unknown.
   */
  openingHours: z.nullable(z.string()),
  /** `osm` for OpenStreetMap data, `sample` for generated sample data (dữ liệu mẫu). */
  source: z.enum(['osm', 'sample']),
  /** Credit line to show with the place: `© OpenStreetMap contributors, ODbL` or one saying it is sample data. */
  attribution: z.string(),
  /** Where the credit links to (OpenStreetMap's copyright page), or null. */
  attributionUrl: z.nullable(z.string()),
});
export type Place = z.infer<typeof Place>;

/** A place with its distance from the query point. */
export const NearbyPlace = z.extend(Place, { distanceMeters: z.number().check(z.nonnegative()) });
export type NearbyPlace = z.infer<typeof NearbyPlace>;

/** How far `places.nearby` pages: at most this many places per query, nearest first. */
export const NEARBY_MAX_RESULTS = 500;

export const PlaceNearbyQuery = z.object({
  /** `lat,lon` in degrees. */
  point: PointParam,
  /** Metres, 1 to 50 000. Default 2000. */
  radius: z.optional(intParam(1, 50_000)),
  /** Category ids, comma-separated (`health,atm`); unknown ids are a 400 naming `query.category`. */
  category: z.optional(z.string().check(z.maxLength(200))),
  /** Words to find in the name or address; tone marks and đ/d are ignored (`benh vien` finds `Bệnh viện`). */
  q: z.optional(TextQueryParam),
  /** From `nextCursor`. Pages stop after the nearest 500 places. */
  cursor: z.optional(CursorParam),
  /** 1 to 100. Default 20. */
  limit: z.optional(LimitParam),
});
export const PlaceSearchQuery = z.object({
  q: z.optional(TextQueryParam),
  category: z.optional(z.string().check(z.maxLength(200))),
  unit: z.optional(UnitRef),
  cursor: z.optional(CursorParam),
  limit: z.optional(LimitParam),
});

export const placeEndpoints = {
  categories: endpoint({
    id: 'places.categories',
    method: 'GET',
    path: '/v1/places/categories',
    tag: 'places',
    summary: 'List place categories',
    response: list(PlaceCategory),
  }),
  nearby: endpoint({
    id: 'places.nearby',
    method: 'GET',
    path: '/v1/places/nearby',
    tag: 'places',
    summary: 'Places within a radius of a point, nearest first, paged (at most the nearest 500)',
    query: PlaceNearbyQuery,
    response: page(NearbyPlace),
  }),
  search: endpoint({
    id: 'places.search',
    method: 'GET',
    path: '/v1/places',
    tag: 'places',
    summary: 'Search places by text, category and unit',
    query: PlaceSearchQuery,
    response: page(Place),
  }),
  get: endpoint({
    id: 'places.get',
    method: 'GET',
    path: '/v1/places/{id}',
    tag: 'places',
    summary: 'Get a place',
    params: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }),
    response: Place,
  }),
};
