import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';

/** The OAuth 2.0 token endpoint's answer (RFC 6749 §5.1). */
export const TokenResponse = z.looseObject({
  access_token: z.string(),
  token_type: z.string(),
  expires_in: z.optional(z.int()),
  refresh_token: z.optional(z.string()),
  id_token: z.optional(z.string()),
  scope: z.optional(z.string()),
});
export type TokenResponse = z.infer<typeof TokenResponse>;

/**
 * What a signed-in person may do beyond a citizen's rights (everyone signed in is a citizen):
 * - `officer`: reports for one body of a commune's rollout campaign (cán bộ đầu mối);
 * - `collector`: the commune's office that collects the reports (e.g. Phòng Văn hóa – Xã hội of UBND xã).
 */
export const MeRole = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('officer'),
    /** The commune's official code, e.g. `10966`. */
    unitCode: z.string(),
    /** The body's id in the commune's campaigns, e.g. `thon-mau-1`. */
    bodyId: z.string(),
    bodyName: z.string(),
  }),
  z.object({
    type: z.literal('collector'),
    unitCode: z.string(),
    /** The office, e.g. `Phòng Văn hóa – Xã hội`. */
    office: z.string(),
  }),
]);
export type MeRole = z.infer<typeof MeRole>;

/** The signed-in person. */
export const Me = z.object({
  /** Stable subject id from the identity provider. */
  sub: z.string(),
  name: z.string(),
  phone: z.nullable(z.string()),
  email: z.nullable(z.string()),
  /** Roles beyond a citizen's; empty (or absent, from providers that know no roles) for a citizen. */
  roles: z.optional(z.array(MeRole)),
});
export type Me = z.infer<typeof Me>;

export const authEndpoints = {
  me: endpoint({
    id: 'auth.me',
    method: 'GET',
    path: '/v1/me',
    tag: 'auth',
    summary: 'The signed-in citizen',
    response: Me,
    auth: 'required',
  }),
};
