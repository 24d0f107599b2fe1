const ALLOW_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'idempotency-key',
  'x-sandbox-fault',
  'x-sandbox-fault-id',
  'x-sandbox-fault-times',
  'x-sandbox-fault-retry-after',
].join(', ');
const EXPOSE_HEADERS = 'retry-after, idempotent-replayed, location';

/** CORS for the configured origins only (`*` allows any). */
export class Cors {
  constructor(private readonly origins: readonly string[]) {}

  private allowed(origin: string | null): origin is string {
    return origin !== null && (this.origins.includes('*') || this.origins.includes(origin));
  }

  /** The answer to a preflight, or null when the request is not one. */
  preflight(request: Request): Response | null {
    if (request.method !== 'OPTIONS' || !request.headers.has('access-control-request-method')) return null;
    const origin = request.headers.get('origin');
    const headers = new Headers({ vary: 'Origin' });
    if (this.allowed(origin)) {
      headers.set('access-control-allow-origin', origin);
      headers.set('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
      headers.set('access-control-allow-headers', ALLOW_HEADERS);
      headers.set('access-control-max-age', '600');
    }
    return new Response(null, { status: 204, headers });
  }

  /** Add the CORS headers to an answer (a new Response: fetch's may be immutable). */
  apply(request: Request, response: Response): Response {
    const origin = request.headers.get('origin');
    if (!this.allowed(origin) || response.type === 'error') return response;
    const headers = new Headers(response.headers);
    headers.set('access-control-allow-origin', origin);
    headers.set('access-control-expose-headers', EXPOSE_HEADERS);
    headers.append('vary', 'Origin');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
