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

export const Place = z.object({
  id: z.string(),
  name: z.string(),
  categoryId: z.string(),
  /** Finer kind, e.g. `hospital`, `clinic`. */
  subcategory: z.nullable(z.string()),
  location: LatLon,
  address: z.nullable(z.string()),
  unitCode: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  website: z.nullable(HttpUrl),
  /** OpenStreetMap `opening_hours` syntax, e.g. `Mo-Fr 07:30-17:00`; `24/7`. */
  openingHours: z.nullable(z.string()),
  /** `osm` for OpenStreetMap data, `sample` for generated sample data. */
  source: z.enum(['osm', 'sample']),
  /** Credit line to show with the place. */
  attribution: z.string(),
});
export type Place = z.infer<typeof Place>;

/** A place with its distance from the query point. */
export const NearbyPlace = z.extend(Place, { distanceMeters: z.number().check(z.nonnegative()) });
export type NearbyPlace = z.infer<typeof NearbyPlace>;

export const PlaceNearbyQuery = z.object({
  /** `lat,lon`. */
  point: PointParam,
  /** Metres, up to 50 km. Default 2000. */
  radius: z.optional(intParam(1, 50_000)),
  category: z.optional(z.string().check(z.maxLength(200))),
  q: z.optional(TextQueryParam),
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
    summary: 'Places within a radius of a point, nearest first',
    query: PlaceNearbyQuery,
    response: list(NearbyPlace),
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
