import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Sandbox, createSandbox, newRequestId } from './sandbox.js';
import { type SandboxOptions, parseOAuthClients, publicOriginOf } from './options.js';
import { compressBody } from './http/compress.js';

export { compressBody };

export interface SandboxServerOptions extends SandboxOptions {
  /** Port to listen on; 0 picks a free one. Default 0. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Serve extra routes first (example pages, built bundles): return true when handled. */
  static?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Serve an existing sandbox instead of creating one. */
  sandbox?: Sandbox;
  /**
   * How many reverse proxies in front of the server are trusted to append the client's
   * address to `X-Forwarded-For` (the dossier-lookup limit is kept per client address).
   * Default 0 (env `SANDBOX_TRUST_PROXY`): the header is ignored and the connection's address
   * counts, since any client can send the header. With N, the N-th address from the right is the client.
   */
  trustProxy?: number;
}

export interface SandboxServer {
  /** `http://host:port`, no trailing slash: where the server listens. */
  url: string;
  /**
   * The origin absolute URLs in answers are built on (config's sign-in endpoints, basemap,
   * photos): `publicOrigin` (env `SANDBOX_PUBLIC_ORIGIN`), else the listening address
   * (`0.0.0.0` and `::` shown as loopback). Never the request's `Host` header.
   */
  publicOrigin: string;
  close(): Promise<void>;
  sandbox: Sandbox;
  server: Server;
}

/** Start the sandbox on node:http, converting IncomingMessage ↔ Request/Response. */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const env = envOptions(process.env);
  const {
    port = 0,
    host = '127.0.0.1',
    static: serveStatic,
    sandbox: given,
    trustProxy = env.trustProxy ?? 0,
    ...rest
  } = options;
  const sandboxOptions: SandboxOptions = { ...env.sandbox, ...rest };
  const sandbox = given ?? createSandbox(sandboxOptions);
  const maxBody = Math.max(sandbox.options.maxPhotoBytes, 1024 * 1024) + 1;
  // Set once listening (the port may be chosen then); requests only arrive after that.
  let origin = '';

  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (serveStatic && (await serveStatic(req, res))) return;
        const method = req.method ?? 'GET';
        if (FORBIDDEN_METHODS.has(method.toUpperCase())) {
          // The Fetch API cannot even express these: answer here, as the router would.
          const allow = sandbox.allowedMethods(new URL(req.url ?? '/', 'http://x').pathname);
          if (allow.length === 0) return sendProblem(res, 404, 'not_found', 'Not found');
          return sendProblem(res, 405, 'method_not_allowed', 'Method not allowed', { allow: allow.join(', ') });
        }
        const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, maxBody);
        if (body === null)
          return sendProblem(res, 413, 'payload_too_large', 'Payload too large', { connection: 'close' }, 'body');
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
        }
        let request: Request;
        try {
          // HTTP/1.1 needs a valid Host, but the URL is built on the configured origin, never on
          // it: absolute URLs in answers (sign-in endpoints, photos) must not point wherever a
          // request says.
          if (req.headers.host !== undefined) new URL(`http://${req.headers.host}`);
          request = new Request(requestUrl(origin, req.url), {
            method,
            headers,
            ...(body ? { body } : {}),
          });
        } catch {
          // A Host header or request target that makes no URL.
          return sendProblem(
            res,
            400,
            'bad_request',
            'The request line or Host header is not valid',
            {},
            'header.host',
          );
        }
        const response = await sandbox.handle(request, { clientAddress: clientAddress(req, trustProxy) });
        if (response.type === 'error') {
          // The `drop` fault: no answer at all, the connection just ends.
          req.socket.destroy();
          return;
        }
        const outHeaders: Record<string, string | string[]> = {};
        response.headers.forEach((value, name) => {
          outHeaders[name] = value;
        });
        const read = await readAll(response);
        if (!read.ok) {
          // The `drop-body` fault: the status, the headers and what the body gave, then nothing.
          delete outHeaders['content-length'];
          res.writeHead(response.status, outHeaders);
          res.write(read.bytes, () => req.socket.destroy());
          return;
        }
        const { body: out, encoding } = compressBody(
          req,
          read.bytes,
          response.headers.get('content-type') ?? undefined,
        );
        if (encoding) {
          outHeaders['content-encoding'] = encoding;
          outHeaders.vary = outHeaders.vary ? `${String(outHeaders.vary)}, Accept-Encoding` : 'Accept-Encoding';
        }
        if (req.method !== 'HEAD' && response.status !== 204 && response.status !== 304)
          outHeaders['content-length'] = String(out.length);
        res.writeHead(response.status, outHeaders);
        res.end(req.method === 'HEAD' ? undefined : out);
      } catch (e) {
        const requestId = newRequestId();
        console.error(`[sandbox server] ${requestId}`, e);
        if (res.headersSent) res.end();
        else sendProblem(res, 500, 'internal_error', 'Internal server error', {}, undefined, requestId);
      }
    })();
  });
  // CONNECT (a proxy tunnel) never reaches the request handler: refuse it plainly.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    const body = JSON.stringify({
      type: 'about:blank',
      title: 'Method not allowed',
      status: 405,
      code: 'method_not_allowed',
    });
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\ncontent-type: application/problem+json\r\nx-content-type-options: nosniff\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${address.port}`;
  const loopback = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : shownHost;
  origin = publicOriginOf(
    sandbox.options.publicOrigin ?? sandboxOptions.publicOrigin ?? `http://${loopback}:${address.port}`,
  );
  return {
    url,
    publicOrigin: origin,
    sandbox,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A problem answer written by the server itself (no sandbox Response behind it). */
function sendProblem(
  res: ServerResponse,
  status: number,
  code: string,
  title: string,
  headers: Record<string, string> = {},
  param?: string,
  requestId = newRequestId(),
): void {
  const body = JSON.stringify({
    type: 'about:blank',
    title,
    status,
    code,
    ...(param ? { param, errors: [{ param, message: title }] } : {}),
    ...(status >= 500 ? { detail: `Quote ${requestId} when reporting it.`, requestId } : {}),
  });
  res.writeHead(status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'x-content-type-options': 'nosniff',
    'x-request-id': requestId,
    ...headers,
  });
  res.end(body);
}

/** `SANDBOX_PUBLIC_ORIGIN`, `SANDBOX_TRUST_PROXY`, `SANDBOX_OAUTH_CLIENTS` (explicit options win). */
export function envOptions(env: Record<string, string | undefined>): { sandbox: SandboxOptions; trustProxy?: number } {
  const sandbox: SandboxOptions = {};
  if (env.SANDBOX_PUBLIC_ORIGIN) sandbox.publicOrigin = env.SANDBOX_PUBLIC_ORIGIN;
  if (env.SANDBOX_OAUTH_CLIENTS) sandbox.oauthClients = parseOAuthClients(env.SANDBOX_OAUTH_CLIENTS);
  const hops = env.SANDBOX_TRUST_PROXY ? Number(env.SANDBOX_TRUST_PROXY) : undefined;
  if (hops !== undefined && !(Number.isInteger(hops) && hops >= 0))
    throw new RangeError(`SANDBOX_TRUST_PROXY must be a whole number of proxies, got ${env.SANDBOX_TRUST_PROXY}`);
  return { sandbox, ...(hops !== undefined ? { trustProxy: hops } : {}) };
}

/**
 * The client's address: the connection's, unless `trustProxy` proxies are trusted to append
 * to `X-Forwarded-For`; then the address the outermost trusted proxy saw.
 */
export function clientAddress(req: IncomingMessage, trustProxy: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) return socket;
  return list[Math.max(0, list.length - trustProxy)] ?? socket;
}

/**
 * The request URL on the public origin. An origin-form target (`/v1/x`, even `//host/x`) is
 * appended as it is; an absolute-form target (`GET http://host/v1/x`) keeps only its path.
 */
function requestUrl(origin: string, target: string | undefined): URL {
  const t = target ?? '/';
  if (t.startsWith('/')) return new URL(origin + t);
  try {
    const u = new URL(t);
    return new URL(origin + u.pathname + u.search);
  } catch {
    return new URL(`${origin}/`);
  }
}

type Read = { ok: true; bytes: Buffer } | { ok: false; bytes: Buffer };
/** A response's whole body, or what arrived before its stream failed. */
async function readAll(response: Response): Promise<Read> {
  if (!response.body) return { ok: true, bytes: Buffer.alloc(0) };
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { ok: true, bytes: Buffer.concat(chunks) };
      chunks.push(value);
    }
  } catch {
    return { ok: false, bytes: Buffer.concat(chunks) };
  }
}

/** The whole body, or null when it is longer than `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}
