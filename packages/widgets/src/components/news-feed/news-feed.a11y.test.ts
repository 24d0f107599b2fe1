// `role="feed"` must own `article`s (axe: aria-required-children). The virtualised list
// renders no item while it is out of view or not yet laid out: it is a feed only while it
// holds items. Each state is checked with axe and, as axe's run takes frames in which the
// list may be laid out, with the role itself at that moment.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { createClient, type ShpClient } from '@smart-haiphong/sdk';
import { expect, fixture } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { EMPTY_PAGE } from '../../../test/data-widget-states.js';
import { startSandbox, testClient, waitFor } from '../../../test/sandbox.js';
import './news-feed.js';
import type { ShpNewsFeed } from './news-feed.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

before(async () => {
  await startSandbox();
});

afterEach(() => window.scrollTo(0, 0));

const list = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="list"]');
const articles = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('[part~="list"] > article').length;
const role = (el: HTMLElement) => list(el)?.getAttribute('role') ?? null;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** A sandbox client whose requests wait until `release()`. */
function heldClient(): { client: ShpClient; release: () => void } {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const client = createClient({
    baseUrl: `${location.origin}/`,
    retry: false,
    fetch: async (input, init) => {
      await held;
      return fetch(input, init);
    },
  });
  return { client, release };
}

/** No feed without articles: the list has neither the role nor its name. */
function expectNoFeed(el: HTMLElement): void {
  expect(articles(el)).to.equal(0);
  expect(role(el)).to.equal(null);
  expect(list(el)?.hasAttribute('aria-label') ?? false).to.equal(false);
}

/** The list is a feed exactly while it holds articles (whatever the virtualizer did meanwhile). */
function expectConsistent(el: HTMLElement): void {
  expect(role(el) === 'feed', `role=feed with ${articles(el)} articles`).to.equal(articles(el) > 0);
}

/** The list is a named feed of `article`s with their place in the set. */
function expectFeed(el: HTMLElement): void {
  expect(articles(el)).to.be.greaterThan(0);
  expect(role(el)).to.equal('feed');
  expect(list(el)!.getAttribute('aria-label')).to.equal('Tin tức');
  const first = el.shadowRoot!.querySelector('[part~="list"] > article')!;
  expect(Number(first.getAttribute('aria-posinset'))).to.be.greaterThan(0);
  expect(first.hasAttribute('aria-setsize')).to.equal(true);
}

describe('shp-news-feed: a feed only while it holds articles', () => {
  it('empty: nothing to show is a sentence outside any feed, axe-clean', async () => {
    const worker = await startSandbox();
    worker.use(http.get('*/v1/news', () => HttpResponse.json(EMPTY_PAGE)));
    try {
      const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
      await waitFor(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'the empty state', 8000);
      expect(list(el) === null, 'no list').to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="feed"]') === null, 'no feed').to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      worker.resetHandlers();
    }
  });

  it('loading: the first page, arrived but not laid out yet, is no empty feed; then a named feed', async () => {
    const { client, release } = heldClient();
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="5"></shp-news-feed>');
    el.client = client;
    await el.updateComplete;
    release();
    await waitFor(() => el.itemCount > 0 && list(el), 'the first page rendered', 8000);
    // The virtualizer lays items out in a later frame: here the list holds none yet.
    expectNoFeed(el);
    await expect(el).to.be.accessible();
    expectConsistent(el);

    await waitFor(() => articles(el) > 0 && role(el), 'the items laid out', 8000);
    expectFeed(el);
    await expect(el).to.be.accessible();
  });

  it('loading more: the feed is aria-busy while the next page is in flight, axe-clean', async () => {
    const tc = testClient();
    tc.setFault('slow:1500');
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="5"></shp-news-feed>');
    el.client = tc.client;
    await waitFor(() => articles(el) > 0 && role(el), 'the first page', 8000);
    const more = el.loadMore();
    await el.updateComplete;
    expect(list(el)!.getAttribute('aria-busy')).to.equal('true');
    expectFeed(el);
    await expect(el).to.be.accessible();
    await more;
    await waitFor(() => list(el)!.getAttribute('aria-busy') === 'false', 'not busy once the page is in', 8000);
    expectFeed(el);
  });

  it('offscreen below a 3000 px spacer: no empty feed; scrolled into view, a feed of articles', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div><div style="height: 3000px"></div><shp-news-feed></shp-news-feed></div>',
    );
    const el = wrapper.querySelector<ShpNewsFeed>('shp-news-feed')!;
    await waitFor(() => el.itemCount > 0 && list(el), 'the list', 8000);
    await frames(5);
    expectNoFeed(el);
    await expect(el).to.be.accessible();
    expectNoFeed(el);

    el.scrollIntoView();
    await waitFor(() => articles(el) > 0 && role(el), 'items in view', 8000);
    expectFeed(el);
    await expect(el).to.be.accessible();
  });

  it('inside a box scrolled out of view: no empty feed; scrolled back, the items and the feed return', async () => {
    const box = await fixture<HTMLDivElement>(
      '<div style="height: 300px; overflow: auto"><shp-news-feed page-size="5"></shp-news-feed><div style="height: 3000px"></div></div>',
    );
    const el = box.querySelector<ShpNewsFeed>('shp-news-feed')!;
    await waitFor(() => articles(el) > 0 && role(el), 'items in view', 8000);
    expectFeed(el);
    box.scrollTop = box.scrollHeight;
    await waitFor(() => articles(el) === 0, 'no item left in the DOM', 8000);
    await frames(2);
    expectNoFeed(el);
    await expect(el).to.be.accessible();
    expectNoFeed(el);

    // The virtualizer follows the box's own scroll, not only the window's.
    box.scrollTop = 0;
    await waitFor(() => articles(el) > 0 && role(el), 'items back in view', 8000);
    expectFeed(el);
    await expect(el).to.be.accessible();
  });

  it('error: the last list, kept under the error, is no empty feed before it is laid out', async () => {
    const tc = testClient();
    const el = await fixture<ShpNewsFeed>('<shp-news-feed></shp-news-feed>');
    el.client = tc.client;
    await waitFor(() => articles(el) > 0, 'the first page', 8000);
    tc.setFault('503');
    el.category = 'dien';
    await waitFor(
      () => el.shadowRoot!.querySelector('[part~="error"]') && list(el),
      'the error over the last list',
      8000,
    );
    expectNoFeed(el);
    await expect(el).to.be.accessible();
    expectConsistent(el);
    await waitFor(() => articles(el) > 0 && role(el), 'the last list laid out', 8000);
    expectFeed(el);
    await expect(el).to.be.accessible();
  });
});
