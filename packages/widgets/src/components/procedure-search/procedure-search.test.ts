import { createClient, safeUrl, type ShpClient } from '@smart-haiphong/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startSandbox, testClient, waitFor as waitForBase } from '../../../test/sandbox.js';

/** Longer than the helper's default: the whole browser suite shares two loaded cores. */
const waitFor = (predicate: () => unknown, message?: string, timeout = 12_000) =>
  waitForBase(predicate, message, timeout);
import '../dossier-tracker/dossier-tracker.js';
import './procedure-search.js';
import '../nearby-places/nearby-places.js';
import type { ShpProcedureSearch } from './procedure-search.js';

const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const firstCode = (el: HTMLElement) => $(el, '[part~="item"] a')?.dataset['id'];
const count = (el: HTMLElement) => Number(/([\d.]+) thủ tục/.exec(text(part(el, 'count')))?.[1]?.replace(/\./g, ''));

/**
 * Real queries without tone marks, as citizens type them, and the procedure that must come first
 * (national codes of the Cổng Dịch vụ công quốc gia's catalogue).
 */
const QUERIES: [string, string][] = [
  ['dang ky khai sinh', '1.001193'], // Thủ tục đăng ký khai sinh
  ['dang ky ket hon', '1.000894'], // Thủ tục đăng ký kết hôn
  ['ket hon dang ky', '1.000894'], // words in any order
  ['khai tu', '1.000656'], // Thủ tục đăng ký khai tử
  ['chung thuc ban sao', '2.000815'], // Chứng thực bản sao từ bản chính…
  ['dang ky thanh lap ho kinh doanh', '1.001612'], // Đăng ký thành lập hộ kinh doanh
  ['cap ban sao trich luc ho tich', '2.000635'], // Cấp bản sao Trích lục hộ tịch…
  ['giam ho', '1.004837'], // Thủ tục đăng ký giám hộ
  ['xac nhan tinh trang hon nhan', '1.004873'], // Thủ tục cấp Giấy xác nhận tình trạng hôn nhân
  ['hoa giai tranh chap dat dai', '1.012812'], // Hòa giải tranh chấp đất đai
  ['thay doi cai chinh ho tich', '1.004859'], // Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch…
  ['dang ky thuong tru', '1.004222'], // Đăng ký thường trú
  ['1.001193', '1.001193'], // by code
];

let api: ShpClient;

before(async () => {
  await startSandbox();
  api = createClient({ baseUrl: `${location.origin}/` });
});

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

async function search(client: ShpClient = testClient().client, attrs = '', width = 0): Promise<ShpProcedureSearch> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="${width ? `width: ${width}px` : ''}"><shp-procedure-search ${attrs}></shp-procedure-search></div>`,
  );
  const el = wrapper.querySelector('shp-procedure-search')!;
  el.client = client;
  await el.updateComplete;
  await waitFor(() => part(el, 'count') ?? part(el, 'detail') ?? part(el, 'error'), 'the first results');
  return el;
}

/** Enters a query as pasted text (the keyboard path has its own test), then waits for its results. */
async function typeQuery(el: ShpProcedureSearch, q: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await waitFor(() => el.q === q && !part(el, 'status') && part(el, 'count'), `results for "${q}"`, 10_000);
}

describe('shp-procedure-search', function () {
  this.timeout(30_000); // a shared 2-core machine runs many suites at once
  it(`finds the expected procedure first for ${QUERIES.length} real queries without tone marks`, async function () {
    this.timeout(60_000); // many searches on a shared, loaded machine
    const el = await search();
    for (const [q, code] of QUERIES) {
      await typeQuery(el, q);
      expect(firstCode(el), q).to.equal(code);
    }
    await expect(el).to.be.accessible();
  });

  it('searches as the citizen types: debounced, the stale request aborted', async function () {
    this.timeout(30_000);
    const tc = testClient();
    const el = await search(tc.client);
    const before = tc.requests.length;
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    await sendKeys({ type: 'dang ky khai sinh' });
    await waitFor(() => el.q === 'dang ky khai sinh' && part(el, 'count') && !part(el, 'status'), 'results', 15_000);
    // One request for the whole word typed quickly, not one per key.
    const sent = tc.requests.slice(before).map((r) => new URL(r.url).searchParams.get('q'));
    expect(sent.length).to.be.lessThan(5);
    expect(sent.at(-1)).to.equal('dang ky khai sinh');
    expect(firstCode(el)).to.equal('1.001193');

    // A second change while the first request is in flight: the first one is aborted.
    tc.setFault('slow:400');
    el.q = 'khai tu';
    await el.updateComplete;
    const slow = tc.requests.at(-1)!;
    tc.setFault(undefined);
    el.q = 'giam ho';
    await waitFor(() => firstCode(el) === '1.004837' && !part(el, 'status'), 'the last query wins', 10_000);
    expect(slow.signal.aborted).to.equal(true);
  });

  it('filters narrow the count, with facet counts on each option', async () => {
    const el = await search(testClient().client, 'q="dang ky"');
    const all = count(el);
    expect(all).to.be.greaterThan(0);
    const field = $<HTMLSelectElement>(el, '#f-field')!;
    const hoTich = [...field.options].find((o) => o.value === 'ho-tich')!;
    const facetCount = Number(/\((\d+)\)/.exec(hoTich.text)![1]);
    field.value = 'ho-tich';
    field.dispatchEvent(new Event('change'));
    await waitFor(() => count(el) !== all && !part(el, 'status'), 'the filtered count');
    expect(count(el)).to.equal(facetCount).and.to.be.lessThan(all);

    const online = $<HTMLSelectElement>(el, '#f-online')!;
    const before = count(el);
    online.value = 'true';
    online.dispatchEvent(new Event('change'));
    await waitFor(() => count(el) !== before && !part(el, 'status'), 'online only');
    expect(count(el)).to.be.lessThan(before);
    const page = await api.procedures.search({ q: 'dang ky', field: 'ho-tich', online: true });
    expect(count(el)).to.equal(page.total);
    for (const link of $$(el, '[part~="item"]')) expect(text(link)).to.contain('Trực tuyến');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.filters .link')!.click();
    await waitFor(() => count(el) === all && !part(el, 'status'), 'filters cleared');
  });

  it('keeps focus on each filter changed with the keyboard while the results load', async function () {
    this.timeout(40_000);
    const tc = testClient();
    const el = await search(tc.client);
    const loaded = (what: string) => waitFor(() => !part(el, 'status') && part(el, 'count'), what);
    for (const id of ['f-field', 'f-subject', 'f-level', 'f-online']) {
      const select = $<HTMLSelectElement>(el, `#${id}`)!;
      // Booleans, not elements: a failed comparison of elements serialises them.
      const focused = (when: string) => {
        expect($(el, `#${id}`) === select, `the same #${id} ${when}`).to.equal(true);
        expect(el.shadowRoot!.activeElement === select, `focus on #${id} ${when}`).to.equal(true);
        expect(document.activeElement === el, `focus in the widget ${when}`).to.equal(true);
      };
      select.focus();
      tc.setFault('slow:1000');
      await sendKeys({ press: 'ArrowDown' });
      const first = select.value;
      expect(first, `#${id}: an option chosen`).to.not.equal('');
      await waitFor(() => part(el, 'status')?.getAttribute('aria-busy') === 'true', `#${id}: loading`);
      focused('while the results load');
      tc.setFault(undefined);
      await loaded(`#${id}: the results`);
      focused('once the results are in');
      await sendKeys({ press: 'ArrowDown' });
      expect(select.value, `#${id}: a second ArrowDown moves on`).to.not.equal(first);
      await loaded(`#${id}: the results of the second change`);
      focused('after the second change');
    }
  });

  it('pages with "Xem thêm", moving focus to the first new result', async () => {
    const el = await search(testClient().client, 'q="ho tich" page-size="5"');
    expect($$(el, '[part~="item"]')).to.have.length(5);
    part(el, 'more-button')!.click();
    await waitFor(() => $$(el, '[part~="item"]').length === 10, 'the second page');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~="item"] a')[5]);
    expect(text(part(el, 'count'))).to.match(/Đang hiện 10\/\d+ thủ tục/);
    expect(text(part(el, 'credit'))).to.contain('Cổng Dịch vụ công quốc gia');
  });

  it('a new search while "Xem thêm" loads drops that page: the old results never join the new ones', async () => {
    const tc = testClient();
    const el = await search(tc.client, 'q="ho tich" page-size="5"');
    tc.setFault('slow:1500');
    part(el, 'more-button')!.click();
    await waitFor(() => part(el, 'more-button')?.getAttribute('aria-busy') === 'true', 'the slow next page');
    tc.setFault(undefined);
    el.q = 'khai tu';
    await waitFor(() => firstCode(el) === '1.000656', 'the new search');
    await new Promise((resolve) => setTimeout(resolve, 1800)); // the slow page would have landed by now
    expect($$(el, '[part~="item"]').length).to.be.at.most(5);
    expect(tc.requests.find((r) => r.url.includes('cursor='))!.signal.aborted).to.equal(true);
  });

  it('keeps focus on "Xem thêm" pressed with Enter while the next page loads (aria-disabled, not disabled)', async () => {
    const el = await search(testClient().client, 'q="ho tich" page-size="5"');
    const more = part(el, 'more-button') as HTMLButtonElement;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // During the load: the button is still the focused element, marked busy, never disabled.
    if (more.getAttribute('aria-busy') === 'true') {
      expect(more.disabled).to.equal(false);
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(more);
      expect(document.activeElement).to.equal(el);
    }
    await waitFor(() => $$(el, '[part~="item"]').length === 10, 'the second page');
    expect(el.shadowRoot!.activeElement).to.not.equal(null);
    expect(document.activeElement).to.equal(el);
  });

  it('names its search landmark, unique next to <shp-nearby-places> (axe landmark-unique)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <shp-procedure-search></shp-procedure-search><shp-nearby-places unit="binh-giang"></shp-nearby-places>
      </div>`,
    );
    const [ps, np] = [page.children[0] as HTMLElement, page.children[1] as HTMLElement];
    await waitFor(() => ps.shadowRoot?.querySelector('[role="search"]'), 'procedure search form');
    await waitFor(() => np.shadowRoot?.querySelector('[role="search"]'), 'nearby search form');
    expect(ps.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Tìm thủ tục');
    expect(np.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Tìm địa điểm');
    await expect(page).to.be.accessible({ ignoredRules: [] } as never);
  });

  it('shows a procedure: steps, papers with quantities, fee and time per channel, results, legal basis, links', async () => {
    const p = await api.procedures.get('1.001193');
    history.replaceState(null, '', '#procedure-search.id=1.001193');
    const el = await fixture<ShpProcedureSearch>(html`<shp-procedure-search sync-url></shp-procedure-search>`);
    const tracker = await fixture(html`<shp-dossier-tracker hide-mine></shp-dossier-tracker>`);
    el.requestUpdate();
    await waitFor(() => part(el, 'detail'), 'the detail');
    const detail = part(el, 'detail')!;
    expect(text(detail.querySelector('.detail-title'))).to.equal(p.name);
    expect(detail.querySelectorAll('.steps li')).to.have.length(p.steps.length);
    const paper = p.requiredPapers.flatMap((g) => g.papers).find((x) => x.original + x.copies > 0)!;
    expect(text(detail)).to.contain(paper.name);
    expect(text(detail)).to.contain(`${paper.original} bản chính, ${paper.copies} bản sao`);
    for (const c of p.channels) {
      expect(text(detail)).to.contain(c.name);
      if (c.fee) expect(text(detail)).to.contain(c.fee.text);
    }
    for (const r of p.results) expect(text(detail)).to.contain(r.name);
    for (const l of p.legalBasis) expect(text(detail)).to.contain(l.code);
    expect(part(el, 'submit-online')!.getAttribute('href')).to.equal(safeUrl(p.portalUrl));
    expect(text(part(el, 'credit'))).to.contain(p.source.credit);
    await expect(el).to.be.accessible();

    // "Tra cứu hồ sơ" takes the citizen to the tracker's code field.
    [...el.shadowRoot!.querySelectorAll('a')].find((a) => text(a) === 'Tra cứu hồ sơ')!.click();
    expect(tracker.shadowRoot!.activeElement?.id).to.equal('code');

    // Back to the results, focus on the procedure that was open.
    $<HTMLButtonElement>(el, '.back')!.click();
    await waitFor(() => part(el, 'count'), 'the results');
    expect(location.hash).not.to.contain('procedure-search.id');
  });

  it('Back after opening a procedure returns to the list, focus on it; typing adds no history entry', async function () {
    this.timeout(30_000);
    const el = await search(testClient().client, 'sync-url');
    const outside = await fixture<HTMLButtonElement>(html`<button type="button">elsewhere</button>`);
    const start = history.length;
    $(el, '#q')!.focus();
    await sendKeys({ type: 'khai sinh' });
    await waitFor(() => el.q === 'khai sinh' && part(el, 'count') && !part(el, 'status'), 'results', 15_000);
    expect(location.hash).to.equal('#procedure-search.q=khai%20sinh');
    expect(history.length, 'no entry per keystroke').to.equal(start);

    const id = firstCode(el)!;
    $(el, `[data-id="${id}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await waitFor(() => focused()?.classList.contains('detail-title'), 'the detail, focused');
    expect(location.hash).to.equal(`#procedure-search.q=khai%20sinh&procedure-search.id=${id}`);
    expect(history.length, 'opening is a step back').to.equal(start + 1);

    history.back();
    await waitFor(() => part(el, 'count') && focused()?.dataset['id'] === id, 'the list, focus on the opened item');
    expect(location.hash).to.equal('#procedure-search.q=khai%20sinh');
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('khai sinh');

    history.forward();
    await waitFor(() => focused()?.classList.contains('detail-title'), 'forward: the detail heading');

    // Focus elsewhere on the page stays there.
    outside.focus();
    history.back();
    await waitFor(() => part(el, 'count'), 'the list');
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
  });

  it('prints the detail alone (A4, no controls)', async () => {
    const el = await search(testClient().client, 'procedure="1.000894"');
    await waitFor(() => part(el, 'detail'), 'the detail');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="print"></iframe>`);
    let printed = false;
    frame.contentWindow!.print = () => void (printed = true);
    const p = await api.procedures.get('1.000894');
    el.print(p, frame.contentWindow);
    await waitFor(() => printed, 'print()');
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('button, input, select')).to.have.length(0);
    expect(doc.body.textContent).to.contain(p.name);
    expect(doc.head.textContent).to.contain('size: A4');
  });

  it('shows the empty state, the error with Retry, and the offline banner', async () => {
    const tc = testClient();
    const el = await search(tc.client);
    await typeQuery(el, 'zzzz qqqq xxxx');
    expect(text(part(el, 'empty'))).to.contain('Không tìm thấy thủ tục phù hợp');
    await expect(el).to.be.accessible();

    tc.setFault('503');
    await typeQuery(el, 'khai sinh').catch(() => undefined);
    await waitFor(() => part(el, 'error'), 'the error');
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');
    await expect(el).to.be.accessible();
    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => firstCode(el) === '1.001193', 'results after Retry');

    window.dispatchEvent(new Event('offline'));
    try {
      await el.updateComplete;
      expect(part(el, 'offline')).not.to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });

  it('fits 300 px without horizontal scrolling, and speaks English', async () => {
    const el = await search(testClient({ locale: 'en' }).client, 'locale="en" q="dang ky ket hon"', 300);
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(text(part(el, 'count'))).to.match(/procedures?$/);
    expect(text($(el, 'label[for=q]'))).to.equal('Search procedures');
    expect(text(part(el, 'credit'))).to.contain('National Public Service Portal');
    await expect(el).to.be.accessible();
  });
});
