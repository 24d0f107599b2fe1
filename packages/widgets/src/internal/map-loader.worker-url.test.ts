import { expect } from '@open-wc/testing';
import type { TrustedTypePolicyFactory } from 'trusted-types/lib';
import { configure } from './config.js';
import { loadMapEngine } from './map-loader.js';

// A file of its own: the engine is loaded once per page, and the worker URL is set then.
describe('loadMapEngine worker URL', () => {
  it('uses the URL from configure()', async () => {
    configure({ mapWorkerUrl: '/static/maplibre-gl-worker.mjs' });
    const engine = await loadMapEngine();
    const url: unknown = engine.getWorkerUrl();
    expect(String(url)).to.equal(`${location.origin}/static/maplibre-gl-worker.mjs`);
    // Vouched for by the widgets' policy, so that `new Worker(url)` passes Trusted Types.
    expect(
      (globalThis as unknown as { trustedTypes: TrustedTypePolicyFactory }).trustedTypes.isScriptURL(url),
    ).to.equal(true);
    expect((url as string).endsWith('.mjs')).to.equal(true); // what maplibre reads before starting it
  });
});
