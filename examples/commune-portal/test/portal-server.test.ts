// The `pnpm start` server at the HTTP level: bad paths and methods get a 4xx (never a 5xx,
// never a file outside the site), the bundle's files are loadable from any origin, and the
// API answers CORS only for the configured origins. Raw requests through node:http, since
// fetch would normalise the paths and refuse some methods before they are sent.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { DEFAULT_CORS_ORIGINS, originAllowed, parseCorsOrigins, startPortal } from '../../../scripts/portal-server.js';

let server: Awaited<ReturnType<typeof startPortal>>;
let strict: Awaited<ReturnType<typeof startPortal>>;

before(async () => {
  server = await startPortal({ port: 0 });
  strict = await startPortal({ port: 0, corsOrigins: ['https://xa-binhgiang.example'] });
});

after(async () => {
  await server?.close();
  await strict?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path sent exactly as given. */
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test('malformed or escaping paths get a 400 problem, never a 5xx or a file outside the site', async () => {
  const paths = [
    '/%E0%A4%A',
    '/%',
    '/portal.css%ZZ',
    '/..%2f..%2fpackage.json',
    '/..%2F..%2F..%2Fetc%2Fpasswd',
    '/%2e%2e/%2e%2e/package.json',
    '/../package.json',
    '/chunks/../../../package.json',
    '/chunks/..%5c..%5c..%5cpackage.json',
    '/index.html%00.js',
  ];
  for (const path of paths) {
    const answer = await raw(server.url, 'GET', path);
    assert.equal(answer.status, 400, path);
    assert.match(String(answer.headers['content-type']), /^application\/problem\+json/, path);
    assert.doesNotMatch(answer.body, /"devDependencies"|root:/, path);
    assert.equal((JSON.parse(answer.body) as { status: number }).status, 400, path);
  }
  assert.equal((await raw(server.url, 'GET', '/')).status, 200, 'still serving');
});

test('methods other than GET, HEAD and OPTIONS on a file get a 405 with Allow; TRACE anywhere too', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
    for (const path of ['/', '/index.html', '/smart-haiphong.js']) {
      const answer = await raw(server.url, method, path);
      assert.equal(answer.status, 405, `${method} ${path}`);
      assert.equal(answer.headers.allow, 'GET, HEAD, OPTIONS', `${method} ${path}`);
    }
  }
  for (const method of ['TRACE']) {
    for (const path of ['/', '/v1/units', '/nothing-here']) {
      const answer = await raw(server.url, method, path);
      assert.equal(answer.status, 405, `${method} ${path}`);
    }
  }
  const head = await raw(server.url, 'HEAD', '/index.html');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
});

test("the bundle's files may be loaded from any origin; the portal's pages are not marked so", async () => {
  const origin = { origin: 'https://any-commune.example' };
  for (const path of ['/smart-haiphong.js', '/sri.json']) {
    const answer = await raw(server.url, 'GET', path, origin);
    assert.equal(answer.status, 200, path);
    assert.equal(answer.headers['access-control-allow-origin'], '*', path);
    assert.equal(answer.headers['cross-origin-resource-policy'], 'cross-origin', path);
  }
  const page = await raw(server.url, 'GET', '/', origin);
  assert.equal(page.status, 200);
  assert.equal(page.headers['access-control-allow-origin'], undefined);
});

test('the API answers CORS for loopback pages by default, and only for the configured origins', async () => {
  const allowed = await raw(server.url, 'GET', '/v1/units', { origin: 'http://localhost:3000' });
  assert.equal(allowed.status, 200);
  assert.equal(allowed.headers['access-control-allow-origin'], 'http://localhost:3000');
  const preflight = await raw(server.url, 'OPTIONS', '/v1/feedback', {
    origin: 'http://127.0.0.1:5173',
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type, idempotency-key',
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], 'http://127.0.0.1:5173');
  assert.match(String(preflight.headers['access-control-allow-headers']), /idempotency-key/);

  const other = await raw(server.url, 'GET', '/v1/units', { origin: 'https://elsewhere.example' });
  assert.equal(other.status, 200);
  assert.equal(other.headers['access-control-allow-origin'], undefined);
  const otherPreflight = await raw(server.url, 'OPTIONS', '/v1/feedback', {
    origin: 'https://elsewhere.example',
    'access-control-request-method': 'POST',
  });
  assert.equal(otherPreflight.headers['access-control-allow-origin'], undefined);
  assert.equal(otherPreflight.headers['access-control-allow-methods'], undefined);

  const configured = await raw(strict.url, 'GET', '/v1/units', { origin: 'https://xa-binhgiang.example' });
  assert.equal(configured.headers['access-control-allow-origin'], 'https://xa-binhgiang.example');
  const loopback = await raw(strict.url, 'GET', '/v1/units', { origin: 'http://localhost:3000' });
  assert.equal(loopback.headers['access-control-allow-origin'], undefined);
});

test('CORS_ORIGINS: comma-separated origins, a port wildcard, * for any; unset gives loopback pages', () => {
  assert.deepEqual(parseCorsOrigins(undefined), [...DEFAULT_CORS_ORIGINS]);
  assert.deepEqual(parseCorsOrigins(''), []);
  assert.deepEqual(parseCorsOrigins(' https://a.example/ , http://b.example:* '), [
    'https://a.example',
    'http://b.example:*',
  ]);
  const patterns = parseCorsOrigins('https://a.example, http://b.example:*');
  assert.ok(originAllowed(patterns, 'https://a.example'));
  assert.ok(originAllowed(patterns, 'http://b.example:8080'));
  assert.ok(originAllowed(patterns, 'http://b.example'));
  assert.ok(!originAllowed(patterns, 'http://a.example'));
  assert.ok(!originAllowed(patterns, 'http://b.example.evil.example:80'));
  assert.ok(!originAllowed(patterns, 'http://b.example:80@evil.example'));
  assert.ok(!originAllowed(patterns, 'null'));
  assert.ok(originAllowed(['*'], 'https://anything.example'));
  assert.ok(!originAllowed(['*'], null));
});
