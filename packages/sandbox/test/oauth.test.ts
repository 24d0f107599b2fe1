import assert from 'node:assert/strict';
import { test } from 'node:test';
import { s256 } from '../src/auth/oauth.js';
import { call, testSandbox } from './helpers.js';

const redirect = 'http://app.test/callback';
const sandbox = testSandbox({
  oauthClients: { 'smart-haiphong-web': [redirect], 'partner-app': ['https://partner.test/cb*'] },
});
const verifier = 'a-sandbox-test-verifier-that-is-long-enough-0123456789';

async function authorize(extra = '', challenge?: string) {
  const c = challenge ?? (await s256(verifier));
  const url = `http://sandbox.test/sandbox/oauth/authorize?response_type=code&client_id=smart-haiphong-web&redirect_uri=${encodeURIComponent(redirect)}&state=xyz&code_challenge=${c}&code_challenge_method=S256${extra}`;
  return sandbox.handle(new Request(url));
}
const token = (form: Record<string, string>) =>
  sandbox.handle(
    new Request('http://sandbox.test/sandbox/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    }),
  );
const codeOf = (r: Response) => new URL(r.headers.get('location') ?? '').searchParams;

test('config points to the dev sign-in on the same origin', async () => {
  const idp = (await call(sandbox, '/v1/config')).body.identityProvider;
  assert.equal(idp.authorizationEndpoint, 'http://sandbox.test/sandbox/oauth/authorize');
  assert.equal(idp.tokenEndpoint, 'http://sandbox.test/sandbox/oauth/token');
});

test('the authorize page says it stands in for VNeID and links back with code and state', async () => {
  const r = await authorize();
  assert.equal(r.status, 200);
  const html = await r.text();
  assert.match(html, /Đăng nhập \(môi trường thử nghiệm\)/);
  assert.match(html, /stands in for VNeID/);
  const href = /class="button" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  const back = new URL(href ?? '');
  assert.equal(back.origin + back.pathname, redirect);
  assert.equal(back.searchParams.get('state'), 'xyz');
  assert.ok(back.searchParams.get('code'));
});

test('authorization code + PKCE gives a token that /v1/me accepts', async () => {
  const r = await authorize('&auto=1');
  assert.equal(r.status, 302);
  const q = codeOf(r);
  assert.equal(q.get('state'), 'xyz');
  const t = await token({
    grant_type: 'authorization_code',
    code: q.get('code') ?? '',
    code_verifier: verifier,
    redirect_uri: redirect,
    client_id: 'smart-haiphong-web',
  });
  assert.equal(t.status, 200);
  const body = await t.json();
  assert.equal(body.token_type, 'Bearer');
  const me = await call(sandbox, '/v1/me', { headers: { authorization: `Bearer ${body.access_token}` } });
  assert.equal(me.status, 200);
  assert.equal(me.body.name, 'Nguyễn Thị Mai');
  const refreshed = await token({ grant_type: 'refresh_token', refresh_token: body.refresh_token });
  assert.equal(refreshed.status, 200);
});

test('a wrong verifier is rejected, and the code cannot be used again', async () => {
  const code = codeOf(await authorize('&auto=1')).get('code') ?? '';
  const form = { grant_type: 'authorization_code', code, redirect_uri: redirect, client_id: 'smart-haiphong-web' };
  const wrong = await token({ ...form, code_verifier: 'x'.repeat(50) });
  assert.equal(wrong.status, 400);
  assert.equal((await wrong.json()).error, 'invalid_grant');
  const again = await token({ ...form, code_verifier: verifier });
  assert.equal(again.status, 400);
});

test('the redirect URI must match, and plain PKCE is refused', async () => {
  const code = codeOf(await authorize('&auto=1')).get('code') ?? '';
  const t = await token({
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    redirect_uri: 'http://evil.test/cb',
    client_id: 'smart-haiphong-web',
  });
  assert.equal(t.status, 400);
  const plain = await sandbox.handle(
    new Request(
      `http://sandbox.test/sandbox/oauth/authorize?response_type=code&client_id=smart-haiphong-web&redirect_uri=${encodeURIComponent(redirect)}&code_challenge=${verifier}&code_challenge_method=plain`,
    ),
  );
  assert.equal(plain.status, 302);
  assert.equal(codeOf(plain).get('error'), 'invalid_request');
  assert.equal(new URL(plain.headers.get('location') ?? '').origin, 'http://app.test');
});

/** The authorize endpoint with these query parameters (PKCE S256 filled in). */
async function authorizeWith(params: Record<string, string>) {
  const q = new URLSearchParams({
    response_type: 'code',
    state: 's',
    code_challenge: await s256(verifier),
    code_challenge_method: 'S256',
    auto: '1',
    ...params,
  });
  return sandbox.handle(new Request(`http://sandbox.test/sandbox/oauth/authorize?${q}`));
}

test('an unknown client_id or an unregistered redirect_uri is refused on the page, never redirected (issue 9, case 15)', async () => {
  const cases: [Record<string, string>, string][] = [
    [{ client_id: 'intruder', redirect_uri: redirect }, 'invalid_client'],
    [{ redirect_uri: redirect }, 'invalid_client'],
    [{ client_id: 'smart-haiphong-web', redirect_uri: 'https://evil.example/steal' }, 'invalid_request'],
    [{ client_id: 'smart-haiphong-web', redirect_uri: 'http://app.test/callback/../other' }, 'invalid_request'],
    [{ client_id: 'smart-haiphong-web', redirect_uri: `${redirect}#frag` }, 'invalid_request'],
    [{ client_id: 'partner-app', redirect_uri: redirect }, 'invalid_request'],
    [{ client_id: 'smart-haiphong-web', redirect_uri: 'javascript:alert(1)' }, 'invalid_request'],
  ];
  for (const [params, error] of cases) {
    const r = await authorizeWith(params);
    assert.equal(r.status, 400, JSON.stringify(params));
    assert.equal(r.headers.get('location'), null, JSON.stringify(params));
    assert.match(await r.text(), new RegExp(`error=${error}`), JSON.stringify(params));
  }
});

test('registered redirects: exact, by prefix, loopback on any port, and the sandbox origin for its own client', async () => {
  const allowed: [string, string][] = [
    ['smart-haiphong-web', redirect],
    ['partner-app', 'https://partner.test/cb/popup'],
    // Local development servers (Storybook, the test runner, `pnpm start`): RFC 8252 §7.3.
    ['smart-haiphong-web', 'http://127.0.0.1:8080/'],
    ['smart-haiphong-web', 'http://localhost:6006/iframe.html'],
    // A page the sandbox itself serves (the example portal on the same origin).
    ['smart-haiphong-web', 'http://sandbox.test/'],
  ];
  for (const [clientId, uri] of allowed) {
    const r = await authorizeWith({ client_id: clientId, redirect_uri: uri });
    assert.equal(r.status, 302, `${clientId} ${uri}`);
    const to = new URL(r.headers.get('location') ?? '');
    assert.equal(to.origin + to.pathname, new URL(uri).origin + new URL(uri).pathname);
    assert.ok(to.searchParams.get('code'));
  }
  // A prefix is a prefix of the whole URL, not of the host name.
  assert.equal(
    (await authorizeWith({ client_id: 'partner-app', redirect_uri: 'https://partner.test.evil.example/cb' })).status,
    400,
  );
  assert.equal(
    (await authorizeWith({ client_id: 'smart-haiphong-web', redirect_uri: 'http://127.0.0.1.evil.example/' })).status,
    400,
  );
});

test('the token endpoint refuses an unknown client_id with invalid_client', async () => {
  const t = await token({
    grant_type: 'authorization_code',
    code: 'whatever',
    code_verifier: verifier,
    redirect_uri: redirect,
    client_id: 'intruder',
  });
  assert.equal(t.status, 401);
  assert.equal((await t.json()).error, 'invalid_client');
});

test('/v1/me without a token is a 401 problem with WWW-Authenticate', async () => {
  const r = await call(sandbox, '/v1/me');
  assert.equal(r.status, 401);
  assert.equal(r.headers.get('www-authenticate'), 'Bearer');
});

test('sign-in can be required to submit feedback', async () => {
  const strict = testSandbox({ requireSignIn: true, feedback: 100 });
  const body = JSON.stringify({
    categoryId: 'ngap-ung',
    title: 'Ngập sâu sau mưa',
    content: 'Nước ngập sâu cả buổi sáng.',
    location: { lat: 20.86, lon: 106.68 },
    photoIds: [],
    public: true,
  });
  const init = (auth?: string): RequestInit => ({
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': auth ? 'k-signed' : 'k-anon',
      ...(auth ? { authorization: auth } : {}),
    },
    body,
  });
  assert.equal((await call(strict, '/v1/feedback', init())).status, 401);
  assert.equal((await call(strict, '/v1/feedback', init(`Bearer ${strict.issueToken()}`))).status, 201);
  assert.equal((await call(strict, '/v1/config')).body.requireSignIn, true);
});
