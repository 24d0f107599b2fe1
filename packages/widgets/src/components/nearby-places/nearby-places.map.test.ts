import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startSandbox, waitFor } from '../../../test/sandbox.js';
import type { ShpPlaceSelectEvent } from '../../events/index.js';
import './nearby-places.js';
import type { ShpNearbyPlaces } from './nearby-places.js';

/** A point in Hải Phòng's centre (Lê Chân), where real hospitals and sample places mix. */
const CENTRE = { lat: 20.8449, lon: 106.6881 };

const part = (el: HTMLElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (el: Element | null): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The places of the list, by id. */
const listIds = (el: HTMLElement): string[] => parts(el, 'place').map((li) => li.dataset['id']!);
/** The places drawn on the map as their own markers, by id. */
const pinIds = (el: HTMLElement): string[] => parts(el, 'pin').map((b) => b.dataset['id']!);
const sorted = (ids: string[]) => [...ids].sort();

const listSettled = (el: ShpNearbyPlaces) =>
  waitFor(
    () =>
      (part(el, 'list') || part(el, 'empty') || part(el, 'error')) &&
      !el.shadowRoot!.querySelector('[aria-busy="true"]'),
    'a settled list',
    8000,
  );

/** The map has loaded (polled: its load event may be over) and stopped moving, after the source's debounce. */
async function mapSettled(el: ShpNearbyPlaces): Promise<void> {
  await listSettled(el);
  await waitFor(() => el.map?.loaded(), 'the map to load', 20_000);
  await waitFor(() => !el.map!.isMoving(), 'the map to stop', 5000);
  await new Promise((r) => setTimeout(r, 400)); // longer than the view's debounce
  await waitFor(() => el.map!.loaded() && !el.map!.isMoving(), 'the map to settle', 5000);
}

/** Waits until the map's markers are the list's places (they must get there), then checks it. */
async function sameOnBoth(el: ShpNearbyPlaces, what: string): Promise<void> {
  await mapSettled(el);
  await waitFor(() => sorted(pinIds(el)).join() === sorted(listIds(el)).join(), `the map to show ${what}`, 5000).catch(
    () => undefined,
  );
  expect(sorted(pinIds(el)), what).to.deep.equal(sorted(listIds(el)));
  expect(listIds(el).length, what).to.be.greaterThan(0);
}

/** Markers (places and the search centre) cut by the map's edge: none when the map frames them. */
function outsideFrame(el: ShpNearbyPlaces): string[] {
  const frame = el.map!.getContainer().getBoundingClientRect();
  return [...parts(el, 'pin'), part(el, 'origin')!]
    .filter((m) => {
      const r = m.getBoundingClientRect();
      return r.left < frame.left || r.right > frame.right || r.top < frame.top || r.bottom > frame.bottom;
    })
    .map((m) => m.dataset['id'] ?? 'origin');
}

before(async () => {
  await startSandbox();
});

afterEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
});

describe('shp-nearby-places, map view', function () {
  this.timeout(60_000);

  it('list and map show the same places, also after a filter change and after loading more', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" view="map" limit="8" style="display:block; width: 600px"></shp-nearby-places>`,
    );
    await sameOnBoth(el, 'the first page');
    // Each place marker is a button named by the place, its category and its distance.
    const first = parts(el, 'place')[0]!;
    const pin = parts(el, 'pin').find((b) => b.dataset['id'] === first.dataset['id'])!;
    expect(pin.localName).to.equal('button');
    const name = text(first.querySelector('[part~="place-name"]'));
    const category = text(first.querySelector('.category'));
    const distance = text(first.querySelector('[part~="distance"]'));
    expect(pin.getAttribute('aria-label')).to.equal(`${name}, ${category}, ${distance}`);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-category="health"]')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the new query', 5000).catch(
      () => undefined,
    );
    await sameOnBoth(el, 'the health places');
    const health = listIds(el);

    part(el, 'more-button')!.click();
    await waitFor(() => listIds(el).length > health.length, 'the next page', 8000);
    await sameOnBoth(el, 'both pages');

    // "Đang mở cửa" filters what the list shows: the map follows.
    const openNow = part(el, 'open-now') as HTMLInputElement;
    openNow.click();
    await el.updateComplete;
    await mapSettled(el);
    expect(sorted(pinIds(el))).to.deep.equal(sorted(listIds(el)));
  });

  it('selecting a marker selects the place and fires shp-place-select; the list’s choice is marked on the map', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" view="map" limit="6"></shp-nearby-places>`,
    );
    await sameOnBoth(el, 'the places');
    const id = listIds(el)[2]!;
    const pin = parts(el, 'pin').find((b) => b.dataset['id'] === id)!;
    pin.focus();
    const fired = oneEvent(el, 'shp-place-select') as Promise<ShpPlaceSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail.place.id).to.equal(id);
    await el.updateComplete;
    const item = parts(el, 'place').find((li) => li.dataset['id'] === id)!;
    const button = item.querySelector('[part~="place-name"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(item.querySelector('[part~="details"]')).not.to.equal(null);
    await waitFor(() => el.shadowRoot!.activeElement === button, 'focus on the place in the list');
    expect(pin.getAttribute('aria-current')).to.equal('true');
    // Pressing the marker again keeps the place selected (a map does not toggle).
    pin.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');

    // Chosen in the list: marked and centred on the map.
    const other = listIds(el)[4]!;
    parts(el, 'place')
      .find((li) => li.dataset['id'] === other)!
      .querySelector<HTMLElement>('[part~="place-name"]')!
      .click();
    await el.updateComplete;
    const otherPin = () => parts(el, 'pin').find((b) => b.dataset['id'] === other)!;
    await waitFor(() => otherPin().getAttribute('aria-current') === 'true', 'the marker marked');
    expect(pin.hasAttribute('aria-current')).to.equal(false);
    await mapSettled(el);
    const box = otherPin().getBoundingClientRect();
    const frame = el.map!.getContainer().getBoundingClientRect();
    expect(box.left + box.width / 2).to.be.closeTo(frame.left + frame.width / 2, 3);
    expect(box.top + box.height / 2).to.be.closeTo(frame.top + frame.height / 2, 3);
  });

  it('marks the search centre, labelled, and never as the citizen’s position when it is a commune', async () => {
    const el = await fixture<ShpNearbyPlaces>(`<shp-nearby-places unit="binh-giang" view="map"></shp-nearby-places>`);
    await mapSettled(el);
    const origin = () => part(el, 'origin')!;
    await waitFor(() => origin(), 'the origin marker');
    expect(origin().dataset['kind']).to.equal('unit');
    expect(origin().getAttribute('role')).to.equal('img');
    expect(origin().getAttribute('aria-label')).to.equal(
      'Tâm tìm kiếm: trung tâm xã Bình Giang (không phải vị trí của bạn)',
    );
    expect(origin().classList.contains('origin-centre')).to.equal(true);
    expect(origin().classList.contains('origin-device')).to.equal(false);
    // It stands where distances are measured from.
    const { lat, lon } = el.origin!.point;
    const at = el.map!.project([lon, lat]);
    const box = origin().getBoundingClientRect();
    const frame = el.map!.getContainer().getBoundingClientRect();
    expect(box.left + box.width / 2 - frame.left).to.be.closeTo(at.x, 2);
    expect(box.top + box.height / 2 - frame.top).to.be.closeTo(at.y, 2);
    // The map frames the centre and every place, none cut by its edge.
    expect(sorted(pinIds(el))).to.deep.equal(sorted(listIds(el)));
    expect(outsideFrame(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // The citizen's own position is drawn as such.
    const fake = {
      getCurrentPosition(ok: PositionCallback) {
        setTimeout(
          () =>
            ok({
              coords: { latitude: CENTRE.lat, longitude: CENTRE.lon, accuracy: 20 },
              timestamp: Date.now(),
            } as GeolocationPosition),
          10,
        );
      },
    };
    Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => fake });
    try {
      part(el, 'locate-button')!.click();
      await waitFor(() => origin()?.dataset['kind'] === 'device', 'the device origin');
      expect(origin().classList.contains('origin-device')).to.equal(true);
      expect(parts(el, 'origin')).to.have.length(1);
      expect(origin().getAttribute('aria-label')).to.equal('Tâm tìm kiếm: vị trí của bạn');
      await sameOnBoth(el, 'the places near the device');
    } finally {
      delete (navigator as { geolocation?: unknown }).geolocation;
    }
  });

  it('speaks English on the map, MapLibre’s controls included, and is axe clean', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" view="map" locale="en" limit="5"></shp-nearby-places>`,
    );
    await sameOnBoth(el, 'the places');
    expect(part(el, 'origin')!.getAttribute('aria-label')).to.equal(
      'Search centre: a point chosen by this page (not your location)',
    );
    expect(el.map!.getCanvas().getAttribute('aria-label')).to.match(/^Map of the places in the list/);
    expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(parts(el, 'pin')[0]!.getAttribute('aria-label')).to.match(/, \d+ m away$|, [\d.]+ km away$/);
    await expect(el).to.be.accessible();
  });

  it('clusters beyond 50 places in view, and every place is in a marker or a cluster', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" view="map" limit="100" radius="50000"></shp-nearby-places>`,
    );
    await mapSettled(el);
    await waitFor(() => parts(el, 'cluster').length > 0, 'clusters');
    const count = listIds(el).length;
    expect(count).to.be.greaterThan(50);
    const inClusters = parts(el, 'cluster').reduce((n, c) => n + Number(c.textContent!.replace(/\D/g, '')), 0);
    expect(inClusters + parts(el, 'pin').length).to.equal(count);
    expect(parts(el, 'cluster')[0]!.getAttribute('aria-label')).to.match(/^\d+ địa điểm gần nhau/);
    // A cluster zooms in to where its places separate.
    const zoom = el.map!.getZoom();
    parts(el, 'cluster')[0]!.click();
    await waitFor(() => el.map!.getZoom() > zoom + 0.9, 'the map to zoom in');
  });

  it('fits 300 px in map view without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 300px"><shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" view="map" limit="5"></shp-nearby-places></div>`,
    );
    const el = wrapper.querySelector<ShpNearbyPlaces>('shp-nearby-places')!;
    await sameOnBoth(el, 'the places');
    const base = part(el, 'base')!;
    expect(el.getBoundingClientRect().width).to.equal(300);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(part(el, 'map')!.getBoundingClientRect().width).to.be.at.most(300);
    expect(outsideFrame(el)).to.deep.equal([]);
    // The list follows the map.
    expect(part(el, 'list')!.getBoundingClientRect().top).to.be.greaterThan(
      part(el, 'map')!.getBoundingClientRect().bottom,
    );
    await expect(el).to.be.accessible();
  });

  it('switches to the map and back from the keyboard, focus staying on the switch; the engine waits for the map view', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" limit="5"></shp-nearby-places>`,
    );
    await listSettled(el);
    expect(part(el, 'map')).to.equal(null);
    expect(el.map).to.equal(undefined);
    const listButton = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-view="list"]')!;
    const mapButton = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-view="map"]')!;
    listButton.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(mapButton);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.view).to.equal('map');
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    await sameOnBoth(el, 'the places');
    expect(el.shadowRoot!.activeElement).to.equal(mapButton);
    await sendKeys({ press: 'Shift+Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(listButton);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(part(el, 'map')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(listButton);
    // And back once more: a new map on the engine already loaded.
    mapButton.focus();
    await sendKeys({ press: 'Enter' });
    await sameOnBoth(el, 'the places again');
    expect(el.shadowRoot!.activeElement).to.equal(mapButton);
  });
});
