import type { IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(application\/(json|problem\+json|geo\+json|javascript)|text\/|image\/svg\+xml)/;

/**
 * Gzip a body when the client accepts it and it is worth it, as the city's API and any
 * CDN do: without it the sandbox would make every measurement on a slow connection
 * several times worse than real life.
 */
export function compressBody(
  req: IncomingMessage,
  body: Buffer,
  contentType: string | undefined,
): { body: Buffer; encoding: 'gzip' | undefined } {
  const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (!accepts || body.length < 1024 || !COMPRESSIBLE.test(contentType ?? '')) return { body, encoding: undefined };
  return { body: gzipSync(body, { level: 6 }), encoding: 'gzip' };
}
