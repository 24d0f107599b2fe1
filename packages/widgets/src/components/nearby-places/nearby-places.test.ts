import { createClient, searchKey } from '@smart-haiphong/sdk';
import { expect, fixture, fixtureSync, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startSandbox, testClient, waitFor, type TestClient } from '../../../test/sandbox.js';
import type { ShpPlaceSelectEvent } from '../../events/index.js';
import { openingHoursAt } from './opening-hours.js';
import './nearby-places.js';
import type { ShpNearbyPlaces } from './nearby-places.js';

/** A point in Hải Phòng's centre (Lê Chân), where real hospitals and sample places mix. */
const CENTRE = { lat: 20.8449, lon: 106.6881 };
/** A point in the city with no place within 2 km (and a few within 5 km). */
const SPARSE = { lat: 20.6, lon: 106.5 };

const api = createClient({ baseUrl: `${location.origin}/` });

const part = (el: HTMLElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (el: Element | null): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ids = (el: HTMLElement): string[] => parts(el, 'place').map((li) => li.dataset['id']!);

const settled = (el: ShpNearbyPlaces) =>
  waitFor(
    () =>
      (part(el, 'list') || part(el, 'empty') || part(el, 'error')) &&
      !el.shadowRoot!.querySelector('[aria-busy="true"]'),
    'a settled list',
    8000,
  );

/** Replaces the browser's geolocation for one test; returns a restore function. */
function fakeGeolocation(answer: { point: { lat: number; lon: number } } | { error: 1 | 2 | 3 }): {
  restore: () => void;
  calls: number[];
} {
  const calls: number[] = [];
  const fake = {
    getCurrentPosition(ok: PositionCallback, fail?: PositionErrorCallback | null) {
      calls.push(Date.now());
      setTimeout(() => {
        if ('point' in answer) {
          ok({
            coords: { latitude: answer.point.lat, longitude: answer.point.lon, accuracy: 20 },
            timestamp: Date.now(),
          } as GeolocationPosition);
        } else {
          fail?.({
            code: answer.error,
            message: 'test',
            PERMISSION_DENIED: 1,
            POSITION_UNAVAILABLE: 2,
            TIMEOUT: 3,
          } as GeolocationPositionError);
        }
      }, 10);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => fake });
  return { restore: () => delete (navigator as { geolocation?: unknown }).geolocation, calls };
}

/** The same query straight from the API, to compare the list with. */
async function apiPlaces(point: { lat: number; lon: number }, params: Record<string, unknown> = {}) {
  return (await api.places.nearby({ ...point, radius: 2000, limit: 100, ...params })).items;
}

/** A list at the centre on `tc`, once its category chips and first places are shown. */
async function atCentreWithChips(tc: TestClient): Promise<ShpNearbyPlaces> {
  const el = await fixture<ShpNearbyPlaces>(
    `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}"></shp-nearby-places>`,
  );
  el.client = tc.client;
  await waitFor(() => parts(el, 'chip').length > 1, 'the chips');
  await settled(el);
  return el;
}

before(async () => {
  await startSandbox();
});

afterEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
});

describe('shp-nearby-places', () => {
  it('asks for nothing until a position is chosen, and never asks the device by itself', async () => {
    const { restore, calls } = fakeGeolocation({ point: CENTRE });
    try {
      const el = await fixture<ShpNearbyPlaces>('<shp-nearby-places></shp-nearby-places>');
      await waitFor(() => part(el, 'unit-picker')?.hasAttribute('open'), 'the commune picker');
      expect(text(part(el, 'position'))).to.contain('Chọn vị trí để xem các địa điểm gần nhất');
      expect(part(el, 'list')).to.equal(null);
      expect(calls).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('geolocation granted at a point in Hải Phòng lists places in ascending distance', async () => {
    const { restore } = fakeGeolocation({ point: CENTRE });
    try {
      const el = await fixture<ShpNearbyPlaces>('<shp-nearby-places unit="binh-giang"></shp-nearby-places>');
      await settled(el);
      part(el, 'locate-button')!.click();
      await waitFor(() => text(part(el, 'position')) === 'Gần vị trí của bạn', 'the device position');
      const expected = await apiPlaces(CENTRE, { limit: 20 });
      await waitFor(() => ids(el).join() === expected.map((p) => p.id).join(), 'the list near the device', 8000);
      await settled(el);
      const distances = expected.map((p) => p.distanceMeters);
      expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
      expect(distances[0]).to.be.below(distances.at(-1)!);
      // Distances as the locale writes them: "cách 600 m", "cách 1,2 km".
      const shown = parts(el, 'distance').map(text);
      expect(shown[0]).to.match(/^cách \d+ m$/);
      expect(shown.some((s) => /^cách \d,\d km$/.test(s))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('denied geolocation falls back to the commune with a message', async () => {
    const { restore } = fakeGeolocation({ error: 1 });
    try {
      const el = await fixture<ShpNearbyPlaces>('<shp-nearby-places unit="binh-giang"></shp-nearby-places>');
      await settled(el);
      expect(text(part(el, 'position'))).to.equal('Gần trung tâm xã Bình Giang');
      const before = ids(el);
      part(el, 'locate-button')!.click();
      await waitFor(() => text(part(el, 'position')).startsWith('Bạn chưa cho phép'), 'the denial message');
      expect(text(part(el, 'position'))).to.equal('Bạn chưa cho phép dùng vị trí. Gần trung tâm xã Bình Giang.');
      const units = await api.units.list();
      const centroid = units.items.find((u) => u.slug === 'binh-giang')!.centroid;
      expect(ids(el)).to.deep.equal(before);
      expect(ids(el)).to.deep.equal((await apiPlaces(centroid, { limit: 20 })).map((p) => p.id));
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('without a commune, a denial says so and a commune found without tone marks gives the list', async () => {
    const { restore } = fakeGeolocation({ error: 2 });
    try {
      const el = await fixture<ShpNearbyPlaces>('<shp-nearby-places></shp-nearby-places>');
      await waitFor(() => part(el, 'unit-picker')?.hasAttribute('open'), 'the commune picker');
      part(el, 'locate-button')!.click();
      await waitFor(() => text(part(el, 'position')).startsWith('Không xác định được'), 'the failure message');
      expect(text(part(el, 'position'))).to.contain('Hãy chọn xã, phường bên dưới.');

      const search = part(el, 'unit-picker')!.querySelector('input')!;
      search.focus();
      await sendKeys({ type: 'binh giang' });
      const select = part(el, 'unit-picker')!.querySelector('select')!;
      await waitFor(() => select.options.length === 2, 'one commune found');
      expect(select.options[1]!.textContent!.trim()).to.equal('Xã Bình Giang');
      select.value = select.options[1]!.value;
      select.dispatchEvent(new Event('change'));
      await waitFor(() => part(el, 'list'), 'the list');
      await settled(el);
      expect(text(part(el, 'position'))).to.equal('Gần trung tâm xã Bình Giang');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('a point outside Hải Phòng is not used as the citizen’s position', async () => {
    const { restore } = fakeGeolocation({ point: { lat: 21.0285, lon: 105.8542 } }); // Hà Nội
    try {
      const el = await fixture<ShpNearbyPlaces>('<shp-nearby-places unit="binh-giang"></shp-nearby-places>');
      await settled(el);
      part(el, 'locate-button')!.click();
      await waitFor(() => text(part(el, 'position')).startsWith('Vị trí của bạn ở ngoài'), 'the outside message');
      expect(text(part(el, 'position'))).to.contain('Gần trung tâm xã Bình Giang');
    } finally {
      restore();
    }
  });

  it('"benh vien" finds real hospitals', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" radius="5000"></shp-nearby-places>`,
    );
    await settled(el);
    expect(text(part(el, 'position'))).to.equal('Gần điểm được chọn trên trang');
    part(el, 'search')!.focus();
    await sendKeys({ type: 'benh vien' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => parts(el, 'place-name').every((b) => searchKey(text(b)).includes('benh vien')), 'hospitals');
    await settled(el);
    const names = parts(el, 'place-name').map(text);
    expect(names.length).to.be.at.least(5);
    for (const name of names) expect(searchKey(name)).to.contain('benh vien');
    expect(names.some((n) => n.startsWith('Bệnh viện'))).to.equal(true);
    const found = await apiPlaces(CENTRE, { radius: 5000, q: 'benh vien', limit: 20 });
    expect(found.every((p) => p.source === 'osm')).to.equal(true); // real OpenStreetMap hospitals
    expect(ids(el)).to.deep.equal(found.map((p) => p.id));
    expect(text(el.shadowRoot!.querySelector('.credits'))).to.contain('© OpenStreetMap contributors');
  });

  describe('"Đang mở cửa" at a fixed time', () => {
    const cases = [
      ['Saturday 12:00', '2026-11-28T12:00:00+07:00'],
      ['Wednesday 12:15, the lunch break', '2026-12-02T12:15:00+07:00'],
      ['Wednesday 09:00', '2026-12-02T09:00:00+07:00'],
      ['2 September 09:00, a public holiday', '2026-09-02T09:00:00+07:00'],
      ['Thursday 00:30, after midnight', '2026-12-03T00:30:00+07:00'],
    ] as const;
    for (const [label, iso] of cases) {
      it(`keeps only places open on ${label}`, async () => {
        const at = new Date(iso);
        const el = await fixture<ShpNearbyPlaces>(
          `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" limit="100"></shp-nearby-places>`,
        );
        el.now = at;
        await settled(el);
        const all = await apiPlaces(CENTRE);
        expect(ids(el)).to.have.length(all.length);
        (part(el, 'open-now') as HTMLInputElement).click();
        await el.updateComplete;

        const byId = new Map(all.map((p) => [p.id, p]));
        const shown = ids(el).map((id) => byId.get(id)!);
        const expected = all.filter((p) => openingHoursAt(p.openingHours, at).state === 'open');
        expect(shown.map((p) => p.id)).to.deep.equal(expected.map((p) => p.id));
        expect(shown.length).to.be.below(all.length);
        // Whatever the evaluator says, the syntaxes' meaning at that time:
        const hours = new Set(shown.map((p) => p.openingHours));
        expect(hours.has(null), 'a place without hours is never "open"').to.equal(false);
        expect([...hours].some((h) => h === '24/7')).to.equal(all.some((p) => p.openingHours === '24/7'));
        const office = 'Mo-Fr 07:00-11:30,13:30-17:00; PH off';
        expect(hours.has(office)).to.equal(label === 'Wednesday 09:00' && all.some((p) => p.openingHours === office));
        expect(hours.has('Mo-Su 17:00-01:00')).to.equal(
          label.startsWith('Thursday') && all.some((p) => p.openingHours === 'Mo-Su 17:00-01:00'),
        );
        for (const li of parts(el, 'place')) {
          expect(li.querySelector('[part~="hours"]')!.getAttribute('data-state')).to.equal('open');
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  it('says "closes at" and "opens at" in Hải Phòng time, and nothing for hours it cannot read', async () => {
    // A commune health station whose mapper wrote Vietnamese words ("sáng 6h-10h, chiều 16h-21h").
    const malformed = (await api.places.search({ q: 'tram y te an phong', limit: 5 })).items.find((p) =>
      p.openingHours?.includes('h-'),
    )!;
    expect(openingHoursAt(malformed.openingHours, new Date()).state).to.equal('unknown');
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${malformed.location.lat}" lon="${malformed.location.lon}" radius="500" limit="100"></shp-nearby-places>`,
    );
    el.now = new Date('2026-12-02T12:15:00+07:00'); // a Wednesday, lunch break
    await settled(el);
    const li = parts(el, 'place').find((p) => p.dataset['id'] === malformed.id)!;
    expect(li.querySelector('[part~="hours"]')).to.equal(null);

    const places = await apiPlaces(malformed.location, { radius: 500 });
    for (const place of places) {
      const row = parts(el, 'place').find((p) => p.dataset['id'] === place.id)!;
      const line = text(row.querySelector('[part~="hours"]'));
      if (place.openingHours === '24/7') expect(line).to.equal('Đang mở cửa · Mở cửa cả ngày');
      if (place.openingHours?.startsWith('Mo-Fr 07:00-11:30,13:30-17:00')) {
        expect(line).to.equal('Đã đóng cửa · Mở cửa lúc 13:30');
      }
      if (place.openingHours === null) expect(line).to.equal('');
    }
  });

  it('the call link and the directions link are right for a real OpenStreetMap place', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" limit="100"></shp-nearby-places>`,
    );
    await settled(el);
    const all = await apiPlaces(CENTRE);
    const osm = all.find((p) => p.source === 'osm')!;
    const row = parts(el, 'place').find((p) => p.dataset['id'] === osm.id)!;
    // The OpenStreetMap export has no phone for it: no call link rather than a guessed number.
    expect(osm.phone).to.equal(null);
    expect(row.querySelector('[part~="call"]')).to.equal(null);

    const selected = oneEvent(el, 'shp-place-select') as Promise<ShpPlaceSelectEvent>;
    row.querySelector<HTMLButtonElement>('[part~="place-name"]')!.click();
    expect((await selected).detail.place.id).to.equal(osm.id);
    await el.updateComplete;
    const directions = row.querySelector<HTMLAnchorElement>('[part~="directions"]')!;
    const url = new URL(directions.href);
    expect(url.origin + url.pathname).to.equal('https://www.google.com/maps/dir/');
    const [lat, lon] = url.searchParams.get('destination')!.split(',').map(Number);
    expect(lat).to.be.closeTo(osm.location.lat, 1e-6);
    expect(lon).to.be.closeTo(osm.location.lon, 1e-6);
    const creditLink = row.querySelector<HTMLAnchorElement>('[part~="credit"] a')!;
    expect(text(creditLink)).to.equal('© OpenStreetMap contributors');
    expect(creditLink.href).to.equal(osm.attributionUrl);
    const week = row.querySelectorAll('[part~="week"] li');
    expect(week.length).to.equal(0); // no hours in the export: none shown, none invented
    expect(text(row.querySelector('[part~="details"]'))).to.contain('Chưa có thông tin giờ mở cửa.');

    // The same place with OpenStreetMap's router, and the platform's geo: handler.
    el.directions = 'osm';
    await el.updateComplete;
    const osmUrl = new URL(row.querySelector<HTMLAnchorElement>('[part~="directions"]')!.href);
    expect(osmUrl.origin + osmUrl.pathname).to.equal('https://www.openstreetmap.org/directions');
    const [, to] = osmUrl.searchParams.get('route')!.split(';');
    const [toLat, toLon] = to!.split(',').map(Number);
    expect(toLat).to.be.closeTo(osm.location.lat, 1e-6);
    expect(toLon).to.be.closeTo(osm.location.lon, 1e-6);
    el.directions = 'geo';
    await el.updateComplete;
    const geo = row.querySelector<HTMLAnchorElement>('[part~="directions"]')!.getAttribute('href')!;
    const [geoLat, geoLon] = /^geo:([\d.]+),([\d.]+)\?q=/.exec(geo)!.slice(1).map(Number);
    expect(geoLat).to.be.closeTo(osm.location.lat, 1e-6);
    expect(geoLon).to.be.closeTo(osm.location.lon, 1e-6);
    expect(decodeURIComponent(geo)).to.contain(`(${osm.name})`);

    // A place with a phone: one-tap call in international form, shown in Vietnamese grouping.
    const withPhone = all.find((p) => p.phone && p.openingHours)!;
    const phoneRow = parts(el, 'place').find((p) => p.dataset['id'] === withPhone.id)!;
    const digits = withPhone.phone!.replace(/\D/g, '');
    expect(phoneRow.querySelector<HTMLAnchorElement>('[part~="call"]')!.getAttribute('href')).to.equal(
      `tel:+84${digits.slice(1)}`,
    );
    expect(phoneRow.querySelector('[part~="call"]')!.getAttribute('aria-label')).to.equal(`Gọi ${withPhone.name}`);
    phoneRow.querySelector<HTMLButtonElement>('[part~="place-name"]')!.click();
    await el.updateComplete;
    expect(text(phoneRow.querySelector('[part~="phone"]'))).to.match(/^0\d{3} \d{3,4} \d{3}$/);
    expect(text(phoneRow.querySelector('[part~="credit"]'))).to.equal('Dữ liệu mẫu');
    const days = [...phoneRow.querySelectorAll('[part~="week"] li')];
    expect(days).to.have.length(7);
    expect(days.filter((d) => d.getAttribute('aria-current') === 'date')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('gives a share link that opens the place', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}"></shp-nearby-places>`,
    );
    await settled(el);
    const first = parts(el, 'place')[0]!;
    first.querySelector<HTMLButtonElement>('[part~="place-name"]')!.click();
    await el.updateComplete;
    const link = first.querySelector<HTMLAnchorElement>('[part~="share"]')!.href;
    expect(new URL(link).hash).to.equal(`#nearby-places.place=${first.dataset['id']}`);

    history.replaceState(null, '', new URL(link).hash);
    const selected = new Promise<ShpPlaceSelectEvent>((resolve) =>
      document.addEventListener('shp-place-select', (e) => resolve(e as ShpPlaceSelectEvent), { once: true }),
    );
    const opened = await fixture<ShpNearbyPlaces>('<shp-nearby-places></shp-nearby-places>');
    expect((await selected).detail.place.id).to.equal(first.dataset['id']);
    await waitFor(() => opened.shadowRoot!.querySelector('.shared [part~="details"]'), 'the shared place');
    expect(text(opened.shadowRoot!.querySelector('.shared .place-title'))).to.equal(
      text(first.querySelector('[part~="place-name"]')),
    );
    await expect(opened).to.be.accessible();
  });

  it('filters by the categories of the API', async () => {
    const tc = testClient();
    const el = await atCentreWithChips(tc);
    const { items: categories } = await api.places.categories();
    expect(parts(el, 'chip').map(text)).to.deep.equal(['Tất cả', ...categories.map((c) => c.name)]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-category="health"]')!.click();
    await waitFor(() => tc.requests.some((r) => new URL(r.url).searchParams.get('category') === 'health'), 'a query');
    await settled(el);
    const health = await apiPlaces(CENTRE, { category: 'health', limit: 20 });
    await waitFor(() => ids(el).join() === health.map((p) => p.id).join(), 'the health places');
    expect(el.shadowRoot!.querySelector('[data-category="health"]')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the radius and a category changed with the keyboard while the places load', async () => {
    const tc = testClient();
    const el = await atCentreWithChips(tc);
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLSelectElement | HTMLButtonElement>(selector);
    const loading = () => $('.results [aria-busy="true"]');
    for (const [selector, key] of [
      ['[part~="radius"]', 'ArrowDown'],
      ['[data-category="health"]', 'Enter'],
    ] as const) {
      const control = $(selector)!;
      const value = () => `${control.value}|${control.getAttribute('aria-pressed')}`;
      // Booleans, not elements: a failed comparison of elements serialises them.
      const focused = (when: string) => {
        expect($(selector) === control, `the same ${selector} ${when}`).to.equal(true);
        expect(el.shadowRoot!.activeElement === control, `focus on ${selector} ${when}`).to.equal(true);
        expect(document.activeElement === el, `focus in the widget ${when}`).to.equal(true);
      };
      control.focus();
      tc.setFault('slow:1500');
      const before = tc.requests.length;
      const initial = value();
      await sendKeys({ press: key });
      await waitFor(() => tc.requests.length > before && loading(), `${selector}: loading`);
      expect(value(), `${selector}: changed`).to.not.equal(initial);
      focused('while the places load');
      tc.setFault(undefined);
      await settled(el);
      focused('once the places are in');
      const first = value();
      await sendKeys({ press: key });
      expect(value(), `${selector}: a second key changes it again`).to.not.equal(first);
      await settled(el);
      focused('after the second change');
    }
  });

  it('pages with "Xem thêm", nearest first, and moves focus to the first new place', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" limit="5"></shp-nearby-places>`,
    );
    await settled(el);
    expect(ids(el)).to.have.length(5);
    part(el, 'more-button')!.click();
    await waitFor(() => ids(el).length === 10, 'the second page');
    const all = await apiPlaces(CENTRE, { limit: 10 });
    expect(ids(el)).to.deep.equal(all.map((p) => p.id));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'place-name')[5]);
  });

  it('opens details from the keyboard alone', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" limit="5"></shp-nearby-places>`,
    );
    await settled(el);
    parts(el, 'place-name')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(parts(el, 'place-name')[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'details')).not.to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.closest('[part~="details"], [part~="call"]')).not.to.equal(null);
  });

  it('shows the empty state with a wider-radius action', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${SPARSE.lat}" lon="${SPARSE.lon}"></shp-nearby-places>`,
    );
    await settled(el);
    expect(text(part(el, 'empty'))).to.equal('Không có địa điểm nào trong bán kính 2 km');
    await expect(el).to.be.accessible();
    const widen = part(el, 'widen-button')!;
    expect(text(widen)).to.equal('Mở rộng tới 5 km');
    widen.click();
    await waitFor(() => part(el, 'list'), 'the wider list');
    await settled(el);
    const wider = await apiPlaces(SPARSE, { radius: 5000, limit: 20 });
    expect(wider.length).to.be.above(0);
    expect(ids(el)).to.deep.equal(wider.map((p) => p.id));
    expect((part(el, 'radius') as HTMLSelectElement).value).to.equal('5000');
  });

  it('says so when none of the places loaded is open, in English too, and stays axe clean in dark', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${SPARSE.lat}" lon="${SPARSE.lon}" radius="5000" locale="en" theme="dark"></shp-nearby-places>`,
    );
    const at = new Date('2026-12-03T03:00:00+07:00'); // Thursday 03:00: only 24/7 places are open
    el.now = at;
    await settled(el);
    const all = await apiPlaces(SPARSE, { radius: 5000 });
    expect(ids(el)).to.deep.equal(all.map((p) => p.id));
    (part(el, 'open-now') as HTMLInputElement).click();
    await el.updateComplete;
    const open = all.filter((p) => openingHoursAt(p.openingHours, at).state === 'open');
    expect(ids(el)).to.deep.equal(open.map((p) => p.id));
    expect(open.map((p) => p.openingHours)).to.deep.equal(open.map(() => '24/7'));
    // Hours in a syntax the evaluator does not read ("T2-T7 07:00-17:00") are never "open".
    const unreadable = all.filter((p) => p.openingHours && openingHoursAt(p.openingHours, at).state === 'unknown');
    expect(unreadable.length).to.be.above(0);
    for (const p of unreadable) expect(ids(el)).not.to.include(p.id);

    // A category none of whose places is open then (here the health station with unreadable hours).
    const closedCategory = all.map((p) => p.categoryId).find((c) => !open.some((p) => p.categoryId === c));
    expect(closedCategory).to.be.a('string');
    await waitFor(() => el.shadowRoot!.querySelector(`[data-category="${closedCategory}"]`), 'the chips');
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-category="${closedCategory}"]`)!.click();
    await waitFor(
      () => text(part(el, 'empty')) === 'None of the places loaded is open now.',
      'the open-now empty state',
    );
    expect(part(el, 'list')).to.equal(null);
    expect(getComputedStyle(part(el, 'base')!).colorScheme).to.contain('dark');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state in English', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${SPARSE.lat}" lon="${SPARSE.lon}" locale="en"></shp-nearby-places>`,
    );
    await settled(el);
    expect(text(part(el, 'empty'))).to.equal('No places within 2 km');
    expect(text(part(el, 'widen-button'))).to.equal('Widen to 5 km');
    await expect(el).to.be.accessible();
  });

  it('shows the loading state, then an error with a working Retry', async () => {
    const tc = testClient();
    tc.setFault('slow:400');
    const el = fixtureSync<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}"></shp-nearby-places>`,
    );
    el.client = tc.client;
    await waitFor(() => el.shadowRoot?.querySelector('.results [part~="status"][aria-busy="true"]'), 'the skeleton');
    await expect(el).to.be.accessible();
    await settled(el);

    tc.setFault('503');
    el.radius = 1000;
    await waitFor(() => part(el, 'error'), 'the error');
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');
    await expect(el).to.be.accessible();
    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => !part(el, 'error') && part(el, 'list'), 'the list after retrying');
    expect(ids(el)).to.deep.equal((await apiPlaces(CENTRE, { radius: 1000, limit: 20 })).map((p) => p.id));
  });

  it('offline, shows the last results with their time', async () => {
    const tc = testClient();
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}"></shp-nearby-places>`,
    );
    el.client = tc.client;
    await settled(el);
    const before = ids(el);
    window.dispatchEvent(new Event('offline'));
    try {
      await el.updateComplete;
      expect(part(el, 'offline')).not.to.equal(null);
      expect(text(part(el, 'results-at'))).to.match(/^Kết quả lúc \d\d:\d\d/);
      // A new query fails without a network: the last results stay, with their time.
      tc.setFault('drop');
      el.radius = 5000;
      await waitFor(() => part(el, 'error'), 'the failed query');
      expect(ids(el)).to.deep.equal(before);
      expect(text(part(el, 'results-at'))).to.match(/^Kết quả lúc \d\d:\d\d/);
      await expect(el).to.be.accessible();
    } finally {
      tc.setFault(undefined);
      window.dispatchEvent(new Event('online'));
    }
  });

  it('speaks English', async () => {
    const el = await fixture<ShpNearbyPlaces>('<shp-nearby-places unit="binh-giang" locale="en"></shp-nearby-places>');
    await settled(el);
    expect(text(part(el, 'position'))).to.equal('Near the centre of Xã Bình Giang');
    expect(text(part(el, 'locate-button'))).to.equal('Use my location');
    expect(parts(el, 'distance').map(text)[0]).to.match(/^\d+ m away$/);
    await expect(el).to.be.accessible();
  });

  it('keeps the list below the map in map view, and drops the map in list view', async () => {
    const el = await fixture<ShpNearbyPlaces>(
      `<shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}" view="map"></shp-nearby-places>`,
    );
    await settled(el);
    // Below the map, or beside it in a wide container: never under it.
    const [list, map] = [part(el, 'list')!.getBoundingClientRect(), part(el, 'map')!.getBoundingClientRect()];
    expect(
      list.top >= map.bottom || list.left >= map.right,
      `list ${list.left},${list.top} map ${map.right},${map.bottom}`,
    ).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-view="list"]')!.click();
    await el.updateComplete;
    expect(part(el, 'map')).to.equal(null);
    expect(el.getAttribute('view')).to.equal('list');
    await expect(el).to.be.accessible();
  });

  it('fits 300 px without horizontal scrolling, details open', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 300px"><shp-nearby-places lat="${CENTRE.lat}" lon="${CENTRE.lon}"></shp-nearby-places></div>`,
    );
    const el = wrapper.querySelector('shp-nearby-places')!;
    await settled(el);
    parts(el, 'place-name')[0]!.click();
    await el.updateComplete;
    const base = part(el, 'base')!;
    expect(el.getBoundingClientRect().width).to.equal(300);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('measures the first list on screen after the position is known', async () => {
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const el = await fixture<ShpNearbyPlaces>('<shp-nearby-places></shp-nearby-places>');
      await el.updateComplete;
      const start = performance.now();
      el.lat = CENTRE.lat + run * 0.001; // a new point each time: no cached answer
      el.lon = CENTRE.lon;
      await waitFor(() => parts(el, 'place').length > 0, 'the first list');
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const median = samples[2]!;
    console.log(
      `shp-nearby-places: first list ${median.toFixed(0)} ms after the position is known (median of 5; in-page sandbox over MSW, Chromium)`,
    );
    expect(median).to.be.below(1000); // the goal is 300 ms on loopback; generous here for a loaded CI machine
  });
});
