import * as z from 'zod/mini';
import { BBox, HttpUrl } from './common.js';
import { endpoint } from './endpoint.js';

/** The OAuth 2.0 identity provider (VNeID-backed in production). */
export const IdentityProvider = z.object({
  /** Shown on the sign-in button, e.g. `VNeID`. */
  name: z.string(),
  /** Where sign-in starts (http(s) only). */
  authorizationEndpoint: HttpUrl,
  /** Where the code is traded for a token (http(s) only). */
  tokenEndpoint: HttpUrl,
  clientId: z.string(),
  scopes: z.array(z.string()),
});
export type IdentityProvider = z.infer<typeof IdentityProvider>;

/**
 * One credit for the data shown (a map's basemap, a data set): plain text and, when the
 * licence asks for one, a link. Widgets show the text as text (never as HTML) and make a
 * link only from `url`, which is always http(s).
 */
export const Credit = z.object({
  /** The credit as shown, e.g. `© OpenStreetMap contributors`. Plain text. */
  text: z.string(),
  /** Where the credit links to, e.g. `https://www.openstreetmap.org/copyright`. */
  url: z.optional(HttpUrl),
});
export type Credit = z.infer<typeof Credit>;

/** Per-deployment settings that the city controls. */
export const Config = z.object({
  /** Name of the deployment, e.g. `Smart Hải Phòng`. */
  name: z.string(),
  /** A MapLibre style URL; `null` means draw the local offline basemap only. */
  mapStyleUrl: z.nullable(HttpUrl),
  /**
   * A GeoJSON of the city's land (a FeatureCollection of polygons, with an `attribution`
   * member) that maps draw as their basemap when `mapStyleUrl` is null or unreachable.
   * Absent or `null`: maps draw a plain background.
   */
  basemapUrl: z.optional(z.nullable(HttpUrl)),
  /** Credits to show on maps and beside data, in order: structured, never HTML. */
  credits: z.array(Credit),
  /**
   * @deprecated Read `credits`. The same credits as one line of plain text (never HTML),
   * kept while widgets still read it; it will be removed in the next major version.
   */
  attribution: z.string(),
  /** The feedback hotline, `1022`. */
  hotline: z.string(),
  /** Emergency numbers to point to instead of sending feedback. */
  emergencyNumbers: z.array(z.object({ number: z.string(), name: z.string() })),
  /** Whether submitting feedback needs a signed-in citizen. */
  requireSignIn: z.boolean(),
  identityProvider: IdentityProvider,
  /** Photos allowed per feedback. */
  maxPhotos: z.int().check(z.gte(0), z.lte(10)),
  /** Largest photo upload accepted, in bytes. */
  maxPhotoBytes: z.int().check(z.positive()),
  /** The city's extent: locations outside are refused. */
  cityBBox: BBox,
  /** True when the server holds sample data (the sandbox). */
  sampleData: z.boolean(),
});
export type Config = z.infer<typeof Config>;

export const configEndpoints = {
  get: endpoint({
    id: 'config.get',
    method: 'GET',
    path: '/v1/config',
    tag: 'config',
    summary: "Get the deployment's settings",
    response: Config,
  }),
};
