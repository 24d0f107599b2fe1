// The sandbox API and the example commune portal on one origin (`pnpm start`, the bench,
// the end-to-end tests).
//   /                 examples/commune-portal/ (plain HTML, the script-tag bundle)
//   /smart-haiphong.js and the files beside it   packages/widgets/dist/cdn/
//   /v1/*, /openapi.json, /sandbox/*    the sandbox
// The portal is served under a strict Content-Security-Policy, as a commune's CMS may be.
// The bundle's files may be loaded by a page on any origin (a commune's own CMS): they
// carry `Access-Control-Allow-Origin: *` (module scripts and the map's module worker are
// fetched in CORS mode) and `Cross-Origin-Resource-Policy: cross-origin`. The API answers
// CORS only for the configured origins (see `corsOrigins`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '@smart-haiphong/sandbox';
import { compressBody, startSandboxServer } from '@smart-haiphong/sandbox/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers that let a page on another origin load the bundle, its chunks and the map worker. */
const CROSS_ORIGIN_STATIC = {
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
};

/** Where static files come from, first match wins. */
const roots = [
  { dir: join(root, 'examples/commune-portal'), headers: {} },
  { dir: join(root, 'packages/widgets/dist/cdn'), headers: CROSS_ORIGIN_STATIC },
];

/** Paths the sandbox answers (matched on the raw path, before any decoding). */
const API_PATH = /^\/(v1(\/|$)|sandbox\/|openapi\.json$)/;

const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Origins allowed to call the API when `CORS_ORIGINS` is not set: pages served from this
 * machine's loopback addresses, on any port (a webmaster trying the widgets in a local
 * copy of their CMS). Nothing else: a page on the network opens the portal itself instead.
 */
export const DEFAULT_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'] as const;

/**
 * Reads `CORS_ORIGINS`: comma-separated origins (`https://xa-binhgiang.example.vn`), a port
 * wildcard (`http://localhost:*`), or `*` for any origin. Unset: {@link DEFAULT_CORS_ORIGINS};
 * empty: none.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  if (value === undefined) return [...DEFAULT_CORS_ORIGINS];
  return value
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

/** Whether `origin` (an Origin header) matches one of the patterns of {@link parseCorsOrigins}. */
export function originAllowed(patterns: readonly string[], origin: string | null): boolean {
  if (origin === null || origin === 'null') return false;
  return patterns.some((p) => {
    if (p === '*' || p === origin) return true;
    if (!p.endsWith(':*')) return false;
    // `http://localhost:*`: that scheme and host on any port, or on the default port.
    const prefix = p.slice(0, -1);
    return origin === p.slice(0, -2) || (origin.startsWith(prefix) && /^\d+$/.test(origin.slice(prefix.length)));
  });
}

function problem(
  res: ServerResponse,
  status: number,
  code: string,
  title: string,
  headers: Record<string, string> = {},
) {
  const body = JSON.stringify({ type: 'about:blank', title, status, code });
  res.writeHead(status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

/**
 * Serves a file of the portal or of the bundle, or returns false to let the sandbox answer.
 * Never throws on any request: a malformed path or escape attempt is a 400, a method other
 * than GET, HEAD or OPTIONS on a file a 405.
 */
function serveStatic(req: IncomingMessage, res: ServerResponse): boolean {
  // Methods the Fetch API refuses to carry: the sandbox (a Fetch handler) cannot see them.
  if (FETCH_FORBIDDEN_METHODS.has(req.method ?? '')) {
    problem(res, 405, 'method_not_allowed', `${req.method} is not allowed.`, {
      allow: 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
    });
    return true;
  }
  const raw = (req.url ?? '/').split(/[?#]/, 1)[0]!;
  if (API_PATH.test(raw)) return false;
  if (!raw.startsWith('/')) {
    problem(res, 400, 'bad_request_target', 'The request target must be a path.');
    return true;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    problem(res, 400, 'bad_path_encoding', 'The path has a malformed percent-encoding.');
    return true;
  }
  // `..` reaches here only when written as `..%2F`, `%2e%2e\` or sent raw by a non-browser.
  const segments = pathname.split(/[/\\]/);
  if (pathname.includes('\0') || segments.includes('..')) {
    problem(res, 400, 'bad_path', 'The path may not leave the site.');
    return true;
  }
  const relative = segments.join(sep) + (pathname.endsWith('/') ? 'index.html' : '');
  for (const { dir, headers } of roots) {
    const file = join(dir, relative);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) continue;
    const allow = 'GET, HEAD, OPTIONS';
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        allow,
        ...headers,
        ...(headers === CROSS_ORIGIN_STATIC ? { 'access-control-allow-methods': 'GET, HEAD' } : {}),
      });
      res.end();
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      problem(res, 405, 'method_not_allowed', `${req.method ?? 'This method'} is not allowed on a static file.`, {
        allow,
        ...headers,
      });
      return true;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const { body, encoding } = compressBody(req, readFileSync(file), type);
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(body.length),
      ...(encoding ? { 'content-encoding': encoding, vary: 'Accept-Encoding' } : {}),
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
  return false;
}

export interface PortalOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Default `127.0.0.1` (this machine only); `0.0.0.0` to open it from a phone on the network. */
  host?: string;
  feedback?: number;
  places?: number;
  /** Origins whose pages may call the API (patterns of {@link parseCorsOrigins}). Default {@link DEFAULT_CORS_ORIGINS}. */
  corsOrigins?: readonly string[];
}

/** Starts the portal and the sandbox on one origin (`port` 0: any free port). */
export function startPortal(options: PortalOptions) {
  const { corsOrigins = DEFAULT_CORS_ORIGINS, host = '127.0.0.1', ...rest } = options;
  // The sandbox's own CORS takes exact origins: let it answer every origin, then drop its
  // CORS headers for origins the patterns do not allow (the browser then refuses the answer).
  const sandbox = createSandbox({ feedback: rest.feedback, places: rest.places, corsOrigins: ['*'] });
  const narrowed: typeof sandbox = {
    ...sandbox,
    async handle(request, context) {
      const response = await sandbox.handle(request, context);
      if (response.type === 'error' || originAllowed(corsOrigins, request.headers.get('origin'))) return response;
      const headers = new Headers(response.headers);
      for (const name of [...headers.keys()]) if (name.startsWith('access-control-')) headers.delete(name);
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    },
  };
  return startSandboxServer({ port: rest.port, host, sandbox: narrowed, static: serveStatic });
}
