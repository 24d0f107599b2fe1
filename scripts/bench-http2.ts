// An HTTP/2 front for the bench server, as a CDN would serve the bundle: TLS with a
// self-signed certificate made at run time by Debian's `openssl` CLI (Chromium is told to
// accept it with --ignore-certificate-errors, for the bench only), every request forwarded
// to the HTTP/1.1 server on the loopback. One connection carries every file and API call:
// no per-file TCP handshake, no six-connection queue.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { constants, createSecureServer, type IncomingHttpHeaders } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Headers HTTP/2 forbids (connection-specific), dropped on the way back. */
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

export async function startHttp2Front(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'shp-bench-h2-'));
  let key: Buffer;
  let cert: Buffer;
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  try {
    key = readFileSync(join(dir, 'key.pem'));
    cert = readFileSync(join(dir, 'cert.pem'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const upstream = new URL(target);
  const server = createSecureServer({ key, cert });
  server.on('stream', (stream, headers: IncomingHttpHeaders) => {
    const forwarded: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!name.startsWith(':') && value !== undefined) forwarded[name] = value;
    }
    forwarded['host'] = String(headers[':authority'] ?? upstream.host);
    const upstreamRequest = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: String(headers[':method']),
        path: String(headers[':path']),
        headers: forwarded,
      },
      (response) => {
        const back: Record<string, string | string[] | number> = {
          [constants.HTTP2_HEADER_STATUS]: response.statusCode ?? 502,
        };
        for (const [name, value] of Object.entries(response.headers)) {
          if (!HOP.has(name) && value !== undefined) back[name] = value;
        }
        if (stream.destroyed) return response.resume();
        stream.respond(back);
        response.pipe(stream);
      },
    );
    upstreamRequest.on('error', () => {
      if (!stream.destroyed && !stream.headersSent) stream.respond({ [constants.HTTP2_HEADER_STATUS]: 502 });
      stream.end();
    });
    stream.on('error', () => upstreamRequest.destroy());
    stream.pipe(upstreamRequest);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
