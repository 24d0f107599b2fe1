import { expect } from '@open-wc/testing';
import { configure } from './config.js';
import { loadMapEngine } from './map-loader.js';

// A file of its own: the engine is loaded once per page, and the worker URL is set then.
describe('loadMapEngine worker URL', () => {
  it('uses the URL from configure()', async () => {
    configure({ mapWorkerUrl: '/static/maplibre-gl-worker.mjs' });
    const engine = await loadMapEngine();
    expect(engine.getWorkerUrl()).to.equal(`${location.origin}/static/maplibre-gl-worker.mjs`);
  });
});
