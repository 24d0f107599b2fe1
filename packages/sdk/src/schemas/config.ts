import * as z from 'zod/mini';
import { BBox } from './common.js';
import { endpoint } from './endpoint.js';

/** The OAuth 2.0 identity provider (VNeID-backed in production). */
export const IdentityProvider = z.object({
  /** Shown on the sign-in button, e.g. `VNeID`. */
  name: z.string(),
  authorizationEndpoint: z.url(),
  tokenEndpoint: z.url(),
  clientId: z.string(),
  scopes: z.array(z.string()),
});
export type IdentityProvider = z.infer<typeof IdentityProvider>;

/** Per-deployment settings that the city controls. */
export const Config = z.object({
  /** Name of the deployment, e.g. `Smart Hải Phòng`. */
  name: z.string(),
  /** A MapLibre style URL; `null` means draw the local offline basemap only. */
  mapStyleUrl: z.nullable(z.url()),
  /**
   * A GeoJSON of the city's land (a FeatureCollection of polygons, with an `attribution`
   * member) that maps draw as their basemap when `mapStyleUrl` is null or unreachable.
   * Absent or `null`: maps draw a plain background.
   */
  basemapUrl: z.optional(z.nullable(z.url())),
  /** Attribution to show on maps and beside data. */
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
