import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSandbox } from '@smart-haiphong/sandbox';
import { type Config, type ShpContractError, createClient, isContractError, isHttpUrl, safeUrl } from '../src/index.js';
import { type Sandbox, startSandbox } from './helpers.js';

const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

describe('isHttpUrl and safeUrl (for every href, src and fetch of the widgets)', () => {
  it('accept http(s) only, however the scheme is written', () => {
    assert.ok(isHttpUrl('https://www.openstreetmap.org/copyright'));
    assert.ok(isHttpUrl('http://127.0.0.1:8080/v1/media/media-1'));
    for (const url of HOSTILE) {
      assert.equal(isHttpUrl(url), false, url);
      assert.equal(safeUrl(url), null, url);
      assert.equal(safeUrl(url, 'https://portal.example/'), null, url);
    }
    assert.equal(isHttpUrl(undefined), false);
    assert.equal(isHttpUrl('/v1/media/1'), false, 'relative needs a base');
  });

  it('resolve a relative URL against a base, and refuse it without one', () => {
    assert.equal(safeUrl('/v1/media/1', 'https://api.example/v1/'), 'https://api.example/v1/media/1');
    assert.equal(safeUrl('/v1/media/1'), null);
    assert.equal(safeUrl(null), null);
    assert.equal(safeUrl(new URL('https://a.example/x y')), 'https://a.example/x%20y');
  });
});

describe('URLs in the contract', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startSandbox();
  });
  after(() => sandbox.close());

  /** A client whose config answer (over real HTTP) has one field replaced: a hostile deployment. */
  function clientWithConfig(patch: (config: Config) => void) {
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!new URL(new Request(input, init).url).pathname.endsWith('/v1/config')) return response;
      const config = (await response.json()) as Config;
      patch(config);
      return new Response(JSON.stringify(config), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    return createClient({ baseUrl: sandbox.url, fetch: fetchImpl, retry: { limit: 0 } });
  }

  it('refuse a javascript:, data: or vbscript: sign-in endpoint: sign-in never navigates there', async () => {
    for (const url of HOSTILE) {
      const client = clientWithConfig((c) => (c.identityProvider.authorizationEndpoint = url));
      await assert.rejects(client.config.get(), (e: ShpContractError) => {
        assert.ok(isContractError(e));
        assert.equal(e.path, 'identityProvider.authorizationEndpoint');
        return true;
      });
      await assert.rejects(client.auth.createAuthorizationRequest({ redirectUri: 'https://portal.example/cb' }), (e) =>
        isContractError(e),
      );
    }
    const token = clientWithConfig((c) => (c.identityProvider.tokenEndpoint = 'javascript:alert(1)'));
    await assert.rejects(token.config.get(), (e: ShpContractError) => e.path === 'identityProvider.tokenEndpoint');
  });

  it('refuse a non-http map style, basemap or credit link', async () => {
    const cases: [string, (c: Config) => void][] = [
      ['mapStyleUrl', (c) => (c.mapStyleUrl = 'data:application/json,{}')],
      ['basemapUrl', (c) => (c.basemapUrl = 'vbscript:x')],
      ['credits.1.url', (c) => ((c.credits[1] as { url?: string }).url = 'javascript:alert(1)')],
    ];
    for (const [path, patch] of cases) {
      await assert.rejects(clientWithConfig(patch).config.get(), (e: ShpContractError) => {
        assert.equal(e.path, path);
        return true;
      });
    }
  });

  it('hands out http(s) URLs that sign-in can follow, and credits as structured data', async () => {
    const client = createClient({ baseUrl: sandbox.url });
    const config = await client.config.get();
    assert.ok(isHttpUrl(config.identityProvider.authorizationEndpoint));
    assert.ok(isHttpUrl(config.basemapUrl));
    const osm = config.credits.find((c) => c.text.includes('OpenStreetMap'));
    assert.deepEqual(osm, {
      text: '© OpenStreetMap contributors (ODbL)',
      url: 'https://www.openstreetmap.org/copyright',
    });
    assert.doesNotMatch(JSON.stringify(config.credits), /<|>/, 'credits are text, not HTML');
    const request = await client.auth.createAuthorizationRequest({ redirectUri: 'http://127.0.0.1/cb' });
    assert.ok(isHttpUrl(request.url));
  });

  it('the sandbox refuses to hand out a javascript: map style', () => {
    assert.throws(() => createSandbox({ feedback: 0, places: 0, mapStyleUrl: 'javascript:alert(1)' }), /http\(s\)/);
  });
});

describe('signInWithPopup', () => {
  it('never points the popup at a non-http URL from a hostile config', async () => {
    const sandbox = await startSandbox();
    const popup = { location: { href: 'about:blank' }, closed: false, close: () => (popup.closed = true) };
    const g = globalThis as { window?: unknown };
    g.window = { open: () => popup };
    try {
      const client = createClient({
        baseUrl: sandbox.url,
        retry: { limit: 0 },
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (!new Request(input, init).url.endsWith('/v1/config')) return response;
          const config = (await response.json()) as Config;
          config.identityProvider.authorizationEndpoint = 'javascript:alert(document.domain)';
          return new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } });
        },
      });
      await assert.rejects(client.auth.signInWithPopup({ redirectUri: 'https://portal.example/cb' }), (e) =>
        isContractError(e),
      );
      assert.equal(popup.location.href, 'about:blank');
      assert.ok(popup.closed, 'the popup is closed');
    } finally {
      delete g.window;
      await sandbox.close();
    }
  });
});
