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

/** The signed-in citizen. */
export const Me = z.object({
  /** Stable subject id from the identity provider. */
  sub: z.string(),
  name: z.string(),
  phone: z.nullable(z.string()),
  email: z.nullable(z.string()),
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
