import type { Problem } from './schemas/common.js';

/**
 * What went wrong, as a discriminant a widget can switch on to choose a sentence:
 * - `http`: the server answered with an error status (details from problem+json);
 * - `network`: no answer (offline, connection dropped, DNS, CORS);
 * - `timeout`: no answer in time (one attempt, or the whole call's deadline);
 * - `contract`: an answer that breaks the API contract (never returned as data).
 */
export type ShpErrorType = 'http' | 'network' | 'timeout' | 'contract';

/** The base of every error the SDK throws. Aborts by the caller's signal are rethrown as they are. */
export class ShpError extends Error {
  override name = 'ShpError';
  readonly type: ShpErrorType;
  /** The operation that failed, e.g. `feedback.submit`. */
  readonly operation: string;
  /**
   * The `Idempotency-Key` a write was sent with (`feedback.submit`, `feedback.uploadMedia`);
   * undefined for reads. The write may have been applied even though this error was thrown
   * (a timeout, a dropped or unreadable answer): to try again, pass this key back
   * (`submit(body, { idempotencyKey: error.idempotencyKey })`) and the server applies it at most once.
   */
  readonly idempotencyKey: string | undefined;
  constructor(type: ShpErrorType, operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.type = type;
    this.operation = operation;
    this.idempotencyKey = undefined;
  }
}

/** Record on an SDK error the idempotency key its write was sent with (see {@link ShpError.idempotencyKey}). */
export function withIdempotencyKey<E>(error: E, key: string | undefined): E {
  if (key !== undefined && error instanceof ShpError) {
    Object.defineProperty(error, 'idempotencyKey', { value: key, enumerable: true });
  }
  return error;
}

/** The server answered with an error status. */
export class ShpHttpError extends ShpError {
  override name = 'ShpHttpError';
  declare readonly type: 'http';
  /** HTTP status, e.g. 400, 404, 429, 503. */
  readonly status: number;
  /** Stable machine-readable code from the problem document, e.g. `validation_failed`. */
  readonly code: string | undefined;
  /** The request field at fault, e.g. `body.location.lat`. */
  readonly param: string | undefined;
  /** The problem document, when the server sent one. */
  readonly problem: Problem | undefined;
  /** Seconds to wait before trying again (`Retry-After`), when the server said. */
  readonly retryAfter: number | undefined;
  constructor(
    operation: string,
    status: number,
    problem: Problem | undefined,
    retryAfter: number | undefined,
    options?: { cause?: unknown },
  ) {
    super('http', operation, problem?.detail ?? problem?.title ?? `HTTP ${status}`, options);
    this.status = status;
    this.problem = problem;
    this.code = problem?.code;
    this.param = problem?.param;
    this.retryAfter = retryAfter;
  }
}

/** No answer: offline, connection refused or dropped. */
export class ShpNetworkError extends ShpError {
  override name = 'ShpNetworkError';
  declare readonly type: 'network';
  constructor(operation: string, options?: { cause?: unknown }) {
    super('network', operation, `Network error during ${operation}`, options);
  }
}

/** No answer in time. */
export class ShpTimeoutError extends ShpError {
  override name = 'ShpTimeoutError';
  declare readonly type: 'timeout';
  /** `request`: one attempt took longer than `timeout`; `deadline`: the whole call, retries included, took longer than `deadline`. */
  readonly limit: 'request' | 'deadline';
  readonly ms: number;
  constructor(operation: string, limit: 'request' | 'deadline', ms: number, options?: { cause?: unknown }) {
    super('timeout', operation, `${operation} took longer than ${ms} ms (${limit})`, options);
    this.limit = limit;
    this.ms = ms;
  }
}

/** One way in which an answer broke the contract. */
export interface ContractIssue {
  /** Dotted path in the answer, e.g. `items.3.location.lat` (empty for the whole body). */
  path: string;
  message: string;
}

/** The server's answer broke the API contract; the data is not returned. */
export class ShpContractError extends ShpError {
  override name = 'ShpContractError';
  declare readonly type: 'contract';
  /** The first offending path (empty for the whole body). */
  readonly path: string;
  readonly issues: readonly ContractIssue[];
  constructor(operation: string, issues: ContractIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    super(
      'contract',
      operation,
      `The answer to ${operation} breaks the contract at "${first?.path ?? ''}": ${first?.message ?? 'invalid'}`,
      options,
    );
    this.issues = issues;
    this.path = first?.path ?? '';
  }
}

const NAMES = ['ShpError', 'ShpHttpError', 'ShpNetworkError', 'ShpTimeoutError', 'ShpContractError'];

// Guards look at `name` and `type` as well as `instanceof`: an error thrown by a second
// copy of the SDK (another bundle on the page, an iframe) is not an instance of ours.
const fields = (e: unknown): { name?: unknown; type?: unknown; operation?: unknown } =>
  typeof e === 'object' && e !== null ? (e as object) : {};
const has = (e: unknown, name: string, type: ShpErrorType): boolean =>
  fields(e).name === name && fields(e).type === type;

/** Whether `e` is any SDK error. */
export function isShpError(e: unknown): e is ShpError {
  const f = fields(e);
  return (
    e instanceof ShpError ||
    (NAMES.includes(f.name as string) && typeof f.type === 'string' && typeof f.operation === 'string')
  );
}
export const isHttpError = (e: unknown): e is ShpHttpError =>
  e instanceof ShpHttpError || has(e, 'ShpHttpError', 'http');
export const isNetworkError = (e: unknown): e is ShpNetworkError =>
  e instanceof ShpNetworkError || has(e, 'ShpNetworkError', 'network');
export const isTimeoutError = (e: unknown): e is ShpTimeoutError =>
  e instanceof ShpTimeoutError || has(e, 'ShpTimeoutError', 'timeout');
export const isContractError = (e: unknown): e is ShpContractError =>
  e instanceof ShpContractError || has(e, 'ShpContractError', 'contract');
/** Whether `e` is the rejection of a call aborted by the caller's signal. */
export const isAbortError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
