import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import {
  ShpContractError,
  ShpError,
  ShpHttpError,
  ShpNetworkError,
  ShpTimeoutError,
  withIdempotencyKey,
  type ContractIssue,
} from './errors.js';
import { Problem } from './schemas/common.js';
import type { Endpoint } from './schemas/endpoint.js';

/** Supplies a bearer token, or null when nobody is signed in. Called before every request that may need one. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The API origin, e.g. `https://api.smart.haiphong.gov.vn/` (paths start with `/v1`). */
  baseUrl: string | URL;
  /** A fetch implementation (tests, server-side rendering, instrumentation). Default: the global fetch. */
  fetch?: typeof fetch;
  /**
   * Supplies the citizen's access token when the host page signs in itself.
   * Without it, the client keeps the token from {@link AuthResource.exchangeCode} in memory (never in storage).
   */
  tokenProvider?: TokenProvider;
  /** Language of names and messages in answers (`Accept-Language`). Default `vi`. */
  locale?: 'vi' | 'en';
  /** Milliseconds one attempt may take. Default 10 000. */
  timeout?: number;
  /** Milliseconds a whole call may take, retries and waits included. Default 30 000. */
  deadline?: number;
  /** Retry policy for safe calls (reads, and writes with an idempotency key), or `false` for none. */
  retry?: RetryOptions | false;
}

/** How safe calls are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** Statuses that are retried. Default 408, 429, 500, 502, 503, 504. */
  statusCodes?: number[];
  /** The longest `Retry-After` honoured, in ms; a longer one is waited for only this long. Default 10 000. */
  maxRetryAfter?: number;
  /** The longest wait between attempts, in ms (exponential backoff with jitter below it). Default 5 000. */
  backoffLimit?: number;
}

/** The last argument of every call. */
export interface CallOptions {
  /** Cancels the call; the promise then rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
  /**
   * This call's retry policy: `false` for none, or fields that replace the client's for this
   * call only. `{ exceptStatusCodes: [429] }` lets a caller that shows its own countdown get
   * the 429 at once (its `retryAfter` in seconds) while failures of the network or the server
   * are still retried. Writes without an idempotency key are never retried, whatever this says.
   */
  retry?: CallRetryOptions | false;
}

/** A retry policy for one call, over the client's ({@link CallOptions.retry}). */
export interface CallRetryOptions extends RetryOptions {
  /** Statuses this call does not retry although the policy's `statusCodes` hold them (e.g. `[429]`). */
  exceptStatusCodes?: number[];
}

/** Options of a write that may be retried safely. */
export interface IdempotentCallOptions extends CallOptions {
  /**
   * Makes a write safe to repeat: the server applies it once whatever the number of tries.
   * Default: a new random key per call. To retry a failed call, pass back the key its error
   * carries (`error.idempotencyKey`); to repeat a call across reloads, keep your own (the outbox
   * does). 1–255 visible ASCII characters; a UUID is the usual choice.
   */
  idempotencyKey?: string;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface RequestParts {
  params?: Record<string, string>;
  query?: Record<string, QueryValue>;
  json?: unknown;
  binary?: Blob | ArrayBuffer | Uint8Array;
  contentType?: string;
  idempotencyKey?: string;
  /** A token to use instead of the provider's (the sign-in flow). */
  token?: string;
}

/** The internal transport that every resource calls. */
export interface Transport {
  readonly baseUrl: URL;
  readonly locale: 'vi' | 'en';
  call<E extends Endpoint>(endpoint: E, parts: RequestParts, options?: CallOptions): Promise<z.output<E['response']>>;
  /** Replace the in-memory token (sign-in) or clear it (sign-out). */
  setToken(token: string | null, expiresInSeconds?: number): void;
  token(): Promise<string | null>;
}

const DEFAULT_RETRY: Required<RetryOptions> = {
  limit: 2,
  statusCodes: [408, 429, 500, 502, 503, 504],
  maxRetryAfter: 10_000,
  backoffLimit: 5_000,
};

export function createTransport(options: ClientOptions): Transport {
  const baseUrl = new URL(options.baseUrl);
  const locale = options.locale ?? 'vi';
  const timeout = options.timeout ?? 10_000;
  const deadline = options.deadline ?? 30_000;
  const retry = options.retry === false ? { ...DEFAULT_RETRY, limit: 0 } : { ...DEFAULT_RETRY, ...options.retry };
  let memoryToken: { value: string; expiresAt: number } | null = null;

  const http: KyInstance = ky.create({
    ...(options.fetch ? { fetch: options.fetch } : {}),
    timeout,
    throwHttpErrors: true,
    headers: { accept: 'application/json', 'accept-language': locale },
  });

  const token = async (): Promise<string | null> => {
    if (options.tokenProvider) return (await options.tokenProvider()) ?? null;
    if (memoryToken && memoryToken.expiresAt > Date.now()) return memoryToken.value;
    memoryToken = null;
    return null;
  };

  async function call<E extends Endpoint>(
    endpoint: E,
    parts: RequestParts,
    callOptions: CallOptions = {},
  ): Promise<z.output<E['response']>> {
    const op = endpoint.id;
    const url = new URL(fillPath(endpoint.path, parts.params ?? {}), baseUrl);
    for (const [key, value] of Object.entries(parts.query ?? {})) {
      if (value === undefined || value === null || value === '') continue;
      url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    const headers: Record<string, string> = {};
    const bearer = parts.token ?? (endpoint.auth ? await token() : null);
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (parts.idempotencyKey) headers['idempotency-key'] = parts.idempotencyKey;
    if (parts.contentType) headers['content-type'] = parts.contentType;

    // A write is retried only when it carries an idempotency key: the server then applies it once.
    const retriable = endpoint.method === 'GET' || parts.idempotencyKey !== undefined;
    const policy = callPolicy(retry, callOptions.retry);
    const deadlineSignal = AbortSignal.timeout(deadline);
    const signal = callOptions.signal ? AbortSignal.any([callOptions.signal, deadlineSignal]) : deadlineSignal;

    // The body is read and checked inside ky's attempt (an afterResponse hook), so that an
    // unreadable 2xx answer (cut short, dropped after the headers, breaking the contract) is
    // retried like a lost one: a read is simply asked again, a write is sent again with the
    // same idempotency key and the server replays its first answer instead of acting twice.
    let result: { value: unknown } | undefined;
    const readBody = async (_request: Request, _options: unknown, response: Response): Promise<void> => {
      if (!response.ok) return;
      if (response.status === 204) {
        result = { value: undefined };
        return;
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        if (signal.aborted) throw error;
        throw new ShpNetworkError(op, { cause: error });
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new ShpContractError(op, [{ path: '', message: 'the body is not valid JSON' }], { cause: error });
      }
      const parsed = z.safeParse(endpoint.response, body);
      if (!parsed.success) throw new ShpContractError(op, toIssues(parsed.error), { cause: parsed.error });
      result = { value: parsed.data };
    };

    try {
      const response = await http(url, {
        method: endpoint.method,
        headers,
        signal,
        ...(parts.json !== undefined ? { json: parts.json } : {}),
        ...(parts.binary !== undefined ? { body: parts.binary as BodyInit } : {}),
        hooks: { afterResponse: [readBody] },
        retry: {
          limit: retriable ? policy.limit : 0,
          methods: ['get', 'post', 'put', 'delete'],
          statusCodes: policy.statusCodes,
          afterStatusCodes: [413, 429, 503],
          maxRetryAfter: policy.maxRetryAfter,
          backoffLimit: policy.backoffLimit,
          jitter: true,
          retryOnTimeout: true,
          shouldRetry: ({ error }) => shouldRetry(error, policy.statusCodes),
        },
      });
      // The hook read a copy of the body; the original is not needed.
      void response.body?.cancel().catch(() => undefined);
      if (!result) throw new ShpContractError(op, [{ path: '', message: 'no body was read' }]);
      return result.value as z.output<E['response']>;
    } catch (error) {
      if (callOptions.signal?.aborted) throw callOptions.signal.reason;
      throw withIdempotencyKey(
        await toShpError(op, error, deadlineSignal.aborted, deadline, timeout),
        parts.idempotencyKey,
      );
    }
  }

  return {
    baseUrl,
    locale,
    call,
    token,
    setToken(value, expiresInSeconds = 3600) {
      memoryToken = value ? { value, expiresAt: Date.now() + expiresInSeconds * 1000 } : null;
    },
  };
}

/** The client's retry policy with one call's changes ({@link CallOptions.retry}). */
function callPolicy(
  client: Required<RetryOptions>,
  call: CallRetryOptions | false | undefined,
): Required<RetryOptions> {
  if (call === undefined) return client;
  if (call === false) return { ...client, limit: 0 };
  const { exceptStatusCodes = [], ...changes } = call;
  const policy = { ...client, ...changes };
  return { ...policy, statusCodes: policy.statusCodes.filter((status) => !exceptStatusCodes.includes(status)) };
}

function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

/** The SDK error for whatever ended a call (the caller's own abort is handled before). */
async function toShpError(
  op: string,
  error: unknown,
  pastDeadline: boolean,
  deadline: number,
  timeout: number,
): Promise<ShpError> {
  if (pastDeadline) return new ShpTimeoutError(op, 'deadline', deadline, { cause: error });
  if (error instanceof ShpError) return error;
  if (error instanceof HTTPError) return toHttpError(op, error.response, error);
  if (error instanceof TimeoutError) return new ShpTimeoutError(op, 'request', timeout, { cause: error });
  return new ShpNetworkError(op, { cause: error });
}

/**
 * ky's retry decision, corrected in two cases: an unreadable answer (our own network or
 * contract error from the body) is retried; a retriable status whose `Retry-After` cannot be
 * read (garbage, not seconds nor an HTTP date) waits the normal backoff, where ky would wait
 * the whole `maxRetryAfter` cap. `undefined` leaves the decision to ky.
 */
function shouldRetry(error: unknown, statusCodes: readonly number[]): boolean | undefined {
  if (error instanceof ShpNetworkError || error instanceof ShpContractError) return true;
  if (error instanceof ShpError) return false;
  if (error instanceof HTTPError && statusCodes.includes(error.response.status)) {
    const h = error.response.headers;
    // The headers ky reads, in its order: the first present one decides.
    const value =
      h.get('retry-after') ??
      h.get('ratelimit-reset') ??
      h.get('x-ratelimit-retry-after') ??
      h.get('x-ratelimit-reset') ??
      h.get('x-rate-limit-reset');
    if (value !== null && parseRetryAfter(value) === undefined) return true;
  }
  return undefined;
}

async function toHttpError(op: string, response: Response, cause: unknown): Promise<ShpHttpError> {
  let problem: Problem | undefined;
  try {
    const parsed = z.safeParse(Problem, await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not a problem document (a proxy's HTML page, an empty body): the status says enough.
  }
  return new ShpHttpError(op, response.status, problem, parseRetryAfter(response.headers.get('retry-after')), {
    cause,
  });
}

/**
 * `Retry-After` as seconds, from either of its forms (delta-seconds or an HTTP date);
 * undefined when it is neither (garbage is not obeyed).
 */
export function parseRetryAfter(value: string | null): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  if (!/[a-z]/i.test(v)) return undefined;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function toIssues(error: z.core.$ZodError): ContractIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
