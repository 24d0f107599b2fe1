// The form's location: the shared marker map in pick mode (keyboard, offline basemap,
// MapLibre's words in the page's language) and where a chosen point is, in words, with
// the commune guessed from it (issue 8 items 10 and 11).
import type { Unit } from '@smart-haiphong/sdk';
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startSandbox, testClient, waitFor, type TestClient } from '../../../test/sandbox.js';
import { nearestUnit } from '../../internal/units.js';
import './feedback-form.js';
import type { ShpFeedbackForm } from './feedback-form.js';

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonNamed = (el: HTMLElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name) ?? null;
const status = (el: HTMLElement) => text($(el, '.location [role="status"]'));
const unitSelect = (el: HTMLElement) => $<HTMLSelectElement>(el, '#unit')!;

/** A point in central Hải Phòng (Phường Lê Chân), far from the city's edges. */
const INSIDE = { lat: 20.8449, lon: 106.6881 };

before(() => startSandbox());
beforeEach(() => localStorage.clear());

let units: Unit[] | undefined;
async function allUnits(tc: TestClient): Promise<Unit[]> {
  units ??= (await tc.client.units.list()).items;
  return units;
}

async function form(tc: TestClient, attrs = '', width = 600): Promise<ShpFeedbackForm> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: ${width}px"><shp-feedback-form ${attrs}></shp-feedback-form></div>`,
  );
  const el = wrapper.querySelector('shp-feedback-form')!;
  el.client = tc.client;
  await waitFor(() => $(el, 'form'), 'the form to load');
  return el;
}

/** Presses Tab until `match` holds for the focused element of the form (keyboard only). */
async function tabUntil(el: ShpFeedbackForm, match: (active: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const active = el.shadowRoot!.activeElement;
    if (active && match(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

async function mapLoaded(el: ShpFeedbackForm): Promise<void> {
  await waitFor(() => el.map?.loaded(), 'the map to load', 20_000);
}

/** Replaces navigator.geolocation for one test. */
function stubGeolocation(point: { lat: number; lon: number }): () => void {
  const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { latitude: point.lat, longitude: point.lon } } as GeolocationPosition),
    },
  });
  return () => {
    if (original) Object.defineProperty(navigator, 'geolocation', original);
    else delete (navigator as { geolocation?: unknown }).geolocation;
  };
}

describe('shp-feedback-form location', function () {
  this.timeout(60_000);

  it('#11 sets a point on the map by keyboard only: arrows pan, Enter picks the centre, the commune is guessed and said so', async () => {
    const tc = testClient();
    const el = await form(tc);
    expect(el.map).to.equal(undefined); // nothing of the map before it is opened
    expect(unitSelect(el).value).to.equal('');
    el.focus();
    await tabUntil(el, (a) => text(a) === 'Chọn trên bản đồ', '"Chọn trên bản đồ"');
    await sendKeys({ press: 'Enter' });
    await mapLoaded(el);
    await tabUntil(el, (a) => a.localName === 'canvas', 'the map');
    const map = el.map!;
    const start = map.getCenter();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowUp' });
    await waitFor(() => !map.isMoving() && map.getCenter().lng > start.lng + 1e-4, 'the map panned by the arrows');
    expect(map.getCenter().lat).to.be.above(start.lat);
    const centre = map.getCenter();

    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.location, 'a point');
    expect(el.location!.lat).to.be.closeTo(centre.lat, 1e-5);
    expect(el.location!.lon).to.be.closeTo(centre.lng, 1e-5);
    await el.updateComplete;

    // The commune field now holds the nearest commune, and the form says it is a guess.
    const nearest = nearestUnit(await allUnits(tc), el.location!)!;
    expect(unitSelect(el).value).to.equal(nearest.code);
    expect(text($(el, '#unit-guess'))).to.equal('Xã, phường được đoán theo vị trí; hãy sửa nếu chưa đúng.');
    expect(unitSelect(el).getAttribute('aria-describedby')).to.contain('unit-guess');
    expect(status(el)).to.contain(`Vị trí trên bản đồ: gần ${nearest.name}`);
    // The point is on the map, and focus stays where the citizen picked (to try again).
    expect(el.shadowRoot!.querySelectorAll('.maplibregl-marker.chosen-point')).to.have.length(1);
    expect(el.shadowRoot!.activeElement!.localName).to.equal('canvas');
    // Still in pick mode: a second Enter moves the point.
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => !map.isMoving() && map.getCenter().lng < centre.lng - 1e-4, 'panned back');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.location!.lon < centre.lng - 1e-4, 'a second point');
    expect(el.shadowRoot!.querySelectorAll('.chosen-point')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  for (const [locale, expected] of [
    [
      'vi',
      {
        label: 'Bản đồ chọn vị trí. Dùng phím mũi tên',
        zoomIn: 'Phóng to',
        toggle: 'Hiện hoặc ẩn nguồn dữ liệu bản đồ',
        open: 'Chọn trên bản đồ',
        centre: 'Chọn tâm bản đồ',
      },
    ],
    [
      'en',
      {
        label: 'Map for choosing the location. Use the arrow keys',
        zoomIn: 'Zoom in',
        toggle: 'Show or hide the map credits',
        open: 'Pick on a map',
        centre: 'Pick the map centre',
      },
    ],
  ] as const) {
    it(`#11 names the map and every MapLibre control in the page language (${locale}), with the offline basemap`, async () => {
      const tc = testClient();
      const el = await form(tc, `locale="${locale}"`, 360);
      buttonNamed(el, expected.open)!.click();
      await mapLoaded(el);
      const root = el.shadowRoot!.querySelector('.maplibregl-map')!;
      expect(root.querySelector('canvas')!.getAttribute('aria-label')).to.contain(expected.label);
      expect(root.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.equal(expected.zoomIn);
      const summary = root.querySelector('.maplibregl-ctrl-attrib summary')!;
      expect(summary.getAttribute('aria-label')).to.equal(expected.toggle);
      expect(buttonNamed(el, expected.centre)).not.to.equal(null);
      if (locale === 'vi') {
        // None of MapLibre's English defaults is left anywhere a citizen can see or hear.
        const said = [...root.querySelectorAll('*')].flatMap((n) => [
          n.getAttribute('aria-label'),
          n.getAttribute('title'),
        ]);
        for (const english of ['Toggle attribution', 'Map', 'Zoom in', 'Zoom out', 'Map marker']) {
          expect(said).not.to.include(english);
        }
      }
      // The offline basemap: the land from the deployment's basemapUrl, not a flat background.
      const config = await tc.client.config.get();
      expect(config.basemapUrl).to.be.a('string');
      const style = el.map!.getStyle();
      expect(style.layers.map((l) => l.id)).to.include.members(['land', 'sea']);
      const land = style.sources['land'] as { type: string; data?: string | { features?: unknown[] } };
      expect(land.type).to.equal('geojson');
      // MapLibre gives the URL back, or the data it loaded from it.
      const basemap = (await (await fetch(config.basemapUrl!)).json()) as { features: unknown[] };
      if (typeof land.data === 'string') expect(land.data).to.equal(config.basemapUrl);
      else expect(land.data?.features).to.have.length(basemap.features.length);
      await waitFor(() => el.map!.querySourceFeatures('land').length > 0, 'the land drawn', 10_000);
      // Compact credits on a narrow map in pick mode: a button, not a band over the map.
      expect(root.querySelector('.maplibregl-ctrl-attrib')!.classList.contains('maplibregl-compact')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('#10 a device position chooses the nearest commune, says where it is, and a commune chosen by hand is no guess', async () => {
    const tc = testClient();
    const restore = stubGeolocation(INSIDE);
    try {
      const el = await form(tc, 'unit="binh-giang"', 300);
      expect(unitSelect(el).value).to.equal('10966');
      expect($(el, '#unit-guess')).to.equal(null);
      const address = $<HTMLInputElement>(el, '#address')!;
      address.value = 'Số 12 đường Trần Phú';
      address.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      buttonNamed(el, 'Dùng vị trí của tôi')!.click();
      await el.updateComplete;
      const nearest = nearestUnit(await allUnits(tc), INSIDE)!;
      expect(nearest.code).not.to.equal('10966');
      expect(unitSelect(el).value).to.equal(nearest.code);
      expect(status(el)).to.contain(`Vị trí của bạn: Số 12 đường Trần Phú, gần ${nearest.name}`);
      expect(text($(el, '#unit-guess'))).to.contain('được đoán theo vị trí');
      await expect(el).to.be.accessible();

      // The citizen corrects the commune: it is theirs now, no longer a guess.
      const other = [...unitSelect(el).options].find((o) => o.value && o.value !== nearest.code)!;
      unitSelect(el).value = other.value;
      unitSelect(el).dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(unitSelect(el).value).to.equal(other.value);
      expect($(el, '#unit-guess')).to.equal(null);
      expect(unitSelect(el).getAttribute('aria-describedby') ?? '').not.to.contain('unit-guess');
      expect(el.location).to.deep.equal(INSIDE); // the point stays
      // The words about the point name the commune the citizen chose, never the discarded guess.
      expect(status(el)).to.contain(`gần ${other.textContent!.trim()}`);
      expect(status(el)).not.to.contain(nearest.name);

      // "Đổi vị trí" opens the map on the point and moves focus to it.
      buttonNamed(el, 'Đổi vị trí')!.click();
      await mapLoaded(el);
      await waitFor(() => el.shadowRoot!.activeElement?.localName === 'canvas', 'focus on the map');
      expect(el.map!.getCenter().lat).to.be.closeTo(INSIDE.lat, 1e-3);
      expect(el.shadowRoot!.querySelectorAll('.chosen-point')).to.have.length(1);
      // A 300 px sidebar: the open map scrolls nothing sideways.
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect($(el, '.map')!.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('#10 a point from the page is guessed too; a point outside the city says so and guesses nothing', async () => {
    const tc = testClient();
    const el = await form(tc, 'unit="binh-giang"', 360);
    el.location = INSIDE;
    await el.updateComplete;
    const nearest = nearestUnit(await allUnits(tc), INSIDE)!;
    expect(unitSelect(el).value).to.equal(nearest.code);
    expect(status(el)).to.contain(`gần ${nearest.name}`);
    expect($(el, '#unit-guess')).not.to.equal(null);

    el.location = { lat: 10.7769, lon: 106.7009 }; // Hồ Chí Minh City
    await el.updateComplete;
    expect(text($(el, '.location [role="alert"]'))).to.contain('nằm ngoài thành phố Hải Phòng');
    expect(status(el)).not.to.contain('gần');
    expect($(el, '#unit-guess')).to.equal(null);
    expect(unitSelect(el).value).to.equal(nearest.code); // left as it was
  });
});
