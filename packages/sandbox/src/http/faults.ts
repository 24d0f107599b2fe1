/**
 * Fault injection, chosen per request by the `x-sandbox-fault` header or the `__fault`
 * query parameter (see README): `500`, `503`, `429`, `slow:MS`, `drop`, `drop-after`,
 * `drop-body`, `truncate`, `contract`. With `x-sandbox-fault-times: N` (or `__fault_times`) and
 * `x-sandbox-fault-id` (or `__fault_id`), the fault hits only the first N requests with
 * that id, so that a retry can be seen to succeed. `x-sandbox-fault-retry-after` (or
 * `__fault_retry_after`) replaces the `Retry-After: 1` of the 429 and 503 faults, garbage included.
 */
export type Fault =
  | { kind: 'status'; status: 500 | 503 | 429; retryAfter?: string }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop' }
  | { kind: 'drop-after' }
  | { kind: 'drop-body' }
  | { kind: 'truncate' }
  | { kind: 'contract' };

export const FAULT_PARAMS = ['__fault', '__fault_times', '__fault_id', '__fault_retry_after'];

export function parseFault(spec: string): Fault | null {
  const s = spec.trim().toLowerCase();
  if (s === '500' || s === '503' || s === '429') return { kind: 'status', status: Number(s) as 500 | 503 | 429 };
  const slow = /^slow:(\d{1,6})$/.exec(s);
  if (slow) return { kind: 'slow', ms: Math.min(60_000, Number(slow[1])) };
  if (s === 'drop' || s === 'drop-after' || s === 'drop-body' || s === 'truncate' || s === 'contract')
    return { kind: s } as Fault;
  return null;
}

/** How many fault ids are remembered: the oldest are forgotten first (bounded memory). */
export const MAX_FAULT_IDS = 10_000;

export class FaultInjector {
  private readonly hits = new Map<string, number>();

  constructor(private readonly maxIds = MAX_FAULT_IDS) {}

  /** The fault this request asks for, counting it against its `times` budget. */
  pick(request: Request, url: URL): Fault | null {
    const spec = request.headers.get('x-sandbox-fault') ?? url.searchParams.get('__fault');
    if (!spec) return null;
    const fault = parseFault(spec);
    if (!fault) return null;
    const times = request.headers.get('x-sandbox-fault-times') ?? url.searchParams.get('__fault_times');
    if (times !== null) {
      const id = (request.headers.get('x-sandbox-fault-id') ?? url.searchParams.get('__fault_id') ?? spec).slice(
        0,
        200,
      );
      const n = this.hits.get(id) ?? 0;
      // Re-inserted so that the map's order is least recently used first.
      this.hits.delete(id);
      this.hits.set(id, n + 1);
      while (this.hits.size > this.maxIds) this.hits.delete(this.hits.keys().next().value as string);
      if (n >= Number(times)) return null;
    }
    if (fault.kind === 'status') {
      const retryAfter =
        request.headers.get('x-sandbox-fault-retry-after') ?? url.searchParams.get('__fault_retry_after');
      if (retryAfter !== null) fault.retryAfter = retryAfter;
    }
    return fault;
  }

  /** Fault ids being counted (tests of the bound). */
  get size(): number {
    return this.hits.size;
  }
}

/**
 * The status and headers, then half the body, then the connection drops: a 2xx whose body
 * cannot be read to the end (`drop-body`). The Node server writes what the stream gave and
 * destroys the socket; fetch in the browser fails while reading the body.
 */
export async function dropMidBody(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const half = bytes.slice(0, Math.max(1, Math.floor(bytes.length / 2)));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(half);
      } else controller.error(new TypeError('sandbox fault: connection dropped mid-body'));
    },
  });
  return new Response(body, { status: response.status, headers });
}

/** Cut a body in half, keeping its headers (the content-length is dropped). */
export async function truncate(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(bytes.slice(0, Math.floor(bytes.length / 2)), { status: response.status, headers });
}

/** Valid JSON that breaks the response schema: the first field gets a value of the wrong type. */
export async function breakContract(response: Response): Promise<Response> {
  const text = await response.text();
  let broken: unknown;
  try {
    broken = wrongType(JSON.parse(text));
  } catch {
    broken = { unexpected: text.slice(0, 50) };
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(broken), { status: response.status, headers });
}

function wrongType(value: unknown): unknown {
  if (Array.isArray(value)) return { notAnArray: true };
  if (value === null || typeof value !== 'object') return { wrong: value };
  const obj = { ...(value as Record<string, unknown>) };
  const key = Object.keys(obj)[0];
  if (key === undefined) return [];
  const v = obj[key];
  obj[key] =
    typeof v === 'string' ? 12345 : typeof v === 'number' ? 'not a number' : typeof v === 'boolean' ? 'yes' : 42;
  return obj;
}
