/**
 * Fault injection, chosen per request by the `x-sandbox-fault` header or the `__fault`
 * query parameter (see README): `500`, `503`, `429`, `slow:MS`, `drop`, `drop-after`,
 * `truncate`, `contract`. With `x-sandbox-fault-times: N` (or `__fault_times`) and
 * `x-sandbox-fault-id` (or `__fault_id`), the fault hits only the first N requests with
 * that id, so that a retry can be seen to succeed.
 */
export type Fault =
  | { kind: 'status'; status: 500 | 503 | 429 }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop' }
  | { kind: 'drop-after' }
  | { kind: 'truncate' }
  | { kind: 'contract' };

export const FAULT_PARAMS = ['__fault', '__fault_times', '__fault_id'];

export function parseFault(spec: string): Fault | null {
  const s = spec.trim().toLowerCase();
  if (s === '500' || s === '503' || s === '429') return { kind: 'status', status: Number(s) as 500 | 503 | 429 };
  const slow = /^slow:(\d{1,6})$/.exec(s);
  if (slow) return { kind: 'slow', ms: Math.min(60_000, Number(slow[1])) };
  if (s === 'drop' || s === 'drop-after' || s === 'truncate' || s === 'contract') return { kind: s } as Fault;
  return null;
}

export class FaultInjector {
  private readonly hits = new Map<string, number>();

  /** The fault this request asks for, counting it against its `times` budget. */
  pick(request: Request, url: URL): Fault | null {
    const spec = request.headers.get('x-sandbox-fault') ?? url.searchParams.get('__fault');
    if (!spec) return null;
    const fault = parseFault(spec);
    if (!fault) return null;
    const times = request.headers.get('x-sandbox-fault-times') ?? url.searchParams.get('__fault_times');
    if (times !== null) {
      const id = request.headers.get('x-sandbox-fault-id') ?? url.searchParams.get('__fault_id') ?? spec;
      const n = this.hits.get(id) ?? 0;
      this.hits.set(id, n + 1);
      if (n >= Number(times)) return null;
    }
    return fault;
  }
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
