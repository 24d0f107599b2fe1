import { createClient, type FeedbackSummary } from '@smart-haiphong/sdk';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startSandbox, testClient, waitFor, type TestClient } from '../../../test/sandbox.js';
import { expectBusyKeepsFocus } from '../../../test/busy.js';
import type { ShpFeedbackMapPickEvent } from '../../events/index.js';
import './feedback-map.js';
import { mapViewModule, type ShpFeedbackMap } from './feedback-map.js';
import { monthsAgo } from './parts/filters.js';

const parts = (el: HTMLElement, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const part = (el: HTMLElement, name: string): HTMLElement | null => parts(el, name)[0] ?? null;
const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const api = () => createClient({ baseUrl: `${location.origin}/`, retry: false });

// Every resource the page requests from now on (an observer: the timeline buffer holds
// only 250 entries, and this page loads more modules than that).
const requested: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name))).observe({
  type: 'resource',
});
// The element's hook for loading its map half: counts the calls.
let viewLoads = 0;
const loadView = mapViewModule.load;
mapViewModule.load = () => {
  viewLoads++;
  return loadView();
};

/** Requests for the map engine's modules (maplibre-gl itself, and the element's lazy map half). */
const mapRequests = () => requested.filter((name) => name.includes('maplibre') || name.includes('marker-map.view'));

const listReady = (el: ShpFeedbackMap) =>
  waitFor(() => parts(el, 'item').length > 0 || part(el, 'empty') || part(el, 'error'), 'the list', 10_000);

/** The map is drawn (polling: the load event may be over already) and its first markers are in. */
/**
 * A map element on the page that uses `tc`'s client from the start: the client is set
 * before the element connects, so no request goes out with the page's default client.
 */
async function mapFixture(markup: string, tc: TestClient): Promise<ShpFeedbackMap> {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const el = document.importNode(template.content.firstElementChild!, true) as ShpFeedbackMap;
  el.client = tc.client;
  return fixture<ShpFeedbackMap>(html`${el}`);
}

async function mapReady(el: ShpFeedbackMap, markers = true): Promise<void> {
  await waitFor(() => el.map?.loaded(), 'the map to load', 20_000);
  if (markers) {
    await waitFor(() => parts(el, 'cluster').length + parts(el, 'pin').length > 0, 'markers on the map', 10_000);
  }
}

/** Waits until the map has stopped moving and no cluster or list request is pending. */
async function settled(el: ShpFeedbackMap, tc: { requests: Request[] }): Promise<void> {
  let count = -1;
  await waitFor(
    () => {
      const stable = tc.requests.length === count && !el.map?.isMoving() && el.map?.loaded();
      count = tc.requests.length;
      return stable && !part(el, 'list')?.getAttribute('aria-busy')?.includes('true');
    },
    'the map to settle',
    10_000,
  );
  await new Promise((r) => setTimeout(r, 400)); // longer than the pan debounce
  await waitFor(() => tc.requests.length === count || ((count = tc.requests.length), false), 'no new request', 5000);
}

const clusterRequests = (tc: { requests: Request[] }) =>
  tc.requests.filter((r) => r.url.includes('/v1/feedback/clusters'));

before(async () => {
  await startSandbox();
});

describe('shp-feedback-map', function () {
  // A WebGL map in SwiftShader on two cores takes seconds to start.
  this.timeout(40_000);

  // First in the file: nothing has loaded maplibre on this page yet.
  it('does not request the map engine before it is scrolled into view', async () => {
    expect(mapRequests()).to.deep.equal([]);
    const wrapper = await fixture<HTMLDivElement>(
      '<div><div style="height: 3000px">above the fold</div><shp-feedback-map style="display:block; width: 600px"></shp-feedback-map></div>',
    );
    const el = wrapper.querySelector('shp-feedback-map')!;
    await listReady(el);
    // The list works before the map: the page has not scrolled there yet.
    expect(parts(el, 'item').length).to.be.greaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(mapRequests()).to.deep.equal([]);
    expect(viewLoads).to.equal(0);
    expect(el.map).to.equal(undefined);

    el.scrollIntoView();
    await mapReady(el);
    expect(viewLoads).to.equal(1);
    expect(
      mapRequests().some((name) => /maplibre-gl(-dev)?\.m?js/.test(name)),
      mapRequests().join(),
    ).to.equal(true);
    // maplibre's CSS went into the shadow root.
    const css = el.shadowRoot!.adoptedStyleSheets.some((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('.maplibregl-map')),
    );
    expect(css).to.equal(true);
  });

  it('draws clusters with counts from the API for the view, on the offline basemap, with attribution', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 800px"></shp-feedback-map>', tc);
    await mapReady(el);
    await settled(el, tc);

    const last = clusterRequests(tc).at(-1)!;
    const url = new URL(last.url);
    expect(url.searchParams.get('bbox')).to.match(/^[\d.-]+,[\d.-]+,[\d.-]+,[\d.-]+$/);
    expect(Number(url.searchParams.get('zoom'))).to.equal(Math.floor(el.map!.getZoom()));
    const answer = (await (await fetch(last.url)).json()) as {
      items: { kind: string; count?: number }[];
      total: number;
    };
    const clusters = parts(el, 'cluster');
    expect(clusters.length).to.equal(answer.items.filter((i) => i.kind === 'cluster').length);
    expect(clusters.length).to.be.greaterThan(0);
    const drawn = clusters.reduce((sum, c) => sum + Number(text(c).replace(/\D/g, '')), 0) + parts(el, 'pin').length;
    expect(drawn).to.equal(answer.total);
    expect(clusters[0]!.getAttribute('aria-label')).to.match(/^\d+ phản ánh/);

    // The land is drawn from the sandbox's local GeoJSON, and credited.
    expect(el.map!.getSource('land')).not.to.equal(undefined);
    await waitFor(() => el.map!.querySourceFeatures('land').length > 0, 'the land features', 10_000);
    await waitFor(
      () => text(el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')).includes('OpenStreetMap'),
      'attribution',
    );
    // Counts never need glyphs: no symbol layers.
    expect(el.map!.getStyle().layers.filter((l) => l.type === 'symbol')).to.deep.equal([]);
    // The canvas is focusable and labelled for keyboard panning.
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('tabindex')).to.equal('0');
    expect(canvas.getAttribute('aria-label')).to.contain('phím mũi tên');
  });

  it('zooms in when a cluster is clicked, and with Enter; caches views it has seen', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 800px"></shp-feedback-map>', tc);
    await mapReady(el);
    await settled(el, tc);
    const zoom0 = el.map!.getZoom();
    const center0 = el.map!.getCenter();
    parts(el, 'cluster')[0]!.click();
    await waitFor(() => el.map!.getZoom() > zoom0 + 0.9, 'the map to zoom in after a click');
    await settled(el, tc);

    const zoom1 = el.map!.getZoom();
    const cluster = parts(el, 'cluster')[0];
    if (cluster) {
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => el.map!.getZoom() > zoom1 + 0.9, 'the map to zoom in after Enter');
      await settled(el, tc);
    }

    // Back to the first view: answered from the cache, no new clusters request.
    const sent = clusterRequests(tc).length;
    el.map!.jumpTo({ center: center0, zoom: zoom0 });
    await settled(el, tc);
    expect(clusterRequests(tc).length).to.equal(sent);
    expect(parts(el, 'cluster').length).to.be.greaterThan(0);
  });

  it('debounces panning and aborts a stale request', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 600px"></shp-feedback-map>', tc);
    await mapReady(el);
    await settled(el, tc);
    const before = clusterRequests(tc).length;
    // Five quick pans: one request, after the citizen stops.
    for (let i = 1; i <= 5; i++) {
      el.map!.panBy([60, 0], { duration: 0 });
      await new Promise((r) => setTimeout(r, 20));
    }
    await settled(el, tc);
    expect(clusterRequests(tc).length - before).to.equal(1);

    // A slow answer overtaken by a new view is aborted.
    tc.setFault('slow:3000');
    el.map!.jumpTo({ center: [106.3, 20.95], zoom: 12 });
    await waitFor(() => clusterRequests(tc).length === before + 2, 'the slow request');
    tc.setFault(undefined);
    el.map!.jumpTo({ center: [106.9, 20.75], zoom: 12 });
    await waitFor(() => clusterRequests(tc).length === before + 3, 'the next request');
    expect(clusterRequests(tc)[before + 1]!.signal.aborted).to.equal(true);
  });

  it('changes what the map and the list show when a filter changes', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 800px"></shp-feedback-map>', tc);
    await mapReady(el);
    await settled(el, tc);
    const totalBefore = Number(new URL(clusterRequests(tc).at(-1)!.url).searchParams.get('zoom'));
    expect(totalBefore).to.be.a('number');
    const drawnBefore =
      parts(el, 'cluster').reduce((s, c) => s + Number(text(c).replace(/\D/g, '')), 0) + parts(el, 'pin').length;
    const statuses = new Set(parts(el, 'item').map((i) => text(i.querySelector('.status-badge'))));
    expect(statuses.size).to.be.greaterThan(1);

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="status"]')!;
    select.value = 'resolved';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(
      () => new URL(clusterRequests(tc).at(-1)!.url).searchParams.get('status') === 'resolved',
      'a filtered request',
    );
    await settled(el, tc);
    const drawnAfter =
      parts(el, 'cluster').reduce((s, c) => s + Number(text(c).replace(/\D/g, '')), 0) + parts(el, 'pin').length;
    expect(drawnAfter).to.be.lessThan(drawnBefore);
    expect(drawnAfter).to.be.greaterThan(0);
    const after = new Set(parts(el, 'item').map((i) => text(i.querySelector('.status-badge'))));
    expect([...after]).to.deep.equal(['Đã xử lý']);
    // Resolved reports are drawn distinctly (hollow, marked), not by colour alone.
    expect(parts(el, 'item').every((i) => i.classList.contains('closed'))).to.equal(true);
    for (const pin of parts(el, 'pin')) expect(pin.classList.contains('closed')).to.equal(true);
  });

  it('defaults to the last six months, and the date filter reaches the API', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map unit="kien-an"></shp-feedback-map>', tc);
    await listReady(el);
    const from = new URL(tc.requests.find((r) => r.url.includes('/v1/feedback?'))!.url).searchParams.get('from')!;
    const days = (Date.now() - Date.parse(from)) / 86_400_000;
    expect(days).to.be.within(179, 186);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="from"]')!.value).to.equal(from);
  });

  it('lets the keyboard reach every report of the view through the list, announcing the count', async () => {
    const tc = testClient();
    const el = await mapFixture(
      '<shp-feedback-map unit="kien-an" from="" style="display:block; width: 800px"></shp-feedback-map>',
      tc,
    );
    await mapReady(el);
    await settled(el, tc);

    const expected: string[] = [];
    for await (const item of api().feedback.list({ unit: 'kien-an', limit: 100 }) as AsyncIterable<FeedbackSummary>)
      expected.push(item.id);
    expect(expected.length).to.be.greaterThan(20); // more than one page

    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(text(live)).to.equal(`${expected.length} phản ánh trong khung nhìn`);

    const reached = new Set<string>();
    parts(el, 'item')[0]!.focus();
    for (let i = 0; i < 200; i++) {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) break;
      if (active.getAttribute('part') === 'item') reached.add(active.dataset['id']!);
      if (active.getAttribute('part')?.includes('load-more')) {
        await sendKeys({ press: 'Enter' });
        await waitFor(
          () => (el.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('part') === 'item',
          'focus on the new items',
        );
        continue;
      }
      if (reached.size === expected.length) break;
      await sendKeys({ press: 'Tab' });
    }
    expect([...reached].sort()).to.deep.equal([...expected].sort());

    // Enter on an item opens its panel; Escape brings focus back to the item.
    const item = parts(el, 'item')[3]!;
    item.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'panel')?.querySelector('.panel-title'), 'the panel');
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('panel-title'), 'focus on the title');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === item.dataset['id'], 'focus back');
    await expect(el).to.be.accessible();
  });

  it('keeps focus on "Xem thêm" pressed with Enter and Space while the next page loads (aria-disabled, sent once)', async () => {
    const tc = testClient();
    const el = await mapFixture(
      '<shp-feedback-map unit="kien-an" from="" style="display:block; width: 800px"></shp-feedback-map>',
      tc,
    );
    await mapReady(el);
    await settled(el, tc);
    const listRequests = () => tc.requests.filter((r) => new URL(r.url).pathname === '/v1/feedback');
    const shown = parts(el, 'item').length;
    const before = listRequests().length;
    const more = part(el, 'load-more') as HTMLButtonElement;
    more.focus();
    tc.setFault('slow:1500'); // the next page takes long enough to be seen busy
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'list')!.getAttribute('aria-busy') === 'true', 'the list busy');
    await el.updateComplete;
    tc.setFault(undefined);
    await expectBusyKeepsFocus(el, more); // and pressed again while busy: ignored, the page is asked for once
    await waitFor(() => parts(el, 'item').length > shown, 'the next page');
    expect(listRequests().length - before).to.equal(1);
    expect(listRequests().at(-1)!.signal.aborted).to.equal(false);
    // Then focus is on the first new report, inside the widget.
    await waitFor(() => el.shadowRoot!.activeElement === parts(el, 'item')[shown], 'focus on the first new report');
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
  });

  it('shows a report with its timeline, answer and photos; the photo viewer closes with Escape', async () => {
    let report: FeedbackSummary | undefined;
    for await (const item of api().feedback.list({
      status: 'resolved',
      limit: 100,
    }) as AsyncIterable<FeedbackSummary>) {
      if (item.photoCount > 0 && item.answered) {
        report = item;
        break;
      }
    }
    expect(report, 'a sample report with photos and an answer').not.to.equal(undefined);
    const el = await fixture<ShpFeedbackMap>(
      '<shp-feedback-map style="display:block; width: 800px"></shp-feedback-map>',
    );
    await listReady(el);
    await el.openReport(report!.id);
    const panel = part(el, 'panel')!;
    const full = await api().feedback.get(report!.id);
    expect(text(panel.querySelector('.panel-title'))).to.equal(full.title);
    expect(text(panel)).to.contain(full.content.replace(/\s+/g, ' ').trim().slice(0, 40));
    expect(text(panel)).to.contain(full.answer!.agency);
    const category = (await api().feedback.categories()).items.find((c) => c.id === full.categoryId)!;
    expect(text(panel)).to.contain(category.name);
    const commune = await api().units.get(full.unitCode);
    expect(text(panel)).to.contain(commune.name);
    expect(panel.querySelectorAll('.timeline li').length).to.equal(full.timeline.length);
    const imgs = [...panel.querySelectorAll('img')];
    expect(imgs.length).to.equal(full.photos.length);
    expect(imgs.every((i) => i.loading === 'lazy')).to.equal(true);
    const share = panel.querySelector<HTMLAnchorElement>('.share a')!;
    expect(share.href).to.contain(`feedback-map.report=${full.id}`);
    await expect(el).to.be.accessible();

    const photo = panel.querySelector<HTMLButtonElement>('.photo')!;
    photo.focus();
    await sendKeys({ press: 'Enter' });
    const viewer = part(el, 'viewer') as HTMLDialogElement;
    await waitFor(() => viewer.open, 'the viewer');
    expect(viewer.querySelector('img')!.getAttribute('src')).to.equal(full.photos[0]!.url);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !viewer.open, 'the viewer to close');
    await waitFor(() => el.shadowRoot!.activeElement === panel.querySelector('.photo'), 'focus back on the photo');
  });

  it('dispatches shp-feedback-map-pick with the map centre and the nearest commune', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 600px"></shp-feedback-map>', tc);
    await mapReady(el, false);
    await waitFor(() => part(el, 'pick-button'), 'the pick button');
    el.map!.jumpTo({ center: [106.6444, 20.8245], zoom: 14 }); // Kiến An
    part(el, 'pick-button')!.click();
    await el.updateComplete;
    const event = oneEvent(el, 'shp-feedback-map-pick') as Promise<ShpFeedbackMapPickEvent>;
    part(el, 'pick-centre-button')!.click();
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail.lat).to.be.closeTo(20.8245, 0.0001);
    expect(detail.lon).to.be.closeTo(106.6444, 0.0001);
    const kienAn = await api().units.get('kien-an');
    expect(detail.unitCode).to.equal(kienAn.code);
  });

  it('uses its unit for picks, and frames the unit', async () => {
    const el = await fixture<ShpFeedbackMap>(
      '<shp-feedback-map unit="binh-giang" style="display:block; width: 600px"></shp-feedback-map>',
    );
    await mapReady(el, false);
    const unit = await api().units.get('binh-giang');
    const c = el.map!.getCenter();
    expect(c.lng).to.be.within(unit.bbox[0], unit.bbox[2]);
    expect(c.lat).to.be.within(unit.bbox[1], unit.bbox[3]);
    await waitFor(() => part(el, 'pick-button'), 'the pick button');
    part(el, 'pick-button')!.click();
    await el.updateComplete;
    const event = oneEvent(el, 'shp-feedback-map-pick') as Promise<ShpFeedbackMapPickEvent>;
    // A click on the map picks that point.
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const box = canvas.getBoundingClientRect();
    el.map!.fire('click', {
      lngLat: el.map!.unproject([box.width / 2, box.height / 2]),
      point: { x: 0, y: 0 },
      originalEvent: new MouseEvent('click'),
    } as never);
    const { detail } = await event;
    expect(detail.unitCode).to.equal('10966');
  });

  it('uses the map-style attribute, and falls back to the offline basemap when that style cannot be reached', async () => {
    const el = await fixture<ShpFeedbackMap>(
      `<shp-feedback-map map-style="${location.origin}/no-such-style.json" style="display:block; width: 400px"></shp-feedback-map>`,
    );
    await waitFor(() => el.map, 'the map', 20_000);
    await waitFor(() => el.map!.isStyleLoaded() && el.map!.getSource('land'), 'the offline style', 20_000);
    await mapReady(el);
  });

  it('reframes the map and reloads the list when the unit changes', async () => {
    const el = await fixture<ShpFeedbackMap>(
      '<shp-feedback-map unit="binh-giang" from="" style="display:block; width: 600px"></shp-feedback-map>',
    );
    await mapReady(el, false);
    await listReady(el);
    const kienAn = await api().units.get('kien-an');
    el.unit = 'kien-an';
    await waitFor(() => {
      const c = el.map!.getCenter();
      return c.lng > kienAn.bbox[0] && c.lng < kienAn.bbox[2] && c.lat > kienAn.bbox[1] && c.lat < kienAn.bbox[3];
    }, 'the map on Kiến An');
    await waitFor(
      () => parts(el, 'item').length > 0 && parts(el, 'item').every((i) => text(i).includes(kienAn.name)),
      'the list of Kiến An',
      10_000,
    );
  });

  it('shows the empty state when no report matches', async () => {
    const el = await fixture<ShpFeedbackMap>('<shp-feedback-map unit="bach-long-vi"></shp-feedback-map>');
    await listReady(el);
    expect(text(part(el, 'empty'))).to.equal('Không có phản ánh nào phù hợp với bộ lọc trong khung nhìn này.');
  });

  it('shows an error with Retry when the API fails, and recovers', async () => {
    const tc = testClient();
    tc.setFault('503');
    const el = await mapFixture('<shp-feedback-map></shp-feedback-map>', tc);
    await waitFor(() => part(el, 'error'), 'the error state');
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');
    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => parts(el, 'item').length > 0, 'the list after retrying', 10_000);
    expect(part(el, 'error')).to.equal(null);
  });

  it('keeps the view, filters and open report in the URL hash with sync-url', async () => {
    const saved = location.hash;
    try {
      const { items } = await api().feedback.list({ status: 'pending', limit: 1 });
      history.replaceState(
        null,
        '',
        `#noi-dung&feedback-map.map=13.00/20.82450/106.64440&feedback-map.status=pending&feedback-map.report=${items[0]!.id}&news.article=42`,
      );
      const el = await fixture<ShpFeedbackMap>(
        '<shp-feedback-map sync-url style="display:block; width: 600px"></shp-feedback-map>',
      );
      await mapReady(el, false);
      expect(el.map!.getZoom()).to.be.closeTo(13, 0.01);
      expect(el.status).to.equal('pending');
      await waitFor(() => part(el, 'panel')?.querySelector('.panel-title'), 'the report from the hash');
      expect(text(part(el, 'panel')!.querySelector('.panel-title'))).to.equal(items[0]!.title);
      el.map!.jumpTo({ center: [106.68, 20.86], zoom: 12 });
      await waitFor(
        () => location.hash.includes('feedback-map.map=12.00/20.86000/106.68000'),
        'the hash to follow the map',
      );
      expect(location.hash).to.contain('feedback-map.status=pending');
      // The page's own fragment and another widget's keys are kept.
      expect(location.hash.startsWith('#noi-dung&')).to.equal(true);
      expect(location.hash).to.contain('news.article=42');
    } finally {
      history.replaceState(null, '', saved || location.pathname);
    }
  });

  it('with sync-url, opening a report is a history entry: Back closes it with focus on its item, Forward opens it again', async () => {
    const saved = location.hash;
    try {
      history.replaceState(null, '', '#noi-dung');
      const tc = testClient();
      const el = await mapFixture(
        '<shp-feedback-map sync-url unit="kien-an" from="" style="display:block; width: 800px"></shp-feedback-map>',
        tc,
      );
      await mapReady(el);
      await settled(el, tc);
      const start = history.length;
      const item = parts(el, 'item')[2]!;
      const id = item.dataset['id']!;
      item.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('panel-title'), 'the report, focused');
      expect(location.hash).to.contain(`feedback-map.report=${id}`);
      expect(history.length).to.equal(start + 1);

      history.back();
      await waitFor(() => !part(el, 'panel')?.querySelector('.panel-title'), 'Back: the panel closed');
      await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === id, 'focus back on the item');
      expect(location.hash).not.to.contain('feedback-map.report');
      expect(location.hash.startsWith('#noi-dung&')).to.equal(true);

      history.forward();
      await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('panel-title'), 'Forward: the report again');
    } finally {
      history.replaceState(null, '', saved || location.pathname);
    }
  });

  it('with sync-url, Back with the photo viewer open closes the report and the viewer, focus on its item', async () => {
    const saved = location.hash;
    try {
      history.replaceState(null, '', '#noi-dung');
      const tc = testClient();
      const el = await mapFixture(
        '<shp-feedback-map sync-url unit="kien-an" from="" style="display:block; width: 360px"></shp-feedback-map>',
        tc,
      );
      await listReady(el);
      const { items } = await api().feedback.list({ unit: 'kien-an', limit: 100 });
      const withPhotos = new Set(items.filter((i) => i.photoCount > 0).map((i) => i.id));
      const item = parts(el, 'item').find((i) => withPhotos.has(i.dataset['id']!));
      expect(item, 'a report with photos in the list').not.to.equal(undefined);
      const id = item!.dataset['id']!;
      const start = history.length;
      item!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('panel-title'), 'the report, focused');
      expect(history.length).to.equal(start + 1);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.photo')!.focus();
      await sendKeys({ press: 'Enter' });
      const viewer = part(el, 'viewer') as HTMLDialogElement;
      await waitFor(() => viewer.open && viewer.querySelector('img'), 'the viewer');

      history.back();
      await waitFor(() => !part(el, 'panel'), 'Back: the panel closed');
      await waitFor(() => !viewer.open, 'Back: the viewer closed');
      expect(el.shadowRoot!.querySelectorAll('dialog[open]').length, 'open dialogs').to.equal(0);
      await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === id, 'focus back on the item');
      expect(document.activeElement === el, 'focus in the widget').to.equal(true);
      expect(location.hash).not.to.contain('feedback-map.report');
      // Nothing left inert: Tab moves on from the item, inside the widget.
      await sendKeys({ press: 'Tab' });
      expect(
        document.activeElement === el && el.shadowRoot!.activeElement !== null,
        'Tab: still in the widget',
      ).to.equal(true);
    } finally {
      history.replaceState(null, '', saved || location.pathname + location.search);
    }
  });

  it('with sync-url, drops a bad or stale filter of the hash: the map shows reports and never sends it', async () => {
    const saved = location.hash;
    const category = (await api().feedback.categories()).items[0]!.id;
    // The hash's keys; the bad values among them; what the controls show (and so the requests send).
    const cases: [hash: string, bad: Record<string, string>, shown: Record<string, string>][] = [
      ['category=da-xoa', { category: 'da-xoa' }, { category: '' }],
      [`status=abc&feedback-map.category=${category}`, { status: 'abc' }, { status: '', category }],
      ['from=2026-13-01', { from: '2026-13-01' }, { from: monthsAgo(6) }],
      ['from=2025-02-30', { from: '2025-02-30' }, { from: monthsAgo(6) }],
      [
        'status=resolved&feedback-map.from=2025-03-01&feedback-map.to=2024-06-01',
        { to: '2024-06-01' },
        { status: 'resolved', from: '2025-03-01', to: '' },
      ],
    ];
    try {
      for (const [hash, bad, shown] of cases) {
        history.replaceState(null, '', `#noi-dung&feedback-map.${hash}`);
        const start = history.length;
        const tc = testClient();
        const el = await mapFixture(
          '<shp-feedback-map sync-url style="display:block; width: 600px"></shp-feedback-map>',
          tc,
        );
        await listReady(el);
        expect(text(part(el, 'error')), `${hash}: no error state`).to.equal('');
        expect(parts(el, 'item').length, `${hash}: reports in the list`).to.be.greaterThan(0);
        const sent = tc.requests.filter((r) => /\/v1\/feedback(\?|\/clusters)/.test(r.url));
        expect(sent.length, `${hash}: requests`).to.be.greaterThan(0);
        for (const [name, value] of Object.entries(shown)) {
          const control = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
          expect(control.value, `${hash}: the ${name} control`).to.equal(value);
          // The select and the request agree.
          for (const r of sent)
            expect(new URL(r.url).searchParams.get(name) ?? '', `${hash}: ${name} sent`).to.equal(value);
        }
        for (const [name, value] of Object.entries(bad))
          expect(
            sent.some((r) => new URL(r.url).searchParams.get(name) === value),
            `${hash}: ${name}=${value} sent`,
          ).to.equal(false);
        // The hash says what the map shows: the bad value is gone, in the same history entry.
        for (const [key, value] of Object.entries(bad))
          expect(location.hash).not.to.contain(`feedback-map.${key}=${value}`);
        expect(location.hash.startsWith('#noi-dung')).to.equal(true);
        expect(history.length).to.equal(start);
        el.remove();
      }
    } finally {
      history.replaceState(null, '', saved || location.pathname + location.search);
    }
  });

  it('pans and zooms with the keyboard from its focusable canvas', async () => {
    const el = await fixture<ShpFeedbackMap>(
      '<shp-feedback-map style="display:block; width: 600px"></shp-feedback-map>',
    );
    await mapReady(el, false);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    canvas.focus();
    const { lng } = el.map!.getCenter();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => el.map!.getCenter().lng > lng + 1e-4, 'the map to pan east');
    const zoom = el.map!.getZoom();
    await sendKeys({ press: '=' });
    await waitFor(() => el.map!.getZoom() > zoom + 0.5, 'the map to zoom in');
  });

  it('works in English in a 300 px sidebar', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div style="width: 300px"><shp-feedback-map locale="en"></shp-feedback-map></div>',
    );
    const el = wrapper.querySelector('shp-feedback-map')!;
    await mapReady(el, false);
    await listReady(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(300);
    expect(el.shadowRoot!.querySelector('canvas')!.getBoundingClientRect().width).to.be.at.most(300);
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>(
      '[part~="item"], [part~="filters"], [part~="legend"]',
    )) {
      expect(node.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    }
    expect(text(el.shadowRoot!.querySelector('.section-title'))).to.contain('Reports in the map view');
    await expect(el).to.be.accessible();
  });
});

describe('shp-feedback-map on a hostile host page', () => {
  it('keeps its controls under a page header with z-index 1 (its own stacking context)', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <header style="position: fixed; left: 0; right: 0; z-index: 1; background: #c00">Portal header</header>
        <shp-feedback-map style="display:block; width: 600px"></shp-feedback-map>
      </div>`,
    );
    const el = page.querySelector('shp-feedback-map')!;
    await mapReady(el, false);
    const zoom = el.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-zoom-in')!;
    const box = zoom.getBoundingClientRect();
    // The header scrolled over the map's top, as a sticky header does.
    const header = page.querySelector('header')!;
    header.style.top = `${box.top - 4}px`;
    header.style.height = `${box.height + 8}px`;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit).to.equal(header);
  });

  it('takes the heading level the page gives it, so the outline stays in order', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <h1>Xã Bình Giang</h1>
        <h2>Phản ánh</h2>
        <shp-feedback-map heading-level="3" style="display:block; width: 600px"></shp-feedback-map>
      </div>`,
    );
    const el = page.querySelector('shp-feedback-map')!;
    await listReady(el);
    const title = el.shadowRoot!.querySelector('.section-title')!;
    expect(title.localName).to.equal('h3');
    // The heading says what the list is, once; the count is beside it, not in it.
    expect(text(title)).to.equal('Danh sách phản ánh trong khung nhìn');
    expect(text(el.shadowRoot!.querySelector('.list-count'))).to.match(/^\d+ phản ánh trong khung nhìn$/);
    await expect(el).to.be.accessible();
  });
});

/** `YYYY-MM-DD` today in Vietnam (the API's dates). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
/** Pixels from the north edge of a sandbox cluster cell (128 px at the API zoom) to a latitude's row. */
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const latOfMercY = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

describe('shp-feedback-map, as citizens found it (issue 8)', function () {
  this.timeout(60_000);

  it('#12 marks a report without an exact point as approximate on the map, in the list and in the panel, under a cluster', async () => {
    // A unit and a zoom where the unit's anchor sits 2–6 px below a cluster cell's north
    // edge: two exact reports 4 px beyond that edge make a cluster right above the
    // approximate report's marker, which (drawn later) hid its count.
    const units = (await api().units.list()).items;
    const day = today();
    let found: { unit: (typeof units)[number]; zoom: number; offset: number } | undefined;
    for (const unit of units) {
      for (let zoom = 12; zoom <= 16 && !found; zoom++) {
        const px = mercY(unit.centroid.lat) * 512 * 2 ** zoom;
        const offset = px % 128;
        if (offset < 2 || offset > 6) continue;
        const { items } = await api().feedback.list({ unit: unit.code, status: 'pending', from: day, limit: 1 });
        if (items.length === 0) found = { unit, zoom, offset };
      }
      if (found) break;
    }
    expect(found, 'a unit with no report today and an anchor near a cell edge').not.to.equal(undefined);
    const { unit, zoom, offset } = found!;
    const q = {
      lat: latOfMercY((mercY(unit.centroid.lat) * 512 * 2 ** zoom - offset - 4) / (512 * 2 ** zoom)),
      lon: unit.centroid.lon,
    };
    const send = (title: string, location: { lat: number; lon: number }) =>
      api().feedback.submit({
        categoryId: 'duong-hu-hong',
        title,
        content: 'Dữ liệu mẫu cho kiểm thử bản đồ phản ánh.',
        location,
        unit: unit.code,
        photoIds: [],
        public: true,
      });
    // What the form sends when the citizen gives only the commune: its anchor point.
    const approximate = await send('Ổ gà trên đường liên xã (không rõ vị trí)', unit.centroid);
    await send('Cống thoát nước bị tắc trước nhà văn hóa thôn', q);
    await send('Cống thoát nước bị tắc, nước tràn ra đường', q);

    const tc = testClient();
    const el = await mapFixture(
      `<shp-feedback-map unit="${unit.code}" status="pending" from="${day}" style="display:block; width: 800px"></shp-feedback-map>`,
      tc,
    );
    await mapReady(el, false);
    el.map!.jumpTo({ center: [unit.centroid.lon, unit.centroid.lat], zoom });
    await settled(el, tc);
    const pin = part(el, 'approximate');
    expect(pin, 'the approximate report on the map').not.to.equal(null);
    expect(pin!.dataset['id']).to.equal(approximate.id);
    expect(pin!.getAttribute('aria-label')).to.contain('vị trí gần đúng');
    expect(parts(el, 'pin').filter((p) => p.classList.contains('approximate'))).to.have.length(1);
    const cluster = parts(el, 'cluster')[0]!;
    expect(text(cluster)).to.equal('2');
    // The cluster's count is on top where the two overlap.
    const box = cluster.getBoundingClientRect();
    const pinBox = pin!.getBoundingClientRect();
    expect(pinBox.bottom > box.top && pinBox.top < box.bottom, 'the markers overlap').to.equal(true);
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit?.closest('[part~="cluster"]') === cluster, `the count on top, not ${hit?.className}`).to.equal(true);

    // In the list: only the approximate report says so.
    await waitFor(() => parts(el, 'item').length === 3, 'the three reports in the list');
    const tagged = parts(el, 'item').filter((i) => text(i).includes('Vị trí gần đúng'));
    expect(tagged.map((i) => i.dataset['id'])).to.deep.equal([approximate.id]);
    // In the panel.
    tagged[0]!.click();
    await waitFor(() => part(el, 'panel')?.querySelector('.panel-title'), 'the panel');
    expect(text(part(el, 'panel'))).to.contain(`Vị trí gần đúng Phản ánh không có vị trí chính xác`);
    expect(text(part(el, 'panel'))).to.contain(unit.name);
  });

  it('#13 Escape closes the report panel wherever focus is in the widget', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 800px"></shp-feedback-map>', tc);
    await mapReady(el, false);
    await listReady(el);
    const item = parts(el, 'item')[1]!;
    item.click();
    await waitFor(() => part(el, 'panel')?.querySelector('.panel-title'), 'the panel');
    // Focus on a filter, outside the panel.
    el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="category"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => part(el, 'panel') === null, 'the panel to close from the filters');
    await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === item.dataset['id'], 'focus back');

    // And from the map's canvas.
    parts(el, 'item')[0]!.click();
    await waitFor(() => part(el, 'panel')?.querySelector('.panel-title'), 'the panel again');
    el.shadowRoot!.querySelector('canvas')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => part(el, 'panel') === null, 'the panel to close from the map');
  });

  it('#14 keeps the credits to an info button on a narrow map, and out of the way in pick mode', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div style="width: 360px"><shp-feedback-map></shp-feedback-map></div>',
    );
    const el = wrapper.querySelector('shp-feedback-map')!;
    await mapReady(el, false);
    const map = el.shadowRoot!.querySelector<HTMLElement>('[part~="map"]')!;
    const credits = el.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib')!;
    await waitFor(() => text(credits).includes('OpenStreetMap'), 'the credits');
    await new Promise((r) => setTimeout(r, 300));
    const share = (node: HTMLElement) => {
      const a = node.getBoundingClientRect();
      const m = map.getBoundingClientRect();
      return (a.width * a.height) / (m.width * m.height);
    };
    expect(share(credits), 'credits collapsed').to.be.below(0.02);
    expect(getComputedStyle(credits.querySelector('.maplibregl-ctrl-attrib-inner')!).display).to.equal('none');

    // The citizen opens them, then starts picking: the map is theirs to tap again.
    credits.querySelector('summary')!.click();
    await waitFor(() => share(credits) > 0.02, 'the credits open');
    part(el, 'pick-button')!.click();
    await el.updateComplete;
    await waitFor(() => share(credits) < 0.02, 'the credits collapsed in pick mode');
    const crosshair = el.shadowRoot!.querySelector('.crosshair')!.getBoundingClientRect();
    const c = credits.getBoundingClientRect();
    const overlaps =
      c.left < crosshair.right && c.right > crosshair.left && c.top < crosshair.bottom && c.bottom > crosshair.top;
    expect(overlaps).to.equal(false);
  });

  it('#15 draws a neutral background outside the basemap, and sea only inside it', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 600px"></shp-feedback-map>', tc);
    await mapReady(el, false);
    const map = el.map!;
    map.jumpTo({ center: [106.55, 20.8], zoom: 7 });
    await waitFor(() => map.loaded() && map.querySourceFeatures('sea').length > 0, 'the sea drawn', 10_000);
    await waitFor(() => !map.isMoving() && map.loaded(), 'the map idle');
    const at = (lon: number, lat: number) =>
      map.queryRenderedFeatures(map.project([lon, lat]), { layers: ['sea', 'land'] }).map((f) => f.layer.id);
    // West of the basemap's clip (105.9°E): not sea, not land.
    expect(at(105.5, 20.9)).to.deep.equal([]);
    // The Gulf of Tonkin inside the clip: sea.
    expect(at(107.0, 20.5)).to.deep.equal(['sea']);
    expect(map.getPaintProperty('background', 'background-color')).not.to.equal('#cfe3f3');
  });

  it('#16 speaks the page language in every MapLibre string', async () => {
    for (const [locale, expected] of [
      ['vi', { toggle: 'Hiện hoặc ẩn nguồn dữ liệu bản đồ', zoomIn: 'Phóng to', label: 'Bản đồ phản ánh' }],
      ['en', { toggle: 'Show or hide the map credits', zoomIn: 'Zoom in', label: 'Feedback map' }],
    ] as const) {
      const el = await fixture<ShpFeedbackMap>(
        `<shp-feedback-map locale="${locale}" style="display:block; width: 360px"></shp-feedback-map>`,
      );
      await mapReady(el, false);
      const root = el.shadowRoot!.querySelector('.maplibregl-map')!;
      const summary = root.querySelector('.maplibregl-ctrl-attrib summary')!;
      expect(summary.getAttribute('aria-label')).to.equal(expected.toggle);
      expect(summary.getAttribute('title')).to.equal(expected.toggle);
      expect(root.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.equal(expected.zoomIn);
      expect(root.querySelector('canvas')!.getAttribute('aria-label')).to.contain(expected.label);
      if (locale === 'vi') {
        // None of MapLibre's English defaults is left anywhere a citizen can see or hear.
        const said = [...root.querySelectorAll('*')].flatMap((n) => [
          n.getAttribute('aria-label'),
          n.getAttribute('title'),
        ]);
        for (const english of ['Toggle attribution', 'Map', 'Zoom in', 'Zoom out', 'Map marker', 'Map feedback']) {
          expect(said).not.to.include(english);
        }
      }
      el.remove();
    }
  });

  it('#19 draws cluster bubbles and the legend in the page primary colour', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div style="--shp-color-primary: rgb(170, 0, 85)"><shp-feedback-map style="display:block; width: 800px"></shp-feedback-map></div>',
    );
    const el = wrapper.querySelector('shp-feedback-map')!;
    await mapReady(el);
    await waitFor(() => parts(el, 'cluster').length > 0, 'clusters');
    expect(getComputedStyle(parts(el, 'cluster')[0]!).backgroundColor).to.equal('rgb(170, 0, 85)');
    const sample = el.shadowRoot!.querySelector<HTMLElement>('[part~="legend"] .cluster-sample')!;
    expect(getComputedStyle(sample).backgroundColor).to.equal('rgb(170, 0, 85)');
  });

  it('#8 moves focus where the citizen continues after "Phản ánh tại đây" and "Chọn tâm bản đồ", and says so', async () => {
    const tc = testClient();
    const el = await mapFixture('<shp-feedback-map style="display:block; width: 600px"></shp-feedback-map>', tc);
    await mapReady(el, false);
    await waitFor(() => part(el, 'pick-button'), 'the pick button');
    const live = () => text(el.shadowRoot!.querySelector('[aria-live="polite"]'));
    part(el, 'pick-button')!.focus();
    await sendKeys({ press: 'Enter' });
    // On the map, to move it by keyboard, with the way to pick announced.
    await waitFor(() => el.shadowRoot!.activeElement?.localName === 'canvas', 'focus on the map');
    expect(live()).to.contain('chọn tâm bản đồ');
    // Panning reloads the list; its count does not drown the hint.
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el, tc);
    await waitFor(() => part(el, 'list')?.getAttribute('aria-busy') === 'false', 'the list of the new view');
    expect(live()).to.contain('chọn tâm bản đồ');
    // Enter on the canvas picks its centre.
    const event = oneEvent(el, 'shp-feedback-map-pick') as Promise<ShpFeedbackMapPickEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    const c = el.map!.getCenter();
    expect(detail.lat).to.be.closeTo(c.lat, 0.0001);
    await waitFor(
      () => el.shadowRoot!.activeElement?.getAttribute('part') === 'pick-button',
      'focus back on the button',
    );
    expect(live()).to.match(/^Đã chọn vị trí/);

    // With the button: focus does not fall to the page's body.
    part(el, 'pick-button')!.click();
    await el.updateComplete;
    part(el, 'pick-centre-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'pick-button', 'focus after the pick');
    expect(document.activeElement).to.equal(el);
  });
});
