import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { startSandboxServer, type SandboxServer } from '../src/server.js';
import { NOW, PNG } from './helpers.js';

let server: SandboxServer;
before(async () => {
  server = await startSandboxServer({
    port: 0,
    seed: 1,
    feedback: 500,
    places: 100,
    now: NOW,
    corsOrigins: ['http://portal.test'],
  });
});
after(() => server.close());

test('serves the API over HTTP on the port it picked, with URLs on its own origin', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const config = await (await fetch(`${server.url}/v1/config`)).json();
  assert.equal(config.identityProvider.authorizationEndpoint, `${server.url}/sandbox/oauth/authorize`);
});

test('drop destroys the socket without an answer', async () => {
  const url = new URL(`${server.url}/v1/units`);
  const outcome = await new Promise<string>((resolve) => {
    const req = httpRequest(url, { headers: { 'x-sandbox-fault': 'drop' } }, (res) =>
      resolve(`answered ${res.statusCode}`),
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    req.end();
  });
  assert.equal(outcome, 'ECONNRESET');
  await assert.rejects(fetch(`${server.url}/v1/units?__fault=drop`));
});

test('an uploaded photo comes back over HTTP, nosniff', async () => {
  const up = await fetch(`${server.url}/v1/media`, {
    method: 'POST',
    headers: { 'content-type': 'image/png', 'idempotency-key': 'http-1' },
    body: PNG,
  });
  assert.equal(up.status, 201);
  const { url } = await up.json();
  const response = await fetch(url);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  const back = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual(back, PNG, 'a PNG with nothing but its image comes back as it was');
});

test('CORS: configured origins only, preflight answered, headers exposed', async () => {
  const allowed = await fetch(`${server.url}/v1/units`, { headers: { origin: 'http://portal.test' } });
  assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://portal.test');
  assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /retry-after/i);
  assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /idempotent-replayed/i);
  const other = await fetch(`${server.url}/v1/units`, { headers: { origin: 'http://elsewhere.test' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
  const preflight = await fetch(`${server.url}/v1/feedback`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://portal.test',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, idempotency-key',
    },
  });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
});

test('the dossier lookup limit keys on the client address by default', async () => {
  server.sandbox.resetRateLimits();
  const code = [...server.sandbox.store.dossiers.keys()][0]!;
  const statuses: number[] = [];
  for (let k = 0; k < 11; k++)
    statuses.push((await fetch(`${server.url}/v1/dossiers/${encodeURIComponent(code)}`)).status);
  assert.equal(statuses.at(-1), 429);
});

test('an extra route hook serves first', async () => {
  const withStatic = await startSandboxServer({
    sandbox: server.sandbox,
    static: (req, res) => {
      if (req.url !== '/hello') return false;
      res.end('xin chào');
      return true;
    },
  });
  try {
    assert.equal(await (await fetch(`${withStatic.url}/hello`)).text(), 'xin chào');
    assert.equal((await fetch(`${withStatic.url}/v1/units/10966`)).status, 200);
  } finally {
    await withStatic.close();
  }
});

test('gzips answers for clients that accept it, as a production API does', async () => {
  const get = (acceptEncoding: string | undefined) =>
    new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : undefined;
      httpRequest(new URL(`${server.url}/v1/units`), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  const plain = await get(undefined);
  const zipped = await get('gzip, deflate, br');
  assert.equal(plain.encoding, undefined);
  assert.equal(zipped.encoding, 'gzip');
  assert.ok(zipped.body.length < plain.body.length / 3);
  assert.deepEqual(gunzipSync(zipped.body), plain.body);
});
