import { expect } from '@open-wc/testing';
import { waitFor } from '../../test/wait.js';
import { loadMapEngine } from './map-loader.js';

const maplibreRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('maplibre'));

function shadowHost(width = 300, height = 200): { host: HTMLDivElement; root: ShadowRoot; container: HTMLDivElement } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  root.append(container);
  document.body.append(host);
  return { host, root, container };
}

describe('loadMapEngine', () => {
  it('requests no maplibre module until it is called, then loads it once', async () => {
    expect(maplibreRequests()).to.deep.equal([]);
    expect([...document.querySelectorAll('script')].some((s) => s.src.includes('maplibre'))).to.equal(false);

    const { host, root } = shadowHost();
    const engine = await loadMapEngine(root);
    expect(engine.Map).to.be.a('function');
    expect(maplibreRequests().some((name) => /maplibre-gl(-dev)?\.mjs/.test(name))).to.equal(true);
    expect(await loadMapEngine()).to.equal(engine);
    host.remove();
  });

  it("puts maplibre's CSS into the shadow root once", async () => {
    const { host, root } = shadowHost();
    await loadMapEngine(root);
    await loadMapEngine(root);
    const sheets = root.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('.maplibregl-map')),
    );
    expect(sheets).to.have.length(1);
    host.remove();
  });

  it('draws GeoJSON in a shadow root with its worker, without network tiles or glyphs', async () => {
    const { host, root, container } = shadowHost();
    const maplibre = await loadMapEngine(root);
    const map = new maplibre.Map({
      container,
      center: [106.68, 20.86],
      zoom: 9,
      attributionControl: false,
      style: {
        version: 8,
        sources: {
          land: {
            type: 'geojson',
            data: {
              type: 'Feature',
              properties: {},
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [106.4, 20.7],
                    [106.9, 20.7],
                    [106.9, 21.0],
                    [106.4, 21.0],
                    [106.4, 20.7],
                  ],
                ],
              },
            },
          },
        },
        layers: [
          { id: 'water', type: 'background', paint: { 'background-color': '#cfe3f3' } },
          { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#e5ecd6' } },
        ],
      },
    });
    try {
      // Poll: the load event may have fired before a listener could be added.
      await waitFor(() => map.loaded(), 'the map to load', 15_000);
      expect(map.querySourceFeatures('land').length).to.be.greaterThan(0);
      expect(container.querySelector('canvas.maplibregl-canvas')).not.to.equal(null);
    } finally {
      map.remove();
      host.remove();
    }
  });
});
