/**
 * The bad-input table: every operation of the contract, fed what a careless or hostile
 * client sends, over real HTTP. Each answer must be a 4xx problem document that names the
 * field at fault, never a 5xx, and the server must still answer afterwards.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { type Endpoint, endpoints } from '@smart-haiphong/sdk';
import { createSandbox } from '../src/index.js';
import { type SandboxServer, startSandboxServer } from '../src/server.js';
import { NOW, PNG, submission } from './helpers.js';

let server: SandboxServer;
let token: string;
before(async () => {
  server = await startSandboxServer({ port: 0, seed: 1, feedback: 300, places: 100, now: NOW, maxPhotoBytes: 200_000 });
  token = server.sandbox.issueToken();
});
after(() => server.close());

/** Valid values for every path and query parameter, so that one bad value is the only fault. */
const VALID: Record<string, string> = {
  bbox: '106.5,20.7,106.8,20.9',
  zoom: '10',
  point: '20.86,106.68',
  near: '20.86,106.68',
};
const BODIES: Record<string, Record<string, unknown>> = {
  'feedback.submit': submission(),
  'dossiers.rate': { score: 4, comment: 'Cán bộ hướng dẫn tận tình.' },
};

let keys = 0;
interface Case {
  method?: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: BodyInit;
}

function pathOf(e: Endpoint, override: Record<string, string> = {}): string {
  return e.path.replace(/\{(\w+)\}/g, (_, name: string) => override[name] ?? 'x1');
}

function requiredQuery(e: Endpoint): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, schema] of Object.entries(e.query?._zod.def.shape ?? {})) {
    if ((schema as { _zod: { optin?: string } })._zod.optin !== 'optional') query[name] = VALID[name] ?? 'x';
  }
  return query;
}

async function send(
  e: Endpoint,
  c: Case,
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const url = new URL(server.url + c.path);
  // Raw query text: a `%` sequence must reach the server as sent.
  url.search = Object.entries(c.query ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headers: Record<string, string> = { ...c.headers };
  if (e.auth === 'required') headers.authorization = `Bearer ${token}`;
  if (e.idempotent) headers['idempotency-key'] ??= `bad-input-${++keys}`;
  const response = await fetch(url, { method: c.method ?? e.method, headers, ...(c.body ? { body: c.body } : {}) });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  assert.ok(
    response.status < 500,
    `${e.id} ${c.method ?? e.method} ${url.pathname}${url.search}: ${response.status} ${text}`,
  );
  assert.ok(response.status >= 400, `${e.id} ${url.pathname}${url.search}: accepted with ${response.status}`);
  assert.match(type, /^application\/problem\+json/, `${e.id}: an error is a problem document`);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  const body = JSON.parse(text) as Record<string, unknown>;
  assert.equal(body.status, response.status);
  // The server is still there, and still answers correctly.
  assert.equal((await fetch(`${server.url}/v1/feedback/statuses`)).status, 200);
  return { status: response.status, headers: response.headers, body };
}

/** The 4xx names the field (or a part of it): `param`, or one of `errors[].param`. */
function names(body: Record<string, unknown>, param: string): boolean {
  const errors = (body.errors as { param: string }[] | undefined) ?? [];
  const within = (p: unknown) => typeof p === 'string' && (p === param || p.startsWith(`${param}.`));
  return within(body.param) || errors.some((x) => within(x.param));
}

/** A valid body for the operation, so that a bad path or method is the only fault. */
function validBody(e: Endpoint): Pick<Case, 'headers' | 'body'> {
  if (e.body) return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(BODIES[e.id]) };
  if (e.binaryBody) return { headers: { 'content-type': 'image/png' }, body: PNG };
  return {};
}

describe('every operation answers bad input with a 4xx naming the field, and the server stays up', () => {
  for (const e of endpoints) {
    test(`${e.id} (${e.method} ${e.path})`, async () => {
      // A method the path does not serve: 405 with Allow naming the one it does.
      const wrong = e.method === 'GET' ? 'PATCH' : 'PUT';
      const m = await send(e, { method: wrong, path: pathOf(e), query: requiredQuery(e), ...validBody(e) });
      assert.equal(m.status, 405);
      assert.ok(m.headers.get('allow')?.split(', ').includes(e.method), `${e.id}: Allow ${m.headers.get('allow')}`);

      for (const name of Object.keys(e.params?._zod.def.shape ?? {})) {
        for (const bad of ['%E0%A4%A', '%ZZ', 'x'.repeat(1001)]) {
          const r = await send(e, { path: pathOf(e, { [name]: bad }), query: requiredQuery(e), ...validBody(e) });
          assert.ok(names(r.body, `path.${name}`), `${e.id} path ${bad.slice(0, 12)}: ${JSON.stringify(r.body)}`);
        }
      }

      for (const name of Object.keys(e.query?._zod.def.shape ?? {})) {
        for (const bad of ['x'.repeat(1001), `${'%E0%A4%A'}${'y'.repeat(1000)}`]) {
          const r = await send(e, { path: pathOf(e), query: { ...requiredQuery(e), [name]: bad } });
          assert.equal(r.status, 400);
          assert.ok(names(r.body, `query.${name}`), `${e.id} query.${name}: ${JSON.stringify(r.body)}`);
        }
      }

      if (e.idempotent) {
        for (const key of ['k'.repeat(256), 'khóa', 'a b', '']) {
          const { headers, body } = validBody(e);
          const r = await send(e, { path: pathOf(e), headers: { ...headers, 'idempotency-key': key }, body });
          assert.equal(r.status, 400);
          assert.ok(names(r.body, 'header.Idempotency-Key'), `${e.id}: ${JSON.stringify(r.body)}`);
        }
      }

      if (e.body) {
        const json = { 'content-type': 'application/json' };
        const valid = BODIES[e.id] as Record<string, unknown>;
        const notJson = await send(e, { path: pathOf(e), headers: json, body: '{"title": "Ổ gà' });
        assert.equal(notJson.body.code, 'invalid_json');
        assert.ok(names(notJson.body, 'body'));
        for (const raw of ['null', '[]', '"text"', '42', '{"__proto__": {"admin": true}}']) {
          const r = await send(e, { path: pathOf(e), headers: json, body: raw });
          assert.equal(r.status, 400, raw);
          assert.ok(names(r.body, 'body') || (r.body.param as string).startsWith('body.'), raw);
        }
        const text = await send(e, { path: pathOf(e), headers: { 'content-type': 'text/plain' }, body: '{}' });
        assert.equal(text.status, 415);
        assert.ok(names(text.body, 'header.content-type'));
        const form = await send(e, {
          path: pathOf(e),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'title=a',
        });
        assert.equal(form.status, 415);
        const huge = await send(e, {
          path: pathOf(e),
          headers: json,
          body: JSON.stringify({ ...valid, padding: 'x'.repeat(1_100_000) }),
        });
        assert.equal(huge.status, 413);
        assert.ok(names(huge.body, 'body'));
        for (const field of Object.keys(valid)) {
          for (const value of [{ nested: { deeper: true } }, null, 1e308]) {
            const r = await send(e, {
              path: pathOf(e),
              headers: json,
              body: JSON.stringify({ ...valid, [field]: value }),
            });
            assert.equal(r.status, 400, `${field}: ${JSON.stringify(value)}`);
            assert.ok(names(r.body, `body.${field}`), `${e.id} body.${field}: ${JSON.stringify(r.body)}`);
          }
        }
      }

      if (e.binaryBody) {
        const wrongType = await send(e, { path: pathOf(e), headers: { 'content-type': 'text/html' }, body: PNG });
        assert.equal(wrongType.status, 415);
        assert.ok(names(wrongType.body, 'header.content-type'));
        const none = await send(e, {
          path: pathOf(e),
          headers: { 'content-type': 'image/png' },
          body: new Uint8Array(),
        });
        assert.ok(names(none.body, 'body'));
        const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
        const fake = await send(e, { path: pathOf(e), headers: { 'content-type': 'image/jpeg' }, body: html });
        assert.ok(names(fake.body, 'body'));
        const big = await send(e, {
          path: pathOf(e),
          headers: { 'content-type': 'image/png' },
          body: new Uint8Array(300_000),
        });
        assert.equal(big.status, 413);
      }
    });
  }
});

/** Send raw bytes (what fetch refuses to send) and read the status line and headers. */
function raw(request: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const port = Number(new URL(server.url).port);
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), head, body });
    });
    socket.on('error', reject);
  });
}

describe('what fetch cannot send', () => {
  test('TRACE is 405 with Allow, not 500; methods Node cannot parse are its own 4xx', async () => {
    const r = await raw('TRACE /v1/feedback HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(r.status, 405, r.head);
    assert.match(r.head, /\r\nallow: GET, HEAD, POST\r\n/i);
    assert.match(r.head, /x-content-type-options: nosniff/i);
    for (const method of ['TRACK', 'CONNECT', 'BREW']) {
      const other = await raw(`${method} /v1/units HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      assert.ok(other.status >= 400 && other.status < 500, `${method}: ${other.head}`);
    }
    assert.equal((await fetch(`${server.url}/v1/units`)).status, 200);
  });

  test('a Host header that makes no URL is a 400 naming header.host', async () => {
    for (const host of ['a b', '[::1', 'x:99999999']) {
      const r = await raw(`GET /v1/units HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      assert.equal(r.status, 400, `${host}: ${r.head}`);
      assert.match(r.body, /"param":"header.host"/);
    }
  });

  test('malformed percent-encoding in a media id is a 400 on path.id, with nosniff and a request id', async () => {
    const r = await fetch(`${server.url}/v1/media/%E0%A4%A`);
    assert.equal(r.status, 400);
    const body = (await r.json()) as { param: string; detail?: string };
    assert.equal(body.param, 'path.id');
    assert.doesNotMatch(JSON.stringify(body), /URI malformed|URIError/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.match(r.headers.get('x-request-id') ?? '', /^req-[0-9a-f]{16}$/);
    const put = await fetch(`${server.url}/v1/media/media-1`, { method: 'PUT', body: 'x' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, HEAD');
    const post = await fetch(`${server.url}/sandbox/oauth/authorize`, { method: 'POST', body: 'x' });
    assert.equal(post.status, 405);
    const options = await fetch(`${server.url}/v1/feedback`, { method: 'OPTIONS' });
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
  });

  test('every answer carries nosniff: JSON, images, sign-in pages, redirects, 404s', async () => {
    const up = await fetch(`${server.url}/v1/media`, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: PNG,
    });
    const { url } = (await up.json()) as { url: string };
    for (const path of [
      '/v1/config',
      '/openapi.json',
      '/sandbox/basemap/land.json',
      '/sandbox/oauth/authorize?response_type=code',
      '/nowhere',
      new URL(url).pathname,
    ]) {
      const r = await fetch(server.url + path, { redirect: 'manual' });
      await r.arrayBuffer();
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });
});

test('a 500 that does happen says nothing of the exception, and gives a request id', async () => {
  const sandbox = server.sandbox;
  // Break one handler's data on purpose: the store throws a TypeError with internal names.
  const original = sandbox.store.feedback.find.bind(sandbox.store.feedback);
  sandbox.store.feedback.find = () => {
    throw new TypeError('Cannot read properties of undefined (reading "secretColumn")');
  };
  const errors: unknown[] = [];
  const log = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    const r = await fetch(`${server.url}/v1/feedback/fb-1`);
    assert.equal(r.status, 500);
    const text = await r.text();
    assert.doesNotMatch(text, /secretColumn|TypeError|undefined/);
    const body = JSON.parse(text) as { requestId: string; code: string };
    assert.equal(body.code, 'internal_error');
    assert.equal(body.requestId, r.headers.get('x-request-id'));
    assert.match(JSON.stringify(errors), new RegExp(body.requestId), 'the log has the id, to find the cause');
  } finally {
    console.error = log;
    sandbox.store.feedback.find = original;
  }
  assert.equal((await fetch(`${server.url}/v1/feedback/fb-1`)).status, 200);
});

test('every 5xx problem carries the request id, injected faults and contract self-checks too', async () => {
  const injected = await fetch(`${server.url}/v1/units?__fault=500`);
  const body = (await injected.json()) as { requestId?: string };
  assert.equal(injected.status, 500);
  assert.equal(body.requestId, injected.headers.get('x-request-id'));

  const checked = createSandbox({ feedback: 0, places: 0, now: NOW, validateResponses: true });
  (checked.store.units.list as unknown as Record<string, unknown>[])[0] = { code: 42 };
  const broken = await checked.handle(new Request('http://sandbox.test/v1/units'));
  const problem = (await broken.json()) as { code: string; requestId?: string };
  assert.equal(broken.status, 500);
  assert.equal(problem.code, 'sandbox_response_invalid');
  assert.equal(problem.requestId, broken.headers.get('x-request-id'));
});
