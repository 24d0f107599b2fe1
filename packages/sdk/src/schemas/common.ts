import * as z from 'zod/mini';

/** A WGS84 point. `lat` first in objects; GeoJSON order ([lon, lat]) only in GeoJSON. */
export const LatLon = z.object({
  /** Latitude in degrees, −90…90. */
  lat: z.number().check(z.gte(-90), z.lte(90)),
  /** Longitude in degrees, −180…180. */
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type LatLon = z.infer<typeof LatLon>;

/** A bounding box `[west, south, east, north]` in degrees. */
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBox>;

/**
 * An absolute `http:` or `https:` URL. Every URL of the contract is one: a `javascript:`,
 * `data:` or `vbscript:` URL is refused (a contract error in the SDK, a 400 in the sandbox),
 * as it would run script where a widget follows it.
 */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** An ISO 8601 timestamp with offset, e.g. `2026-05-01T08:30:00+07:00`. */
export const Timestamp = z.iso.datetime({ offset: true });
/** A calendar date `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date();

/** A page of a cursor-paged list. */
export const page = <T extends z.core.$ZodType>(item: T) =>
  z.object({
    /** The items of this page, in the list's order. */
    items: z.array(item),
    /** Pass as `cursor` to get the next page; `null` on the last page. */
    nextCursor: z.nullable(z.string()),
    /** How many items match in all, when the server can tell cheaply. */
    total: z.optional(z.int().check(z.nonnegative())),
  });
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number | undefined;
}

/** A list that is not paged. */
export const list = <T extends z.core.$ZodType>(item: T) => z.object({ items: z.array(item) });

/**
 * An error answer, RFC 9457 `application/problem+json`.
 * `code` is stable and machine-readable; `param` names the offending field.
 */
export const Problem = z.looseObject({
  /** A URI reference naming the problem type (`about:blank` when it is only the status). */
  type: z.optional(z.string()),
  /** A short, human-readable summary. */
  title: z.string(),
  /** The HTTP status code. */
  status: z.int(),
  /** A human-readable explanation of this occurrence. */
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** A stable machine-readable code, e.g. `validation_failed`, `not_found`, `rate_limited`. */
  code: z.optional(z.string()),
  /** The request field at fault, as a dotted path (`location.lat`, `query.bbox`). */
  param: z.optional(z.string()),
  /** Every validation issue, when there are several; `code` names the rule broken when it has one (e.g. `installed_exceeds_total`). */
  errors: z.optional(z.array(z.object({ param: z.string(), message: z.string(), code: z.optional(z.string()) }))),
  /**
   * On a server error (5xx): the id of the request in the server's log (also the
   * `X-Request-Id` header of every answer). A 5xx never carries an exception's message.
   */
  requestId: z.optional(z.string()),
});
export type Problem = z.infer<typeof Problem>;

// ---- Query-string helpers: the wire form of query parameters is text. ----

const NUM = String.raw`-?\d+(?:\.\d+)?`;

/** `west,south,east,north` in degrees. */
export const BBoxParam = z.string().check(
  z.regex(new RegExp(`^${NUM},${NUM},${NUM},${NUM}$`), 'bbox must be "west,south,east,north" in degrees'),
  z.refine((s) => {
    const [w, s2, e, n] = s.split(',').map(Number) as [number, number, number, number];
    return w >= -180 && e <= 180 && s2 >= -90 && n <= 90 && w <= e && s2 <= n;
  }, 'bbox must have west ≤ east and south ≤ north, within −180…180 and −90…90'),
);
/** `lat,lon` in degrees. */
export const PointParam = z.string().check(
  z.regex(new RegExp(`^${NUM},${NUM}$`), 'point must be "lat,lon" in degrees'),
  z.refine((s) => {
    const [lat, lon] = s.split(',').map(Number) as [number, number];
    return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  }, 'lat must be within −90…90 and lon within −180…180'),
);
export const intParam = (min: number, max: number) =>
  z.string().check(
    z.regex(/^\d+$/, 'must be a whole number'),
    z.refine((s) => Number(s) >= min && Number(s) <= max, `must be between ${min} and ${max}`),
  );
export const numberParam = (min: number, max: number) =>
  z.string().check(
    z.regex(new RegExp(`^${NUM}$`), 'must be a number'),
    z.refine((s) => Number(s) >= min && Number(s) <= max, `must be between ${min} and ${max}`),
  );
export const LimitParam = intParam(1, 100);
export const CursorParam = z.string().check(z.maxLength(200));
export const TextQueryParam = z.string().check(z.maxLength(200));
export const DateParam = z.iso.date();

export const parseBBox = (s: string): BBox => s.split(',').map(Number) as BBox;
export const parsePoint = (s: string): LatLon => {
  const [lat, lon] = s.split(',').map(Number) as [number, number];
  return { lat, lon };
};
