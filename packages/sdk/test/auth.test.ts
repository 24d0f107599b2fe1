import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isHttpError } from '../src/index.js';
import { clientFor, startSandbox, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.close());

/** Follows the dev sign-in the way a browser would, and returns the URL it redirects to. */
async function authorize(url: string): Promise<string> {
  const auto = new URL(url);
  auto.searchParams.set('auto', '1');
  const response = await fetch(auto, { redirect: 'manual' });
  assert.ok([302, 303].includes(response.status), `authorize answered ${response.status}`);
  return response.headers.get('location')!;
}

describe('sign-in with PKCE', () => {
  it('signs in the sample citizen, then reads and rates their dossiers', async () => {
    const client = clientFor(sandbox);
    assert.equal(await client.auth.isSignedIn(), false);
    await assert.rejects(
      async () => await client.dossiers.mine(),
      (e) => isHttpError(e) && e.status === 401,
    );

    const request = await client.auth.createAuthorizationRequest({ redirectUri: 'http://127.0.0.1/callback' });
    const url = new URL(request.url);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.notEqual(url.searchParams.get('code_challenge'), request.codeVerifier);

    await client.auth.exchangeCode(request, await authorize(request.url));
    assert.equal(await client.auth.isSignedIn(), true);
    const me = await client.auth.me();
    assert.ok(me.name.length > 0);
    const { items } = await client.dossiers.mine();
    assert.ok(items.length > 0);
    assert.ok(items[0]!.applicantName.length > 0 && !items[0]!.applicantName.includes('*'), 'owner sees the name');
    const done = items.find((d) => d.status.code === 10 && !d.rated);
    assert.ok(done, 'the sample citizen has a dossier whose result was returned');
    const { criteria } = await client.dossiers.ratingCriteria();
    const rated = await client.dossiers.rate(done.code, {
      criteria: criteria.map((c) => ({ id: c.id, score: 5 })),
      comment: 'Nhanh, chu đáo',
    });
    assert.equal(rated.rating?.average, 5);
    assert.equal(rated.rating?.official?.name, done.official?.name);

    client.auth.signOut();
    assert.equal(await client.auth.isSignedIn(), false);
  });

  it('refuses a code exchanged with the wrong verifier, and a mismatched state', async () => {
    const client = clientFor(sandbox);
    const request = await client.auth.createAuthorizationRequest({ redirectUri: 'http://127.0.0.1/callback' });
    const callback = await authorize(request.url);
    await assert.rejects(
      client.auth.exchangeCode({ ...request, codeVerifier: 'x'.repeat(43) }, callback),
      (e) => isHttpError(e) && e.status === 400,
    );
    await assert.rejects(
      client.auth.exchangeCode({ ...request, state: 'other' }, callback),
      (e) => isHttpError(e) && e.code === 'state_mismatch',
    );
  });

  it('uses a host token provider instead of its own sign-in', async () => {
    const signedIn = clientFor(sandbox);
    const request = await signedIn.auth.createAuthorizationRequest({ redirectUri: 'http://127.0.0.1/cb' });
    const token = await signedIn.auth.exchangeCode(request, await authorize(request.url));
    const hosted = clientFor(sandbox, { tokenProvider: async () => token.access_token });
    assert.ok((await hosted.auth.me()).sub.length > 0);
  });
});
