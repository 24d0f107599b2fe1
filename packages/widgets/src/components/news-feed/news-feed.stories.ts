import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './news-feed.js';
import type { ShpNewsFeed } from './news-feed.js';

interface Args {
  unit: string;
  category: string;
  feedUrl: string;
  feedOnly: boolean;
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width of the container the widget sits in, in px. */
  width: number;
}

// A commune portal's own feed, as CMSs write them (sample data): CDATA with HTML and an image,
// whitespace around titles and links, an RFC 822 date with +0700, a relative link, an entity.
const SAMPLE_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT xã Mẫu (dữ liệu mẫu)</title><link>https://xa-mau.example/</link>
<item><title>
  Dữ liệu mẫu: Lịch tiếp công dân tháng 12&nbsp;
</title><link> /tin-tuc/tiep-cong-dan.html </link><guid isPermaLink="false">rss-1</guid>
<pubDate>Mon, 30 Nov 2026 07:30:00 +0700</pubDate>
<description><![CDATA[<p>Lãnh đạo Ủy ban nhân dân xã tiếp công dân vào sáng thứ Năm hằng tuần.</p><p><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></p>]]></description></item>
<item><title>Dữ liệu mẫu: Ra quân dọn vệ sinh môi trường</title><link>https://xa-mau.example/tin-tuc/ve-sinh.html</link>
<pubDate>Sat, 21 Nov 2026 16:00:00 +0700</pubDate><description>&lt;p&gt;Các thôn ra quân dọn vệ sinh đường làng.&lt;/p&gt;</description></item>
</channel></rss>`;

const LONG =
  'Dữ liệu mẫu: Thông báo về việc tạm ngừng cung cấp điện để bảo dưỡng, sửa chữa lưới điện trung áp và hạ áp trên địa bàn các thôn ven sông trong thời gian từ ngày';

const feed = (body: string, type = 'application/rss+xml') =>
  http.get('*/sample-feeds/:name', () => new HttpResponse(body, { headers: { 'content-type': type } }));

const meta: Meta<Args> = {
  title: 'Widgets/News feed',
  component: 'shp-news-feed',
  tags: ['autodocs'],
  args: { unit: '', category: '', feedUrl: '', feedOnly: false, locale: 'vi', theme: undefined, width: 300 },
  argTypes: {
    unit: { control: 'text', description: 'Slug or code of a commune, ward or special zone' },
    category: {
      control: 'select',
      options: ['', 'thong-bao', 'dien', 'nuoc', 'y-te', 'giao-duc', 'du-lich'],
    },
    feedUrl: { control: 'text', description: 'An RSS/Atom feed merged into the list' },
    feedOnly: { control: 'boolean' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 240, max: 1200, step: 10 } },
  },
  render: ({ unit, category, feedUrl, feedOnly, locale, theme, width }) =>
    html`<div style="width: ${width}px">
      <shp-news-feed
        unit=${unit}
        category=${category}
        feed-url=${feedUrl}
        ?feed-only=${feedOnly}
        locale=${locale}
        theme=${ifDefined(theme)}
      ></shp-news-feed>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The city's news in a 300 px sidebar, in Vietnamese (the default). */
export const Loaded: Story = {};

/** The same in English. */
export const English: Story = { args: { locale: 'en' } };

/** In a 900 px container the images sit beside the text (a container query). */
export const Wide: Story = { args: { width: 900 } };

/** One commune's news (`unit`). */
export const Commune: Story = { args: { unit: 'binh-giang', width: 600 } };

/** A utility topic chosen first (`category="dien"`). */
export const Category: Story = { args: { category: 'dien' } };

/** An article open: sanitised body, source, author, share link and the way back. */
export const Article: Story = {
  args: { width: 600 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShpNewsFeed>('shp-news-feed')!;
    await el.updateComplete;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part~="item"]'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const key = el.shadowRoot!.querySelector<HTMLElement>('[part~="item"]')?.dataset['key'];
    if (key) await el.openKey(key, false);
  },
};

/** The article in English. */
export const ArticleEnglish: Story = { ...Article, args: { ...Article.args, locale: 'en' } };

/** Titles and summaries far longer than usual (a feed of them): they wrap, nothing overflows. */
export const LongText: Story = {
  args: { feedUrl: '/sample-feeds/long.xml', feedOnly: true },
  beforeEach({ msw }) {
    const item = (n: number) =>
      `<item><title>${LONG} ${n}/12/2026</title><link>https://xa-mau.example/tin/${n}</link><pubDate>${n} Nov 2026 08:00:00 +0700</pubDate><description>${LONG} ${LONG} https://xa-mau.example/mot-duong-dan-rat-dai-khong-co-cho-xuong-dong-${'x'.repeat(80)}</description></item>`;
    msw.use(
      feed(
        `<rss version="2.0"><channel><title>Xã Mẫu (dữ liệu mẫu)</title>${[20, 12, 5].map(item).join('')}</channel></rss>`,
      ),
    );
  },
};

/** A commune's own RSS feed merged with the API's news by date. */
export const WithFeed: Story = {
  args: { feedUrl: '/sample-feeds/rss.xml', width: 600 },
  beforeEach({ msw }) {
    msw.use(feed(SAMPLE_RSS));
  },
};

/** The feed alone (`feed-only`), as on a portal without the API. */
export const FeedOnly: Story = { ...WithFeed, args: { ...WithFeed.args, feedOnly: true } };

/** The feed address gives an HTML page, not XML: an error state, not a crash. */
export const FeedNotXml: Story = {
  args: { feedUrl: '/sample-feeds/home.html', feedOnly: true },
  beforeEach({ msw }) {
    msw.use(feed('<!doctype html><p>Trang chủ', 'text/html'));
  },
};

/** The same feed merged: the API's news with a note that the commune's feed failed. */
export const FeedNotXmlMerged: Story = { ...FeedNotXml, args: { ...FeedNotXml.args, feedOnly: false } };

/** Loading: the list never comes, so the skeleton stays (under the category filter, once the categories are in). */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/news', () => delay('infinite')));
  },
};

/** Empty: a feed with no items. */
export const Empty: Story = {
  args: { feedUrl: '/sample-feeds/empty.xml', feedOnly: true },
  beforeEach({ msw }) {
    msw.use(feed('<rss version="2.0"><channel><title>Trống</title></channel></rss>'));
  },
};

/** The server fails (503) on every try; the SDK retries twice before the error shows. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/news', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
  },
};

/** The server fails in English. */
export const ServerErrorEnglish: Story = { ...ServerError, args: { locale: 'en' } };

/** The browser goes offline after loading: the banner, the items, and when they were loaded. */
export const Offline: Story = {
  beforeEach() {
    return () => void window.dispatchEvent(new Event('online'));
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('shp-news-feed')!;
    await el.updateComplete;
    window.dispatchEvent(new Event('offline'));
  },
};

/** Offline in English. */
export const OfflineEnglish: Story = { ...Offline, args: { locale: 'en' } };

/** Dark theme, forced by the `theme` attribute. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Dark and wide. */
export const DarkWide: Story = { ...Dark, args: { theme: 'dark', width: 900 } };
