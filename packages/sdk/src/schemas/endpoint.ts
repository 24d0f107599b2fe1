import type * as z from 'zod/mini';

/**
 * One operation of the API contract. The SDK calls it, the sandbox serves and
 * validates it, and the OpenAPI document is generated from it: one description
 * serves all three so that they cannot drift apart.
 */
export interface Endpoint {
  /** Stable operation id, `resource.verb` (also the OpenAPI operationId). */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template under the API origin, e.g. `/v1/feedback/{id}`. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  /** Path parameters, as text. */
  readonly params?: z.ZodMiniObject;
  /** Query parameters, as text (their wire form). */
  readonly query?: z.ZodMiniObject;
  /** JSON request body. */
  readonly body?: z.core.$ZodType;
  /** The request body is raw bytes of one of these media types (photo upload). */
  readonly binaryBody?: readonly string[];
  /** The success answer (JSON). */
  readonly response: z.core.$ZodType;
  /** The success status; 200 unless said. */
  readonly status?: 200 | 201 | 204;
  /** `required`: a bearer token must be sent; `optional`: it changes what is returned. */
  readonly auth?: 'required' | 'optional';
  /** Writes that must carry an `Idempotency-Key` header (and may then be retried safely). */
  readonly idempotent?: boolean;
  /** Rate-limited per client: 429 with `Retry-After` when exceeded. */
  readonly rateLimited?: boolean;
  /** Other problem answers it may give (status → when), for the OpenAPI document. */
  readonly problems?: Readonly<Partial<Record<403 | 409 | 422, string>>>;
}

export const endpoint = <const E extends Endpoint>(e: E): E => e;
