// Issue 9 (reliability and security), the sandbox's part: cases 7, 8, 14 and 15, each as a
// test that failed before the fix. The SDK's exactly-once cases are in packages/sdk/test.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { FaultInjector } from '../src/http/faults.js';
import { RateLimiter } from '../src/http/rate-limit.js';
import { IdempotencyStore } from '../src/http/idempotency.js';
import { parseOAuthClients } from '../src/options.js';
import { envOptions, startSandboxServer, type SandboxServer } from '../src/server.js';
import { matchesSearch } from '@smart-haiphong/sdk';
import { NOW, PNG, call, jsonInit, submission, testSandbox } from './helpers.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('case 7: every feedback cursor is validated', () => {
  const sandbox = testSandbox({ feedback: 300 });

  test('a tampered cursor is a 400 naming query.cursor, not page 1 again', async () => {
    const first = await call(sandbox, '/v1/feedback?limit=5');
    assert.ok(first.body.nextCursor);
    for (const cursor of [
      'e30',
      b64({ o: 5 }),
      b64({ b: -1 }),
      b64({ b: 1.5 }),
      b64({ b: 10, x: 1 }),
      b64([1]),
      '%%%',
    ]) {
      const r = await call(sandbox, `/v1/feedback?limit=5&cursor=${encodeURIComponent(cursor)}`);
      assert.equal(r.status, 400, cursor);
      assert.equal(r.body.param, 'query.cursor', cursor);
    }
    // A nearest-first list takes only its own kind of cursor.
    const near = await call(sandbox, `/v1/feedback?near=20.86,106.68&radius=50000&limit=2&cursor=${b64({ b: 10 })}`);
    assert.equal(near.status, 400);
    assert.equal(near.body.param, 'query.cursor');
  });

  test('the cursors the lists hand out still work, newest first and nearest first', async () => {
    const one = await call(sandbox, '/v1/feedback?limit=3');
    const two = await call(sandbox, `/v1/feedback?limit=3&cursor=${one.body.nextCursor}`);
    assert.equal(two.status, 200);
    assert.equal(two.body.items.length, 3);
    assert.ok(two.body.items.every((f: { id: string }) => !one.body.items.some((g: { id: string }) => g.id === f.id)));
    const near = await call(sandbox, '/v1/feedback?near=20.86,106.68&radius=50000&limit=2');
    const next = await call(
      sandbox,
      `/v1/feedback?near=20.86,106.68&radius=50000&limit=2&cursor=${near.body.nextCursor}`,
    );
    assert.equal(next.status, 200);
    assert.notEqual(next.body.items[0].id, near.body.items[0].id);
  });
});

/** A raw HTTP GET with any Host header and request target (fetch would not send them). */
function rawGet(
  server: SandboxServer,
  target: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: target, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('case 8: absolute URLs come from the configured origin, never the Host header', () => {
  let server: SandboxServer;
  let configured: SandboxServer;
  before(async () => {
    server = await startSandboxServer({ port: 0, seed: 1, feedback: 300, places: 50, now: NOW });
    configured = await startSandboxServer({
      port: 0,
      seed: 1,
      feedback: 300,
      places: 50,
      now: NOW,
      publicOrigin: 'https://sandbox.example.org/ignored-path',
    });
  });
  after(async () => {
    await server.close();
    await configured.close();
  });

  const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^"\s]+/g)].map((m) => m[0]);

  test('Host: evil.example changes no URL in config, lists, reports, uploads or Location', async () => {
    const evil = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const config = await rawGet(server, '/v1/config', evil);
    assert.equal(config.status, 200);
    const idp = JSON.parse(config.body).identityProvider;
    assert.equal(idp.authorizationEndpoint, `${server.url}/sandbox/oauth/authorize`);
    assert.equal(idp.tokenEndpoint, `${server.url}/sandbox/oauth/token`);
    assert.equal(JSON.parse(config.body).basemapUrl, `${server.url}/sandbox/basemap/land.json`);
    const samples = JSON.parse((await rawGet(server, '/sandbox/samples', evil)).body);
    const withPhoto = samples.feedback.find((f: { photoCount: number }) => f.photoCount > 0);
    for (const path of ['/v1/feedback?limit=20', `/v1/feedback/${withPhoto.id}`, '/v1/news?limit=5', '/openapi.json']) {
      const r = await rawGet(server, path, evil);
      assert.equal(r.status, 200, path);
      assert.ok(!r.body.includes('evil.example'), `${path} mentions the Host header`);
    }
    assert.ok(
      urlsIn((await rawGet(server, `/v1/feedback/${withPhoto.id}`, evil)).body).some((u) => u.startsWith(server.url)),
    );
    // An absolute-form request target is no way around it either, nor a path that looks like one.
    const absolute = await rawGet(server, 'http://evil.example/v1/config', evil);
    assert.equal(JSON.parse(absolute.body).identityProvider.tokenEndpoint, `${server.url}/sandbox/oauth/token`);
    const slashes = await rawGet(server, '//evil.example/v1/config', evil);
    assert.equal(slashes.status, 404);
    // Uploads and reports: the answer's URL and its Location header.
    const up = await new Promise<{ location: string | undefined; body: string }>((resolve, reject) => {
      const u = new URL(server.url);
      const req = httpRequest(
        {
          host: u.hostname,
          port: u.port,
          path: '/v1/media',
          method: 'POST',
          headers: { ...evil, 'content-type': 'image/png' },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ location: res.headers.location, body }));
        },
      );
      req.on('error', reject);
      req.end(Buffer.from(PNG));
    });
    assert.ok(up.location?.startsWith(`${server.url}/v1/media/`), up.location);
    assert.ok(JSON.parse(up.body).url.startsWith(`${server.url}/v1/media/`));
  });

  test('a configured public origin is used for every absolute URL', async () => {
    assert.equal(configured.publicOrigin, 'https://sandbox.example.org');
    const config = JSON.parse((await rawGet(configured, '/v1/config', { host: 'evil.example' })).body);
    assert.equal(config.identityProvider.authorizationEndpoint, 'https://sandbox.example.org/sandbox/oauth/authorize');
    assert.equal(config.basemapUrl, 'https://sandbox.example.org/sandbox/basemap/land.json');
    const list = (await rawGet(configured, '/v1/feedback?limit=50', {})).body;
    assert.ok(urlsIn(list).length > 0);
    assert.ok(urlsIn(list).every((u) => u.startsWith('https://sandbox.example.org/')));
  });

  test('in-process, the option wins over the request URL; a bad origin is refused at start', async () => {
    const sandbox = testSandbox({ feedback: 50, publicOrigin: 'https://api.example.vn' });
    const config = await call(sandbox, '/v1/config');
    assert.equal(config.body.identityProvider.tokenEndpoint, 'https://api.example.vn/sandbox/oauth/token');
    assert.throws(() => testSandbox({ feedback: 10, publicOrigin: 'javascript:alert(1)' }), TypeError);
  });
});

describe('case 15: the lookup limit keys on the connection', () => {
  test('over HTTP, rotating X-Forwarded-For or x-sandbox-client does not reset it; a trusted proxy can pass the address', async () => {
    const direct = await startSandboxServer({ port: 0, seed: 1, feedback: 50, places: 10, now: NOW });
    const proxied = await startSandboxServer({ port: 0, sandbox: testSandbox({ feedback: 50 }), trustProxy: 1 });
    try {
      const code = encodeURIComponent([...direct.sandbox.store.dossiers.keys()][0]!);
      const statuses: number[] = [];
      for (let k = 0; k < 11; k++) {
        const headers = { 'x-forwarded-for': `198.51.100.${k}`, 'x-sandbox-client': `c${k}` };
        statuses.push((await fetch(`${direct.url}/v1/dossiers/${code}`, { headers })).status);
      }
      assert.equal(statuses.at(-1), 429);
      // Behind one trusted proxy: the address it appended (the last one) is the client.
      const via = (chain: string) =>
        fetch(`${proxied.url}/v1/dossiers/${code}`, { headers: { 'x-forwarded-for': chain } });
      const spoofed: number[] = [];
      for (let k = 0; k < 11; k++) spoofed.push((await via(`10.0.0.${k}, 203.0.113.5`)).status);
      assert.equal(spoofed.at(-1), 429, 'a forged left part changes nothing');
      assert.equal((await via('203.0.113.6')).status, 200, 'another client has its own limit');
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});

describe('case 15: memory is bounded (uploads, rate-limit log, fault counters, idempotency keys)', () => {
  test('120 anonymous uploads keep at most the configured photos and bytes; photos in a report stay', async () => {
    const sandbox = testSandbox({ feedback: 50, pendingUploads: { max: 20, maxBytes: 40 * 1024 } });
    const upload = async (bytes: Uint8Array<ArrayBuffer>) =>
      call(sandbox, '/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: bytes });
    const kept = await upload(PNG);
    const report = await call(
      sandbox,
      '/v1/feedback',
      jsonInit(submission({ photoIds: [kept.body.id] }), { 'idempotency-key': 'with-photo' }),
    );
    assert.equal(report.status, 201);
    // 3 kB photos: 120 of them would be 360 kB.
    const big = pngOfSize(3000);
    const ids: string[] = [];
    for (let k = 0; k < 120; k++) ids.push((await upload(big)).body.id);
    const usage = sandbox.usage().pendingUploads;
    assert.ok(usage.count <= 20 && usage.bytes <= 40 * 1024, JSON.stringify(usage));
    assert.equal((await call(sandbox, `/v1/media/${ids[0]}`)).status, 404, 'the oldest is forgotten');
    assert.equal((await sandbox.handle(new Request(`http://sandbox.test/v1/media/${ids.at(-1)}`))).status, 200);
    assert.equal((await sandbox.handle(new Request(`http://sandbox.test/v1/media/${kept.body.id}`))).status, 200);
    // A forgotten photo cannot be used in a report: a 400 naming it.
    const late = await call(
      sandbox,
      '/v1/feedback',
      jsonInit(submission({ photoIds: [ids[0]] }), { 'idempotency-key': 'late-photo' }),
    );
    assert.equal(late.status, 400);
    assert.equal(late.body.param, 'body.photoIds.0');
  });

  test('by default, 110 uploads of 1 MiB hold at most 64 MiB', async () => {
    const sandbox = testSandbox({ feedback: 20 });
    const mib = pngOfSize(1024 * 1024);
    for (let k = 0; k < 110; k++) {
      const r = await sandbox.handle(
        new Request('http://sandbox.test/v1/media', {
          method: 'POST',
          headers: { 'content-type': 'image/png' },
          body: mib,
        }),
      );
      assert.equal(r.status, 201);
    }
    const usage = sandbox.usage().pendingUploads;
    assert.ok(usage.bytes <= 64 * 1024 * 1024 && usage.count <= 64, JSON.stringify(usage));
  });

  test('the rate-limit log forgets idle clients and holds at most maxClients', () => {
    const limiter = new RateLimiter(10, 60_000, 100);
    for (let k = 0; k < 5000; k++) limiter.take(`client-${k}`, 1000);
    assert.ok(limiter.size <= 100, `${limiter.size} clients`);
    // A minute later, a sweep drops everyone idle.
    for (let k = 0; k < 1000; k++) limiter.take('the-only-one', 62_000 + k);
    assert.equal(limiter.size, 1);
    // The limit itself still holds for a client that keeps asking.
    const busy = new RateLimiter(3, 60_000, 100);
    assert.deepEqual(
      [0, 0, 0].map(() => busy.take('x', 5)),
      [0, 0, 0],
    );
    assert.ok(busy.take('x', 6) > 0);
  });

  test('fault counters are capped, and so are the sandbox’s own after many ids', async () => {
    const faults = new FaultInjector(50);
    for (let k = 0; k < 1000; k++) {
      const request = new Request('http://sandbox.test/v1/units', {
        headers: { 'x-sandbox-fault': '503', 'x-sandbox-fault-times': '1', 'x-sandbox-fault-id': `id-${k}` },
      });
      assert.equal(faults.pick(request, new URL(request.url))?.kind, 'status');
    }
    assert.equal(faults.size, 50);
    const sandbox = testSandbox({ feedback: 20 });
    for (let k = 0; k < 10_050; k++) {
      await sandbox.handle(
        new Request('http://sandbox.test/v1/feedback/statuses', {
          headers: { 'x-sandbox-fault': '503', 'x-sandbox-fault-times': '1', 'x-sandbox-fault-id': `id-${k}` },
        }),
      );
    }
    assert.ok(sandbox.usage().faultIds <= 10_000, `${sandbox.usage().faultIds} fault ids`);
  });

  test('idempotency keys are capped, oldest first', async () => {
    const store = new IdempotencyStore(24 * 3_600_000, 30);
    for (let k = 0; k < 100; k++)
      await store.run('s', `key-${k}`, 'print', async () => new Response('{}', { status: 201 }));
    assert.equal(store.size, 30);
  });
});

describe('case 15: a text search never stalls the server', () => {
  test('a rare word over 300 000 reports: other requests are answered meanwhile, the page comes within its budget', async () => {
    const sandbox = testSandbox({ feedback: 300_000, places: 50, textSearchBudgetMs: 300 });
    const started = performance.now();
    const search = sandbox.handle(new Request('http://sandbox.test/v1/feedback?q=khongcotu&limit=20'));
    await new Promise((r) => setTimeout(r, 20));
    const t = performance.now();
    const other = await sandbox.handle(new Request('http://sandbox.test/v1/units/binh-giang'));
    const waited = performance.now() - t;
    assert.equal(other.status, 200);
    assert.ok(waited < 1000, `another request waited ${Math.round(waited)} ms`);
    const page = await (await search).json();
    const took = performance.now() - started;
    assert.ok(took < 3000, `the page took ${Math.round(took)} ms`);
    assert.deepEqual(page.items, []);
    assert.ok(page.nextCursor, 'a page cut short by the budget says where to continue');
    // Clusters are exact, so they scan to the end, but also give the event loop back.
    const clusters = sandbox.handle(
      new Request('http://sandbox.test/v1/feedback/clusters?bbox=105.9,20.4,107.2,21.2&zoom=9&q=khongcotu'),
    );
    await new Promise((r) => setTimeout(r, 20));
    const t2 = performance.now();
    assert.equal((await sandbox.handle(new Request('http://sandbox.test/v1/config'))).status, 200);
    assert.ok(performance.now() - t2 < 1000, 'not held up by the clusters scan');
    assert.equal((await (await clusters).json()).total, 0);
  });

  test('pages cut short by the budget still walk every match exactly once, newest and nearest first', async () => {
    const sandbox = testSandbox({ feedback: 3000, textSearchBudgetMs: 0 });
    const store = sandbox.store.feedback;
    const q = 'đường';
    const expected: number[] = [];
    for (let i = store.size - 1; i >= 0; i--)
      if (store.isPublic(i) && matchesSearch(store.describe.searchText(i), q)) expected.push(i);
    assert.ok(expected.length > 50);
    const walk = async (path: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const r: Response = await sandbox.handle(
          new Request(`http://sandbox.test${path}${cursor ? `&cursor=${cursor}` : ''}`),
        );
        const body = await r.json();
        ids.push(...body.items.map((f: { id: string }) => f.id));
        cursor = body.nextCursor;
        pages++;
      } while (cursor && pages < 1000);
      return { ids, pages };
    };
    const newest = await walk(`/v1/feedback?q=${encodeURIComponent(q)}&limit=10`);
    assert.deepEqual(
      newest.ids,
      expected.map((i) => `fb-${i + 1}`),
    );
    assert.ok(newest.pages > expected.length / 10, 'the budget did cut pages short');
    // Nearest first: the same order as one page of a sandbox with no budget to speak of.
    const nearPath = `/v1/feedback?q=${encodeURIComponent(q)}&limit=10&near=20.86,106.68&radius=2000`;
    const near = await walk(nearPath);
    const reference = testSandbox({ feedback: 3000, textSearchBudgetMs: 60_000 });
    const all = await (
      await reference.handle(new Request(`http://sandbox.test${nearPath.replace('limit=10', 'limit=100')}`))
    ).json();
    assert.ok(all.items.length > 20 && all.items.length < 100 && all.nextCursor === null);
    assert.deepEqual(
      near.ids,
      all.items.map((f: { id: string }) => f.id),
    );
  });
});

describe('configuration from the environment and the drop-body fault', () => {
  test('SANDBOX_PUBLIC_ORIGIN, SANDBOX_TRUST_PROXY and SANDBOX_OAUTH_CLIENTS are read; bad values refused', () => {
    const env = envOptions({
      SANDBOX_PUBLIC_ORIGIN: 'https://sandbox.example.org',
      SANDBOX_TRUST_PROXY: '1',
      SANDBOX_OAUTH_CLIENTS:
        'portal=https://xa.example.vn/, https://xa.example.vn/dang-nhap; app=http://localhost:3000/*',
    });
    assert.equal(env.sandbox.publicOrigin, 'https://sandbox.example.org');
    assert.equal(env.trustProxy, 1);
    assert.deepEqual(env.sandbox.oauthClients, {
      portal: ['https://xa.example.vn/', 'https://xa.example.vn/dang-nhap'],
      app: ['http://localhost:3000/*'],
    });
    assert.throws(() => envOptions({ SANDBOX_TRUST_PROXY: 'yes' }), RangeError);
    assert.throws(() => parseOAuthClients('portal'), TypeError);
    assert.throws(() => parseOAuthClients('portal=javascript:alert(1)'), TypeError);
  });

  test('drop-body sends a 2xx status and headers, then drops the connection mid-body', async () => {
    const server = await startSandboxServer({ port: 0, seed: 1, feedback: 50, places: 10, now: NOW });
    try {
      const r = await fetch(`${server.url}/v1/units?__fault=drop-body`);
      assert.equal(r.status, 200);
      await assert.rejects(r.text());
      // A bad Retry-After can be asked for, to test clients.
      const bad = await fetch(`${server.url}/v1/units?__fault=503&__fault_retry_after=soon`);
      assert.equal(bad.headers.get('retry-after'), 'soon');
    } finally {
      await server.close();
    }
  });

  test('sign-in codes nobody exchanges are bounded', async () => {
    const sandbox = testSandbox({ feedback: 10 });
    const challenge = 'x'.repeat(43);
    for (let k = 0; k < 10_050; k++) {
      await sandbox.handle(
        new Request(
          `http://sandbox.test/sandbox/oauth/authorize?response_type=code&client_id=smart-haiphong-web&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2F&code_challenge=${challenge}&code_challenge_method=S256&auto=1`,
        ),
      );
    }
    assert.ok(sandbox.usage().pendingSignInCodes <= 10_000);
  });
});

/**
 * A valid 1×1 PNG of about `size` bytes: its IDAT chunk is padded (the server keeps IDAT, so
 * the stored photo has that size too; trailing bytes would be stripped).
 */
function pngOfSize(size: number): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(Math.max(1, size - 57))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
