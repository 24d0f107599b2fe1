/** A response kept for replay. */
interface Stored {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}
interface Entry {
  fingerprint: string;
  result: Promise<Stored>;
  at: number;
}

export type IdempotencyOutcome = { kind: 'reused' } | { kind: 'response'; response: Response };

/**
 * Idempotency keys (`Idempotency-Key`): the first request with a key runs; any other with
 * the same key and the same body gets the first answer again, with
 * `Idempotent-Replayed: true`, and creates nothing. A concurrent duplicate waits for the
 * first one, because the key is claimed before any await. Answers to requests that never
 * started (validation, auth, size) and server errors are not kept, so they can be retried.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  /** Keys are kept `ttlMs`, and at most `maxEntries` of them (the oldest are forgotten first). */
  constructor(
    private readonly ttlMs = 24 * 3_600_000,
    private readonly maxEntries = 10_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  private evict(now: number): void {
    // Entries are in insertion order, so expired ones are at the front.
    for (const [id, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && now - entry.at < this.ttlMs) break;
      this.entries.delete(id);
    }
  }

  async run(
    scope: string,
    key: string,
    fingerprint: string,
    run: () => Promise<Response>,
  ): Promise<IdempotencyOutcome> {
    const id = `${scope}\n${key}`;
    const now = Date.now();
    const existing = this.entries.get(id);
    if (existing && now - existing.at < this.ttlMs) {
      if (existing.fingerprint !== fingerprint) return { kind: 'reused' };
      const stored = await existing.result;
      const headers = new Headers(stored.headers);
      headers.set('idempotent-replayed', 'true');
      return { kind: 'response', response: new Response(stored.body.slice(), { status: stored.status, headers }) };
    }
    let resolve!: (s: Stored) => void;
    let reject!: (e: unknown) => void;
    const result = new Promise<Stored>((res, rej) => ((resolve = res), (reject = rej)));
    result.catch(() => {});
    this.entries.delete(id);
    this.entries.set(id, { fingerprint, result, at: now });
    this.evict(now);
    try {
      const response = await run();
      const stored: Stored = {
        status: response.status,
        headers: [...response.headers],
        body: new Uint8Array(await response.arrayBuffer()),
      };
      if (!keep(stored.status)) this.entries.delete(id);
      resolve(stored);
      return {
        kind: 'response',
        response: new Response(stored.body.slice(), { status: stored.status, headers: stored.headers }),
      };
    } catch (e) {
      this.entries.delete(id);
      reject(e);
      throw e;
    }
  }
}

const keep = (status: number) => status < 500 && ![400, 401, 403, 413, 415, 429].includes(status);

/** SHA-256 of the request's method, path and body, hex. */
export async function fingerprint(method: string, path: string, body: Uint8Array): Promise<string> {
  const head = new TextEncoder().encode(`${method} ${path}\n`);
  const all = new Uint8Array(head.length + body.length);
  all.set(head);
  all.set(body, head.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
