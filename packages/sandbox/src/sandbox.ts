import { type Endpoint, endpoints } from '@smart-haiphong/sdk';
import { OAuthProvider } from './auth/oauth.js';
import { campaignAccount } from './data/campaigns.js';
import { SAMPLE_CITIZEN } from './data/dossiers.js';
import { campaignHandlers } from './handlers/campaigns.js';
import { catalogueHandlers } from './handlers/catalogue.js';
import type { Handler, RequestContext, SandboxServices } from './handlers/context.js';
import { dossierHandlers } from './handlers/dossiers.js';
import { feedbackHandlers } from './handlers/feedback.js';
import { lookupHandlers } from './handlers/lookup.js';
import { procedureHandlers } from './handlers/procedures.js';
import { methodsOf, sandboxRoute } from './handlers/sandbox-routes.js';
import { Cors } from './http/cors.js';
import { FAULT_PARAMS, type Fault, FaultInjector, breakContract, dropMidBody, truncate } from './http/faults.js';
import { IdempotencyStore, fingerprint } from './http/idempotency.js';
import { type Lang, ProblemError, json, pickLang, problem } from './http/problems.js';
import { RateLimiter } from './http/rate-limit.js';
import { Router, withHead } from './http/router.js';
import { validate } from './http/validate.js';
import { type SandboxOptions, resolveOptions } from './options.js';
import { SandboxStore } from './store/store.js';

export interface HandleContext {
  /**
   * The client's address (the Node server passes the connection's): the key of the
   * dossier-lookup limit. In-process and under MSW every request counts as `local`.
   */
  clientAddress?: string;
}

export interface Sandbox {
  /** Answer one request. A dropped connection (`drop` fault) is `Response.error()`. */
  handle(request: Request, context?: HandleContext): Promise<Response>;
  store: SandboxStore;
  options: ReturnType<typeof resolveOptions>;
  /**
   * Sign in without the browser flow (tests, demos): a bearer token. Without a hint, the sample
   * citizen; `officer:<body id>` a body's officer, `collector:binh-giang` the collecting office
   * (the same hints as the dev sign-in's `login_hint`). Throws on an unknown hint.
   */
  issueToken(loginHint?: string): string;
  /** The methods a path answers to, for `Allow` (empty when nothing is there). */
  allowedMethods(pathname: string): string[];
  /** Forget the rate-limit counts (tests). */
  resetRateLimits(): void;
  /** What the sandbox holds besides its data, each bounded (tests, monitoring). */
  usage(): {
    faultIds: number;
    rateLimitClients: number;
    idempotencyKeys: number;
    pendingUploads: { count: number; bytes: number };
    pendingSignInCodes: number;
  };
  /** How long building the data took, ms, by part. */
  timings: Record<string, number>;
}

const HANDLERS: Record<string, Handler> = {
  ...catalogueHandlers,
  ...feedbackHandlers,
  ...dossierHandlers,
  ...campaignHandlers,
  ...procedureHandlers,
  ...lookupHandlers,
};
const MAX_BODY_JSON = 1024 * 1024;

/** Create a sandbox: generate the data and return a Fetch API handler. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const o = resolveOptions(options);
  const t0 = performance.now();
  // Generated data is dated before `o.now`; new reports are dated by the clock, never before it.
  const now = () => Math.max(Date.now(), o.now);
  const store = new SandboxStore(o, now);
  const oauth = new OAuthProvider(SAMPLE_CITIZEN, Date.now, campaignAccount, {
    builtIn: o.clientId,
    redirects: o.oauthClients,
  });
  const services: SandboxServices = { store, options: o, oauth, now };
  const router = new Router(endpoints);
  for (const e of endpoints) if (!HANDLERS[e.id]) throw new Error(`no handler for ${e.id}`);
  const cors = new Cors(o.corsOrigins);
  const faults = new FaultInjector();
  const idempotency = new IdempotencyStore();
  const lookups = new RateLimiter(o.dossierLookupLimit.max, o.dossierLookupLimit.windowMs);
  const timings = { ...store.timings, total: Math.round(performance.now() - t0) };

  /**
   * Answer one request. Nothing a client sends may make this throw or leak an exception:
   * an unexpected error is a generic 500 with a request id (the details go to the log).
   * Every answer carries `X-Request-Id` and `X-Content-Type-Options: nosniff`.
   */
  async function handle(request: Request, context: HandleContext = {}): Promise<Response> {
    const requestId = newRequestId();
    let response: Response;
    try {
      response = await answer(request, context, requestId);
    } catch (e) {
      response = internal(e, 'vi', requestId);
    }
    if (response.type === 'error') return response;
    return withSafetyHeaders(await withRequestId(response, requestId), requestId);
  }

  async function answer(request: Request, context: HandleContext, requestId: string): Promise<Response> {
    const url = new URL(request.url);
    const lang = pickLang(request.headers.get('accept-language'));
    const pre = cors.preflight(request);
    if (pre) return pre;
    const fault = faults.pick(request, url);
    if (fault) {
      const early = await faultBefore(fault, lang, requestId);
      if (early) return cors.apply(request, early);
    }
    for (const p of FAULT_PARAMS) url.searchParams.delete(p);
    let response: Response;
    try {
      response = await dispatch(request, url, lang, context);
    } catch (e) {
      response = e instanceof ProblemError ? problem(e.status, e.code, lang, e.extras) : internal(e, lang, requestId);
    }
    if (fault) response = await faultAfter(fault, response);
    if (personal(request, url)) response = withHeader(response, 'cache-control', 'no-store');
    return cors.apply(request, response);
  }

  /**
   * Answers that may hold personal data must not be kept by any cache (a shared computer's
   * browser, a proxy): those of endpoints that need sign-in, of the dossier lookup, and of
   * any request that carried a token.
   */
  function personal(request: Request, url: URL): boolean {
    if (request.headers.has('authorization')) return true;
    const route = router.match(request.method, url.pathname);
    return route.kind === 'match' && (route.endpoint.auth === 'required' || route.endpoint.rateLimited === true);
  }

  /** The request's time: `x-sandbox-now` when time travel is allowed (400 when unreadable), else the clock. */
  function requestTime(request: Request): number {
    const header = o.allowTimeTravel ? request.headers.get('x-sandbox-now') : null;
    if (header === null) return o.clock();
    const t = Date.parse(header);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(header) || Number.isNaN(t)) {
      const message = 'an ISO 8601 time, e.g. 2026-03-20T09:00:00+07:00';
      throw new ProblemError(400, 'validation_failed', {
        param: 'header.x-sandbox-now',
        detail: message,
        errors: [{ param: 'header.x-sandbox-now', message }],
      });
    }
    return t;
  }

  async function dispatch(request: Request, url: URL, lang: Lang, context: HandleContext): Promise<Response> {
    const ctx: RequestContext = {
      request,
      url,
      origin: o.publicOrigin ?? url.origin,
      lang,
      client: context.clientAddress ?? 'local',
      now: requestTime(request),
      sub: null,
      params: {},
      query: {},
      body: undefined,
      bytes: new Uint8Array(0),
    };
    const extra = await sandboxRoute(ctx, services);
    if (extra) return extra;

    if (request.method === 'OPTIONS') {
      // Not a CORS preflight (answered before): say what the resource allows.
      const allowed = router.allowedMethods(url.pathname);
      if (allowed.length === 0) throw new ProblemError(404, 'not_found', { detail: 'no such resource' });
      return new Response(null, { status: 204, headers: { allow: [...allowed, 'OPTIONS'].join(', ') } });
    }
    const route = router.match(request.method, url.pathname);
    if (route.kind === 'none') throw new ProblemError(404, 'not_found', { detail: 'no such resource' });
    if (route.kind === 'method') {
      throw new ProblemError(405, 'method_not_allowed', {
        detail: `use ${route.allowed.join(', ')}`,
        headers: { allow: route.allowed.join(', ') },
      });
    }
    if (route.malformed.length > 0) {
      const errors = route.malformed.map((name) => ({
        param: `path.${name}`,
        message: 'the percent-encoding is not valid UTF-8',
      }));
      throw new ProblemError(400, 'validation_failed', { param: errors[0]?.param, errors });
    }
    const endpoint = route.endpoint;

    const sub = services.oauth.verify(request.headers.get('authorization'));
    if (sub === undefined) {
      throw new ProblemError(401, 'invalid_token', { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
    }
    if (endpoint.auth === 'required' && sub === null) {
      throw new ProblemError(401, 'unauthorized', { headers: { 'www-authenticate': 'Bearer' } });
    }
    ctx.sub = sub;

    if (endpoint.rateLimited) {
      const wait = lookups.take(ctx.client);
      if (wait > 0)
        throw new ProblemError(429, 'rate_limited', {
          detail: `retry after ${wait} s`,
          headers: { 'retry-after': String(wait) },
        });
    }

    ctx.params = route.params;
    ctx.query = Object.fromEntries(url.searchParams);
    const errors: { param: string; message: string }[] = [];
    if (endpoint.params)
      collect(errors, validate<Record<string, string>>(endpoint.params, ctx.params, 'path'), (v) => (ctx.params = v));
    if (endpoint.query)
      collect(errors, validate<Record<string, string>>(endpoint.query, ctx.query, 'query'), (v) => (ctx.query = v));

    if (endpoint.body || endpoint.binaryBody) {
      const limit = endpoint.binaryBody ? o.maxPhotoBytes + 1 : MAX_BODY_JSON;
      ctx.bytes = await readBody(request, limit);
      if (endpoint.binaryBody && ctx.bytes.length > o.maxPhotoBytes) {
        throw new ProblemError(413, 'payload_too_large', {
          param: 'body',
          detail: `at most ${o.maxPhotoBytes} bytes`,
          maxBytes: o.maxPhotoBytes,
        });
      }
    }

    const run = async (): Promise<Response> => {
      if (endpoint.body) {
        const type = request.headers.get('content-type') ?? '';
        if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
          throw new ProblemError(415, 'unsupported_media_type', {
            detail: 'send the body as application/json',
            param: 'header.content-type',
          });
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(new TextDecoder().decode(ctx.bytes));
        } catch {
          throw new ProblemError(400, 'invalid_json', {
            param: 'body',
            errors: [{ param: 'body', message: 'not valid JSON' }],
          });
        }
        collect(errors, validate(endpoint.body, parsed, 'body', lang), (v) => (ctx.body = v));
      }
      if (errors.length > 0) {
        throw new ProblemError(400, 'validation_failed', {
          param: errors[0]?.param,
          detail: errors.map((e) => `${e.param}: ${e.message}`).join('; '),
          errors,
        });
      }
      return respond(endpoint, await (HANDLERS[endpoint.id] as Handler)(ctx, services), lang);
    };

    if (!endpoint.idempotent) return run();
    const key = request.headers.get('idempotency-key');
    if (key === null) {
      // Uploads without a key are accepted (and not deduplicated); reports need one.
      if (endpoint.id === 'feedback.uploadMedia') return run();
      throw new ProblemError(400, 'idempotency_key_required', {
        param: 'header.Idempotency-Key',
        errors: [
          { param: 'header.Idempotency-Key', message: 'send a unique key (e.g. a UUID) with every new submission' },
        ],
      });
    }
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new ProblemError(400, 'validation_failed', {
        param: 'header.Idempotency-Key',
        errors: [{ param: 'header.Idempotency-Key', message: '1–255 visible ASCII characters' }],
      });
    }
    const print = await fingerprint(request.method, url.pathname, ctx.bytes);
    const outcome = await idempotency.run(`${endpoint.id}|${sub ?? ''}`, key, print, async () => {
      try {
        return await run();
      } catch (e) {
        if (e instanceof ProblemError) return problem(e.status, e.code, lang, e.extras);
        throw e;
      }
    });
    if (outcome.kind === 'reused') {
      throw new ProblemError(422, 'idempotency_key_reused', {
        param: 'header.Idempotency-Key',
        detail: 'this key was sent before with a different body; use a new key for a new submission',
      });
    }
    return outcome.response;
  }

  async function respond(endpoint: Endpoint, value: unknown, lang: Lang): Promise<Response> {
    const response = value instanceof Response ? value : json(value, endpoint.status ?? 200);
    if (!o.validateResponses || !response.ok || !(response.headers.get('content-type') ?? '').includes('json'))
      return response;
    const body: unknown = value instanceof Response ? await response.clone().json() : value;
    const v = validate(endpoint.response, body, 'response');
    return v.ok
      ? response
      : problem(500, 'sandbox_response_invalid', lang, {
          detail: `the answer of ${endpoint.id} breaks the contract`,
          errors: v.errors,
        });
  }

  return {
    handle,
    store,
    options: o,
    issueToken: (loginHint?: string) => {
      if (loginHint === undefined || loginHint === 'citizen') return services.oauth.issueToken();
      const account = campaignAccount(loginHint);
      if (!account) throw new RangeError(`unknown sign-in hint: ${loginHint}`);
      return services.oauth.issueToken(account.sub);
    },
    allowedMethods: (pathname) => {
      const outside = methodsOf(pathname);
      return outside ? withHead(outside) : router.allowedMethods(pathname);
    },
    resetRateLimits: () => lookups.reset(),
    usage: () => ({
      faultIds: faults.size,
      rateLimitClients: lookups.size,
      idempotencyKeys: idempotency.size,
      pendingUploads: store.media.pendingUsage,
      pendingSignInCodes: oauth.pendingCodes,
    }),
    timings,
  };
}

function collect<T>(
  errors: { param: string; message: string }[],
  result: ReturnType<typeof validate<T>>,
  set: (v: T) => void,
): void {
  if (result.ok) set(result.value);
  else errors.push(...result.errors);
}

async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit)
    throw new ProblemError(413, 'payload_too_large', { param: 'body', detail: `at most ${limit - 1} bytes` });
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > limit)
    throw new ProblemError(413, 'payload_too_large', { param: 'body', detail: `at most ${limit - 1} bytes` });
  return bytes;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function faultBefore(fault: Fault, lang: Lang, requestId: string): Promise<Response | null> {
  switch (fault.kind) {
    case 'status': {
      const retryAfter = { 'retry-after': fault.retryAfter ?? '1' };
      return fault.status === 429
        ? problem(429, 'rate_limited', lang, { detail: 'injected fault', headers: retryAfter })
        : problem(fault.status, fault.status === 503 ? 'service_unavailable' : 'internal_error', lang, {
            detail: 'injected fault',
            requestId,
            ...(fault.status === 503 ? { headers: retryAfter } : {}),
          });
    }
    case 'slow':
      await sleep(fault.ms);
      return null;
    case 'drop':
      return Response.error();
    default:
      return null;
  }
}

async function faultAfter(fault: Fault, response: Response): Promise<Response> {
  switch (fault.kind) {
    case 'drop-after':
      await response.arrayBuffer().catch(() => undefined);
      return Response.error();
    case 'drop-body':
      return dropMidBody(response);
    case 'truncate':
      return truncate(response);
    case 'contract':
      return breakContract(response);
    default:
      return response;
  }
}

function withHeader(response: Response, name: string, value: string): Response {
  if (response.type === 'error') return response;
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    // Immutable headers (a Response from fetch or Response.error()): copy.
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** A 500 that says nothing of the exception (it goes to the log, under the request id). */
function internal(e: unknown, lang: Lang, requestId: string): Response {
  console.error(`[sandbox] ${requestId}`, e);
  return problem(500, 'internal_error', lang, {
    detail:
      lang === 'en'
        ? `Something went wrong on the server. Quote ${requestId} when reporting it.`
        : `Máy chủ gặp lỗi. Khi báo lỗi, xin ghi kèm mã ${requestId}.`,
    requestId,
  });
}

/** A request id: random, so that it says nothing about the server or other requests. */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `req-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Every 5xx problem names its request id, whichever part of the sandbox answered. */
async function withRequestId(response: Response, requestId: string): Promise<Response> {
  if (response.status < 500 || !(response.headers.get('content-type') ?? '').includes('problem+json')) return response;
  const body = (await response.json()) as Record<string, unknown>;
  body.requestId ??= requestId;
  return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
}

/** The headers every answer carries, whoever built it. */
function withSafetyHeaders(response: Response, requestId: string): Response {
  const headers = new Headers(response.headers);
  // Browsers must never guess a type (an upload sniffed as HTML would run as a page).
  headers.set('x-content-type-options', 'nosniff');
  headers.set('x-request-id', requestId);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
