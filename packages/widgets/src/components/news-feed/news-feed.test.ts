import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { createClient, type NewsSummary } from '@smart-haiphong/sdk';
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { startSandbox, testClient, waitFor } from '../../../test/sandbox.js';
import type { ShpNewsOpenEvent } from '../../events/index.js';
import './news-feed.js';
import type { ShpNewsFeed } from './news-feed.js';
import { XSS_VECTORS } from './xss-vectors.test-fixture.js';
import { recordScripts } from './xss-harness.test-fixture.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string): HTMLElement | null =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (el: Element | null): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const titles = (el: HTMLElement) => parts(el, 'item-link').map((a) => text(a));
const settled = (el: ShpNewsFeed) =>
  waitFor(() => part(el, 'item') ?? part(el, 'error') ?? part(el, 'empty'), 'a settled state', 8000);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const api = createClient({ baseUrl: `${location.origin}/`, retry: false });

// Feeds served by the test (through the page's MSW worker), each with real-world quirks.
const RSS = `\uFEFF
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>  Cổng TTĐT xã Mẫu&nbsp;(dữ liệu mẫu) </title>
  <link>https://xa-mau.example/</link>
  <item>
    <title>
      Thông báo lịch cắt điện &amp;amp; cấp nước
    </title>
    <link>
      /tin-tuc/cat-dien.html
    </link>
    <guid isPermaLink="false">tin-1</guid>
    <pubDate>Mon, 30 Nov 2026 08:00:00 +0700</pubDate>
    <description><![CDATA[<p>Điện&nbsp;cắt từ <b>8 giờ</b>.</p><img src="/anh/dien.jpg" alt="Trạm biến áp"><script>top.__xss('rss')</script>]]></description>
  </item>
  <item>
    <title>Tiêm chủng mở rộng tại trạm y tế</title>
    <link>https://xa-mau.example/tin-tuc/tiem-chung.html</link>
    <pubDate>Fri, 27 Nov 2026 15:30:00 GMT</pubDate>
    <description>&lt;p&gt;Lịch tiêm &lt;a href="/lich.pdf"&gt;tại đây&lt;/a&gt;.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Tiêm chủng mở rộng tại trạm y tế</title>
    <link>https://xa-mau.example/tin-tuc/tiem-chung.html</link>
    <pubDate>Fri, 27 Nov 2026 15:30:00 GMT</pubDate>
    <description>Bản trùng lặp</description>
  </item>
  <item>
    <title>Tin không có ngày đăng</title>
    <link>https://xa-mau.example/tin-tuc/khong-ngay.html</link>
    <description>Không có pubDate.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://phuong-mau.example/">
  <title type="html">Phường Mẫu &lt;em&gt;(dữ liệu mẫu)&lt;/em&gt;</title>
  <link href="/"/>
  <id>urn:phuong-mau</id>
  <updated>2026-11-29T10:00:00+07:00</updated>
  <entry>
    <title>  Họp dân   khu phố 3 </title>
    <link rel="alternate" type="text/html" href="tin/hop-dan"/>
    <id>urn:tin:hop-dan</id>
    <published>2026-11-29T09:00:00+07:00</published>
    <summary type="html">&lt;p&gt;Mời bà con dự họp.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Lịch <b>thu gom rác</b></div></title>
    <link href="https://phuong-mau.example/tin/rac"/>
    <id>urn:tin:rac</id>
    <updated>2026-11-20T07:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Thứ Hai, Thứ Năm.</p></div></content>
  </entry>
</feed>`;

const NOT_XML = '<!doctype html><html><body><p>Trang chủ <b>không phải RSS</p></body></html>';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every bypass vector as a feed item's title, description and image URL. */
const HOSTILE_RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Nguồn thử</title>${XSS_VECTORS.map(
  (v, i) =>
    `<item><title>${escapeXml(v)}</title><link>https://xa-mau.example/x/${i}</link><guid>x-${i}</guid>` +
    `<pubDate>Mon, 30 Nov 2026 0${i % 10}:00:00 +0700</pubDate><description>${escapeXml(v)}</description>` +
    `<enclosure url="javascript:top.__xss('enc${i}')" type="image/jpeg"/></item>`,
).join('')}</channel></rss>`;

// A benign browser notice when the virtualizer measures items (see the virtualizer's README).
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

before(async () => {
  const worker = await startSandbox();
  const xml = (body: string, type = 'application/rss+xml') =>
    new HttpResponse(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
  worker.use(
    http.get('*/test-feeds/rss.xml', () => xml(RSS)),
    http.get('*/test-feeds/atom.xml', () => xml(ATOM, 'application/atom+xml')),
    http.get('*/test-feeds/not-xml', () => xml(NOT_XML, 'text/html')),
    http.get('*/test-feeds/hostile.xml', () => xml(HOSTILE_RSS)),
  );
});

afterEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
  window.scrollTo(0, 0);
});

describe('shp-news-feed: the list', () => {
  it('shows the newest items first: title, summary, lazy image with its box, category, commune, date', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
    await waitFor(() => part(el, 'item'), 'items', 8000);
    const { items } = await api.news.list({ limit: 20 });
    const first = items[0]!;
    expect(titles(el)[0]).to.equal(first.title);
    const item = parts(el, 'item')[0]!;
    expect(text(item.querySelector('[part~="summary"]'))).to.equal(first.summary);
    const img = item.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal(String(first.imageWidth));
    expect(img.getAttribute('height')).to.equal(String(first.imageHeight));
    expect(img.getAttribute('alt')).to.equal(first.imageAlt);
    // The box is reserved before the image loads: its height follows the ratio.
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * first.imageHeight!) / first.imageWidth!, 2);
    const meta = text(item.querySelector('[part~="meta"]'));
    expect(meta).to.contain(first.categoryName);
    // The three newest sample items are a few hours old: relative wording.
    expect(meta).to.match(/(giờ|phút|giây) trước|bây giờ/);
    const dates = parts(el, 'item').map((a) => a.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    // Older items read as a date in Hải Phòng time.
    const old = items.find((i) => Date.now() - Date.parse(i.publishedAt) > 2 * 86400_000);
    if (old) {
      const expected = new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(old.publishedAt));
      await waitFor(() => root(el).querySelector(`[data-key="${old.id}"]`), 'the older item');
      expect(text(root(el).querySelector(`[data-key="${old.id}"] time`))).to.equal(expected);
    }
    expect(part(el, 'list')!.getAttribute('role')).to.equal('feed');
    await expect(el).to.be.accessible();
  });

  it('names the commune of a commune-scoped list (unit) and speaks English', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed unit="binh-giang" locale="en"></shp-news-feed>');
    await settled(el);
    const { items } = await api.news.list({ unit: 'binh-giang', limit: 20 });
    expect(items.length).to.be.greaterThan(0);
    expect(titles(el)[0]).to.equal(items[0]!.title);
    expect(text(part(el, 'meta'))).to.contain('Xã Bình Giang');
    expect(text(root(el).querySelector('label'))).to.equal('Category');
    expect(text(root(el).querySelector('option'))).to.equal('All categories');
  });

  it('filters by category from the API, utility topics included', async () => {
    const tc = testClient();
    const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
    el.client = tc.client;
    await settled(el);
    const select = part(el, 'filter') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.value);
    for (const id of ['dien', 'nuoc', 'y-te', 'giao-duc', 'du-lich']) expect(options).to.include(id);
    select.value = 'y-te';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => tc.requests.some((r) => new URL(r.url).searchParams.get('category') === 'y-te'), 'the request');
    const { items } = await api.news.list({ category: 'y-te', limit: 20 });
    await waitFor(() => titles(el)[0] === items[0]!.title, 'the filtered list');
    const shown = parts(el, 'item').map((i) => text(i.querySelector('.category')));
    expect(new Set(shown)).to.deep.equal(new Set([items[0]!.categoryName]));
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the category filter changed with the keyboard while the list loads', async () => {
    const tc = testClient();
    const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
    el.client = tc.client;
    await settled(el);
    const select = part(el, 'filter') as HTMLSelectElement;
    // Booleans, not elements: a failed comparison of elements serialises them.
    const focused = (when: string) => {
      expect(part(el, 'filter') === select, `the same <select> ${when}`).to.equal(true);
      expect(root(el).activeElement === select, `focus on the filter ${when}`).to.equal(true);
      expect(document.activeElement === el, `focus in the widget ${when}`).to.equal(true);
    };
    select.focus();
    tc.setFault('slow:1500');
    await sendKeys({ press: 'ArrowDown' });
    const first = select.value;
    expect(first, 'a category chosen').to.not.equal('');
    await waitFor(() => el.category === first && part(el, 'status')?.getAttribute('aria-busy') === 'true', 'loading');
    expect(part(el, 'item'), 'the old list gone while loading').to.equal(null);
    focused('while the list loads');
    tc.setFault(undefined);
    await waitFor(() => (part(el, 'item') ?? part(el, 'empty')) && !part(el, 'status'), 'the filtered list', 8000);
    focused('once the list is in');
    await sendKeys({ press: 'ArrowDown' });
    expect(select.value, 'a second ArrowDown moves on').to.not.equal(first);
    await waitFor(() => el.category === select.value, 'the second category');
    focused('after the second change');
  });

  it('"Xem thêm" loads the next page and moves focus to its first item', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="5" style="display:block"></shp-news-feed>');
    await settled(el);
    const all: NewsSummary[] = [];
    for await (const item of api.news.list({ limit: 5 })) {
      all.push(item);
      if (all.length === 100) break;
    }
    expect(titles(el).slice(0, 5)).to.deep.equal(all.slice(0, 5).map((a) => a.title));
    const more = part(el, 'more-button') as HTMLButtonElement;
    expect(text(more)).to.match(/^(Xem thêm|Đang tải thêm tin…)$/);
    // Scrolling may be loading a page already: the first item after what the list held at
    // the press takes focus, once it arrives.
    let before = -1;
    more.addEventListener('click', () => (before = el.itemCount), { capture: true, once: true });
    more.focus();
    more.click();
    await waitFor(() => before >= 0 && root(el).activeElement?.id === `item-${before}`, 'focus on the first new item');
    expect(text(root(el).activeElement)).to.equal(all[before]!.title);
  });

  it('loads more when scrolled near the end', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="5"></shp-news-feed>');
    await settled(el);
    window.scrollTo(0, document.scrollingElement!.scrollHeight);
    await waitFor(
      () => root(el).querySelector('[data-key]:nth-last-child(1)') && el.shadowRoot!.querySelector('#item-7'),
      'a second page',
      8000,
    );
  });
});

describe('shp-news-feed: the article', () => {
  it('opens an article from the list, sanitised, and goes back to the same place and item', async () => {
    const opened: ShpNewsOpenEvent[] = [];
    const hits = recordScripts();
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="20" sync-url></shp-news-feed>');
    el.addEventListener('shp-news-open', (e) => opened.push(e));
    await settled(el);
    // Scroll some way down, then open the item there.
    const target = parts(el, 'item')[6]!;
    target.scrollIntoView({ block: 'center' });
    await frame();
    const scrollY = window.scrollY;
    expect(scrollY).to.be.greaterThan(0);
    const key = target.dataset['key']!;
    const link = target.querySelector<HTMLAnchorElement>('[part~="item-link"]')!;
    expect(link.getAttribute('href')).to.contain(`news-feed.article=${key}`);
    link.click();
    await waitFor(() => part(el, 'body')?.dataset['for'] === key, 'the article', 8000);
    const article = await api.news.get(key);
    expect(text(root(el).querySelector('#article-title'))).to.equal(article.title);
    expect(root(el).activeElement?.id).to.equal('article-title');
    expect(location.hash).to.equal(`#news-feed.article=${key}`);
    expect(opened.map((e) => e.detail)).to.deep.equal([{ id: key, url: article.url, source: 'api' }]);
    expect(text(part(el, 'credits'))).to.contain(article.source);
    expect(part(el, 'share-link')!.getAttribute('href')).to.equal(
      `${location.href.split('#')[0]}#news-feed.article=${key}`,
    );
    const body = part(el, 'body')!;
    expect(body.querySelector('script, iframe, [onerror], [onclick], [style]')).to.equal(null);
    for (const img of body.querySelectorAll('img')) {
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.hasAttribute('alt')).to.equal(true);
    }
    for (const a of body.querySelectorAll('a[href]')) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(part(el, 'list')!.closest('[hidden]')).not.to.equal(null);
    await expect(el).to.be.accessible();

    part(el, 'back-button')!.click();
    await waitFor(() => root(el).activeElement?.closest('[data-key]')?.getAttribute('data-key') === key, 'focus back');
    expect(window.scrollY).to.be.closeTo(scrollY, 2);
    expect(location.hash).to.equal('');
    expect(hits).to.deep.equal([]);
  });

  it('with sync-url, opening an article is a history entry: Back shows the list with focus on its item, Forward the article', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="20" sync-url></shp-news-feed>');
    await settled(el);
    const start = history.length;
    const target = parts(el, 'item')[3]!;
    const key = target.dataset['key']!;
    target.querySelector<HTMLAnchorElement>('[part~="item-link"]')!.click();
    await waitFor(() => part(el, 'body')?.dataset['for'] === key, 'the article', 8000);
    expect(history.length).to.equal(start + 1);

    history.back();
    await waitFor(() => root(el).activeElement?.closest('[data-key]')?.getAttribute('data-key') === key, 'focus back');
    expect(part(el, 'list')!.closest('[hidden]')).to.equal(null);
    expect(location.hash).to.equal('');

    history.forward();
    await waitFor(() => root(el).activeElement?.id === 'article-title', 'the article, its heading focused', 8000);
    expect(location.hash).to.equal(`#news-feed.article=${key}`);
  });

  it('with sync-url, Back to an entry without a category shows all categories again, and leaves that entry as it was', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="20" sync-url></shp-news-feed>');
    await settled(el);
    const target = parts(el, 'item')[2]!;
    const key = target.dataset['key']!;
    target.querySelector<HTMLAnchorElement>('[part~="item-link"]')!.click();
    await waitFor(() => part(el, 'body')?.dataset['for'] === key, 'the article', 8000);
    part(el, 'back-button')!.click(); // a step of its own
    await waitFor(() => part(el, 'list')!.closest('[hidden]') === null, 'the list');
    const select = part(el, 'filter') as HTMLSelectElement;
    select.value = select.options[2]!.value;
    select.dispatchEvent(new Event('change'));
    await waitFor(
      () => location.hash === `#news-feed.category=${select.options[2]!.value}`,
      'the category in the hash',
    );

    history.back(); // to the article, which had no category
    await waitFor(() => part(el, 'body')?.dataset['for'] === key, 'the article again', 8000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.category).to.equal('');
    expect(location.hash).to.equal(`#news-feed.article=${key}`);
  });

  it('works with the keyboard alone: filter, open with Enter, back with Enter, "Xem thêm"', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="5"></shp-news-feed>');
    await settled(el);
    // Tab from the page reaches the filter first, then the first title.
    const select = part(el, 'filter') as HTMLSelectElement;
    select.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('item-0');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('item-1');
    const key = root(el).activeElement!.closest<HTMLElement>('[data-key]')!.dataset['key']!;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'body')?.dataset['for'] === key, 'the article');
    expect(root(el).activeElement?.id).to.equal('article-title');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Shift+Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('back-button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).activeElement?.id === 'item-1', 'focus back on the title');
    // "Xem thêm" by keyboard: the next page's first item takes focus.
    const more = part(el, 'more-button') as HTMLButtonElement;
    let before = -1;
    more.addEventListener('click', () => (before = el.itemCount), { capture: true, once: true });
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => before >= 0 && root(el).activeElement?.id === `item-${before}`, 'focus on the next page');
  });

  it('a shared link opens the article (sync-url), keeping the page fragment', async () => {
    const { items } = await api.news.list({ limit: 30 });
    const target = items[25]!;
    history.replaceState(null, '', `#noi-dung&tin.article=${target.id}`);
    const opened = new Promise<ShpNewsOpenEvent>((resolve) =>
      document.addEventListener('shp-news-open', resolve as EventListener, { once: true }),
    );
    const el = await fixture<ShpNewsFeed>('<shp-news-feed id="tin" sync-url></shp-news-feed>');
    const event = await opened;
    expect(event.detail.id).to.equal(target.id);
    await waitFor(() => part(el, 'body')?.dataset['for'] === target.id, 'the article');
    expect(text(root(el).querySelector('#article-title'))).to.equal(target.title);
    part(el, 'back-button')!.click();
    await waitFor(() => !part(el, 'article') && part(el, 'item'), 'the list');
    expect(location.hash).to.equal('#noi-dung');
  });

  it('shows an error with retry for an article that fails', async () => {
    const tc = testClient();
    const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
    el.client = tc.client;
    await settled(el);
    tc.setFault('503');
    parts(el, 'item-link')[0]!.click();
    await waitFor(() => part(el, 'article')?.querySelector('[part~="error"]'), 'the article error');
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');
    await expect(el).to.be.accessible();
    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => part(el, 'body')?.dataset['for'], 'the article after retrying');
  });
});

describe('shp-news-feed: states', () => {
  it('loading, then error with retry', async () => {
    const tc = testClient();
    tc.setFault('slow:1500');
    const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
    el.client = tc.client;
    await el.updateComplete;
    // Loading: a skeleton announced as busy, nothing else.
    expect(part(el, 'status')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'item')).to.equal(null);
    await expect(el).to.be.accessible();
    tc.setFault('503');
    el.category = 'dien'; // a new request, which fails
    await waitFor(() => part(el, 'error'), 'the error', 8000);
    await expect(el).to.be.accessible();
    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => part(el, 'item'), 'items after retrying');
  });

  it('empty: a feed with no items', async () => {
    const worker = await startSandbox();
    worker.use(
      http.get('*/test-feeds/empty.xml', () =>
        HttpResponse.text('<rss version="2.0"><channel><title>Trống</title></channel></rss>'),
      ),
    );
    const el = await fixture<ShpNewsFeed>('<shp-news-feed feed-only feed-url="/test-feeds/empty.xml"></shp-news-feed>');
    await settled(el);
    expect(text(part(el, 'empty'))).to.equal('Chưa có tin tức.');
    await expect(el).to.be.accessible();
  });

  it('offline: the last loaded items stay, with the time they were loaded', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
    await settled(el);
    window.dispatchEvent(new Event('offline'));
    try {
      await el.updateComplete;
      expect(part(el, 'offline')).not.to.equal(null);
      expect(part(el, 'item')).not.to.equal(null);
      expect(text(part(el, 'notice'))).to.match(/^Tin đã tải lúc \d\d:\d\d/);
      expect((part(el, 'more-button') as HTMLButtonElement).disabled).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });

  it('fits 300 px without horizontal scroll, in the list and the article', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div style="width: 300px"><shp-news-feed></shp-news-feed></div>');
    const el = wrapper.querySelector('shp-news-feed')!;
    await settled(el);
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    parts(el, 'item-link')[0]!.click();
    await waitFor(() => part(el, 'body')?.dataset['for'], 'the article');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });
});

describe('shp-news-feed: feed-url', () => {
  it('reads an RSS feed with quirks: titles, links, dates, duplicates, missing dates', async () => {
    const el = await fixture<ShpNewsFeed>('<shp-news-feed feed-only feed-url="/test-feeds/rss.xml"></shp-news-feed>');
    await settled(el);
    expect(titles(el)).to.deep.equal([
      'Thông báo lịch cắt điện & cấp nước',
      'Tiêm chủng mở rộng tại trạm y tế',
      'Tin không có ngày đăng',
    ]);
    const items = parts(el, 'item');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-30T01:00:00.000Z');
    expect(items[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-27T15:30:00.000Z');
    expect(text(items[2]!.querySelector('time'))).to.equal('');
    expect(items[0]!.querySelector('img')!.getAttribute('src')).to.equal(`${location.origin}/anh/dien.jpg`);
    expect(text(items[0]!.querySelector('[part~="summary"]'))).to.equal('Điện cắt từ 8 giờ.');
    expect(text(items[0]!.querySelector('[part~="meta"]'))).to.contain('Cổng TTĐT xã Mẫu (dữ liệu mẫu)');
    // Open: the sanitised description, relative links resolved against the feed, the original link.
    parts(el, 'item-link')[1]!.click();
    await waitFor(() => part(el, 'body')?.dataset['for'], 'the feed article');
    expect(part(el, 'body')!.querySelector('a')!.getAttribute('href')).to.equal(`${location.origin}/lich.pdf`);
    const original = part(el, 'credits')!.querySelector('a')!;
    expect(original.getAttribute('href')).to.equal('https://xa-mau.example/tin-tuc/tiem-chung.html');
    await expect(el).to.be.accessible();
  });

  it('reads an Atom feed (xml:base, xhtml titles) and merges it with the API by date', async () => {
    const el = await fixture<ShpNewsFeed>(
      '<shp-news-feed feed-url="/test-feeds/atom.xml" page-size="100"></shp-news-feed>',
    );
    await settled(el);
    const { items } = await api.news.list({ limit: 100 });
    const key = 'feed:urn:tin:hop-dan';
    await waitFor(() => root(el).querySelector(`[data-key="${key}"]`), 'the feed item');
    const entry = root(el).querySelector(`[data-key="${key}"]`)!;
    expect(text(entry.querySelector('[part~="item-link"]'))).to.equal('Họp dân khu phố 3');
    expect(text(entry.querySelector('[part~="meta"]'))).to.contain('Phường Mẫu (dữ liệu mẫu)');
    // In date order among the API's items.
    const position = Number(entry.getAttribute('aria-posinset')) - 1;
    const feedTime = Date.parse('2026-11-29T09:00:00+07:00');
    const newer = items.filter((i) => Date.parse(i.publishedAt) > feedTime).length;
    expect(position).to.equal(newer);
    const rac = new Promise<ShpNewsOpenEvent>((resolve) =>
      el.addEventListener('shp-news-open', resolve, { once: true }),
    );
    await el.openKey('feed:urn:tin:rac', false);
    expect((await rac).detail).to.deep.equal({
      id: 'urn:tin:rac',
      url: 'https://phuong-mau.example/tin/rac',
      source: 'feed',
    });
    expect(text(root(el).querySelector('#article-title'))).to.equal('Lịch thu gom rác');
  });

  it('a feed that is not XML shows an error state (alone) or a notice over the API news (merged)', async () => {
    const alone = await fixture<ShpNewsFeed>(
      '<shp-news-feed feed-only feed-url="/test-feeds/not-xml"></shp-news-feed>',
    );
    await settled(alone);
    expect(text(part(alone, 'error'))).to.contain('tài liệu không phải XML');
    expect(part(alone, 'retry-button')).not.to.equal(null);
    await expect(alone).to.be.accessible();

    const merged = await fixture<ShpNewsFeed>('<shp-news-feed feed-url="/test-feeds/not-xml"></shp-news-feed>');
    await settled(merged);
    expect(part(merged, 'item')).not.to.equal(null);
    expect(text(part(merged, 'notice'))).to.contain('Chưa đọc được nguồn tin riêng của xã');
    await expect(merged).to.be.accessible();
  });

  it('runs no script from the vector corpus in feed titles, descriptions, image URLs and articles', async function () {
    this.timeout(60_000); // 64 feed articles and 12 API articles, each opened and poked
    const hits = recordScripts();
    const el = await fixture<ShpNewsFeed>(
      `<shp-news-feed feed-only page-size="100" feed-url="/test-feeds/hostile.xml"></shp-news-feed>`,
    );
    await settled(el);
    const keys = XSS_VECTORS.map((_, i) => `feed:x-${i}`);
    for (const key of keys) {
      await el.openKey(key, false);
      await waitFor(() => part(el, 'body')?.dataset['for'] === key, `the article ${key}`);
      const body = part(el, 'body')!;
      for (const node of body.querySelectorAll('*')) {
        for (const type of ['mouseover', 'focus', 'toggle', 'animationstart']) node.dispatchEvent(new Event(type));
        if (node instanceof HTMLElement && node.tagName !== 'A') node.click();
      }
      expect(body.querySelector('script, iframe, object, embed, form, svg, math, style, [style]')).to.equal(null);
    }
    await el.back();
    el.remove();
    window.scrollTo(0, 0);
    // The API's hostile sample bodies, through the same element.
    const fromApi = await fixture<ShpNewsFeed>('<shp-news-feed page-size="12"></shp-news-feed>');
    await settled(fromApi);
    for (const key of parts(fromApi, 'item').map((i) => i.dataset['key']!)) {
      await fromApi.openKey(key, false);
      await waitFor(() => part(fromApi, 'body')?.dataset['for'] === key, 'the article');
    }
    await new Promise((r) => setTimeout(r, 600));
    expect(hits).to.deep.equal([]);
  });
});
