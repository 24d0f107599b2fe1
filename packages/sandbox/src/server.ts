import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Sandbox, createSandbox } from './sandbox.js';
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
        const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req, maxBody);
        if (body === null) {
          res.writeHead(413, { 'content-type': 'application/problem+json', connection: 'close' });
          res.end(
            JSON.stringify({ type: 'about:blank', title: 'Payload too large', status: 413, code: 'payload_too_large' }),
          );
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
        }
        const request = new Request(`http://${req.headers.host ?? `${host}:${port}`}${req.url ?? '/'}`, {
          method: req.method ?? 'GET',
          headers,
          ...(body ? { body } : {}),
        });
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
        console.error('[sandbox server]', e);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/problem+json' });
        res.end(
          JSON.stringify({ type: 'about:blank', title: 'Internal server error', status: 500, code: 'internal_error' }),
        );
      }
    })();
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
