// The sandbox API and the example commune portal on one origin (`pnpm start`, the bench).
//   /                 examples/commune-portal/ (plain HTML, the script-tag bundle)
//   /smart-haiphong.js and its chunks   packages/widgets/dist/cdn/
//   /v1/*, /openapi.json, /sandbox/*    the sandbox
// The portal is served under a strict Content-Security-Policy, as a commune's CMS may be.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressBody, startSandboxServer } from '@smart-haiphong/sandbox/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const roots = [join(root, 'examples/commune-portal'), join(root, 'packages/widgets/dist/cdn')];
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
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

function serveStatic(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (pathname.startsWith('/v1/') || pathname.startsWith('/sandbox/') || pathname === '/openapi.json') return false;
  const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^(\.\.[/\\])+/, '');
  for (const dir of roots) {
    const file = join(dir, relative);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
    const type = types[extname(file)] ?? 'application/octet-stream';
    const { body, encoding } = compressBody(req, readFileSync(file), type);
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(body.length),
      ...(encoding ? { 'content-encoding': encoding, vary: 'Accept-Encoding' } : {}),
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
  return false;
}

/** Starts the portal and the sandbox on one origin (`port` 0: any free port). */
export function startPortal(options: { port: number; host?: string; feedback?: number; places?: number }) {
  return startSandboxServer({ ...options, host: options.host ?? '127.0.0.1', static: serveStatic });
}
