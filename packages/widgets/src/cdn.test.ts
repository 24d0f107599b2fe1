import { expect } from '@open-wc/testing';
import { configure } from './internal/config.js';
import { loadMapEngine } from './internal/map-loader.js';

describe('the script-tag entry', () => {
  it('registers every element and exposes SmartHaiPhong.configure and version', async () => {
    expect(window.SmartHaiPhong).to.equal(undefined);
    expect(customElements.get('shp-commune-info')).to.equal(undefined);
    await import('./cdn.js');
    expect(customElements.get('shp-commune-info')).not.to.equal(undefined);
    expect(window.SmartHaiPhong!.configure).to.equal(configure);
    expect(window.SmartHaiPhong!.version).to.be.a('string').and.not.equal('');
  });

  it('keeps the first copy’s global when a second copy runs', async () => {
    const first = window.SmartHaiPhong;
    const second = `./cdn.ts?copy=2`;
    await import(/* @vite-ignore */ second);
    expect(window.SmartHaiPhong).to.equal(first);
  });

  it('points the map engine at the worker emitted beside the bundle', async () => {
    const engine = await loadMapEngine();
    expect(engine.getWorkerUrl()).to.equal(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
  });
});
