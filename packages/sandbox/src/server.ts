import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Sandbox, createSandbox, newRequestId } from './sandbox.js';
import type { SandboxOptions } from './options.js';
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
}

export interface SandboxServer {
  /** `http://host:port`, no trailing slash. */
  url: string;
  close(): Promise<void>;
  sandbox: Sandbox;
  server: Server;
}

/** Start the sandbox on node:http, converting IncomingMessage ↔ Request/Response. */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const { port = 0, host = '127.0.0.1', static: serveStatic, sandbox: given, ...sandboxOptions } = options;
  const sandbox = given ?? createSandbox(sandboxOptions);
  const maxBody = Math.max(sandbox.options.maxPhotoBytes, 1024 * 1024) + 1;

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
          request = new Request(`http://${req.headers.host ?? `${host}:${port}`}${req.url ?? '/'}`, {
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
        const response = await sandbox.handle(request, { clientAddress: req.socket.remoteAddress ?? 'unknown' });
        if (response.type === 'error') {
          // The `drop` fault: no answer at all, the connection just ends.
          req.socket.destroy();
          return;
        }
        const { body: out, encoding } = compressBody(
          req,
          Buffer.from(await response.arrayBuffer()),
          response.headers.get('content-type') ?? undefined,
        );
        const outHeaders: Record<string, string | string[]> = {};
        response.headers.forEach((value, name) => {
          outHeaders[name] = value;
        });
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
  return {
    url: `http://${shownHost}:${address.port}`,
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
