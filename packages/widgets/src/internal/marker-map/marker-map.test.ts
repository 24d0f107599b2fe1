import type { BBox, NearbyPlace as Place } from '@smart-haiphong/sdk';
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { startSandbox, testClient, waitFor, type TestClient } from '../../../test/sandbox.js';
import { ShpElement } from '../shp-element.js';
import { MarkerMapController, markerMapStyles, type MapPoint } from './marker-map.js';

interface Result {
  items: Place[];
}

/**
 * A widget of its own built on the shared marker map, as the nearby-places widget will
 * be: real places from the sandbox per view, a pick mode, selection.
 */
class TestMarkerMap extends ShpElement {
  static override styles = [ShpElement.styles, markerMapStyles];
  // A widget spreads the map's strings into its own; this test element has only those.
  static override strings = [{ vi: () => import('./translations/vi.js'), en: () => import('./translations/en.js') }];
  picked: MapPoint[] = [];
  selected: string[] = [];
  views = 0;
  /** Items in the last result drawn. */
  drawn = 0;

  readonly mapView = new MarkerMapController<Result, Place>(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    settings: () => ({
      styleUrl: null,
      basemapUrl: `${location.origin}/sandbox/basemap/land.json`,
      credits: [{ text: 'Dữ liệu mẫu' }],
      bounds: [106.6, 20.8, 106.75, 20.9] as BBox,
    }),
    source: {
      key: () => 'hospitals',
      load: async (bbox, _zoom, signal) => {
        const lat = (bbox[1] + bbox[3]) / 2;
        const lon = (bbox[0] + bbox[2]) / 2;
        const page = await this.client.places.nearby({ lat, lon, radius: 20_000, limit: 20 }, { signal });
        return { items: page.items };
      },
      items: (result) => result.items,
      marker: (place) => {
        const button = document.createElement('button');
        button.className = 'pin';
        button.setAttribute('part', 'pin');
        button.setAttribute('aria-label', place.name);
        button.dataset['id'] = place.id;
        return { key: place.id, lat: place.location.lat, lon: place.location.lon, element: button, anchor: 'bottom' };
      },
    },
    onView: () => this.views++,
    onLoad: (_error, result) => (this.drawn = result?.items.length ?? 0),
    onSelect: (place) => this.selected.push(place.id),
    onPick: (point) => {
      this.picked.push(point);
      // A picker shows the point chosen.
      const element = document.createElement('span');
      element.className = 'chosen';
      this.mapView.setFixedMarkers([{ key: 'chosen', ...point, element, anchor: 'bottom', layer: 5 }]);
    },
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('.start'),
  });

  protected override renderContent(): unknown {
    return html`<div class="map-frame">
        <div class="map"></div>
        ${this.mapView.renderOverlay()}
      </div>
      <button class="start" @click=${() => this.mapView.setPicking(true)}>pick</button>
      ${this.mapView.pickMode ? this.mapView.renderPickTools('pick') : ''}`;
  }
}
customElements.define('test-marker-map', TestMarkerMap);

before(() => startSandbox());

async function mount(tc: TestClient, style = 'display:block; width: 500px'): Promise<TestMarkerMap> {
  const el = document.createElement('test-marker-map') as TestMarkerMap;
  el.client = tc.client;
  el.setAttribute('style', style);
  await fixture(html`${el}`);
  await waitFor(() => el.mapView.map?.loaded(), 'the map', 20_000);
  return el;
}

describe('the shared marker map', function () {
  this.timeout(40_000);

  it('draws the markers of a caller’s source per view, caches views, and reports a selection', async () => {
    const tc = testClient();
    const el = await mount(tc);
    const pins = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="pin"]')];
    await waitFor(() => pins().length > 0, 'markers', 10_000);
    const requests = () => tc.requests.filter((r) => r.url.includes('/v1/places/nearby')).length;
    const sent = requests();
    expect(pins().length).to.equal(el.drawn);

    // Away and back: the first view comes from the cache.
    const center = el.mapView.map!.getCenter();
    el.mapView.map!.jumpTo({ center: [106.2, 20.95] });
    await waitFor(() => requests() > sent, 'the new view', 15_000);
    await waitFor(() => !el.mapView.map!.isMoving(), 'still');
    const after = requests();
    el.mapView.map!.jumpTo({ center });
    await new Promise((r) => setTimeout(r, 500));
    expect(requests()).to.equal(after);

    pins()[0]!.click();
    expect(el.selected).to.deep.equal([pins()[0]!.dataset['id']]);
  });

  it('fits a box, and picks the centre by keyboard with focus back where picking started', async () => {
    const el = await mount(testClient());
    const box: BBox = [106.3, 20.7, 106.5, 20.8];
    el.mapView.fitBounds(box);
    const c = el.mapView.map!.getCenter();
    expect(c.lng).to.be.closeTo(106.4, 0.01);
    expect(c.lat).to.be.closeTo(20.75, 0.01);

    el.shadowRoot!.querySelector<HTMLElement>('.start')!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.localName === 'canvas', 'focus on the map');
    expect(el.shadowRoot!.querySelector('.crosshair')).not.to.equal(null);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.picked.length === 1, 'a pick');
    expect(el.picked[0]!.lat).to.be.closeTo(el.mapView.map!.getCenter().lat, 1e-5);
    expect(el.mapView.pickMode).to.equal(false);
    // The chosen point stays on the map across views.
    expect(el.shadowRoot!.querySelectorAll('.chosen')).to.have.length(1);
    const chosenAt = () => el.shadowRoot!.querySelector('.chosen')!.getBoundingClientRect();
    const first = chosenAt();
    el.mapView.map!.panBy([200, 0], { duration: 0 });
    await new Promise((r) => setTimeout(r, 400));
    expect(el.shadowRoot!.querySelectorAll('.chosen')).to.have.length(1);
    expect(chosenAt().left).to.be.closeTo(first.left - 200, 2);
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('start'), 'focus back on the start button');

    // A new choice moves it.
    el.shadowRoot!.querySelector<HTMLElement>('.start')!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.localName === 'canvas', 'focus on the map again');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.picked.length === 2, 'a second pick');
    expect(el.shadowRoot!.querySelectorAll('.chosen')).to.have.length(1);
    expect(chosenAt().left).to.be.closeTo(first.left, 2);

    // Cancel: no pick, focus back too.
    el.shadowRoot!.querySelector<HTMLElement>('.start')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.pick .secondary')!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('start'), 'focus back after cancel');
    expect(el.picked).to.have.length(2);
  });

  it('waits to be visible before it downloads the engine', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <test-marker-map style="display:block; width: 400px"></test-marker-map>
      </div>`,
    );
    const el = wrapper.querySelector<TestMarkerMap>('test-marker-map')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.mapView.state).to.equal('idle');
    el.scrollIntoView();
    await waitFor(() => el.mapView.map?.loaded(), 'the map once visible', 20_000);
  });
});
