// 10 000 articles (the sandbox's `news` option): the list keeps a bounded window of items in
// the DOM however far the citizen scrolls. Prints nodes and the time to the first page.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { createSandboxHandlers } from '@smart-haiphong/sandbox/msw';
import { createClient } from '@smart-haiphong/sdk';
import { expect, fixture } from '@open-wc/testing';
import { startSandbox, waitFor } from '../../../test/sandbox.js';
import './news-feed.js';
import type { ShpNewsFeed } from './news-feed.js';

const NODE_BUDGET = 500;

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

before(async function () {
  this.timeout(60_000);
  const worker = await startSandbox();
  // Prepended: this file's page answers /v1/* from a sandbox with 10 000 articles.
  worker.use(...createSandboxHandlers({ news: 10_000 }));
});

/** Every node in the element's shadow tree: elements, text and Lit's comment markers. */
function countNodes(el: HTMLElement): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

describe('shp-news-feed with 10 000 items', () => {
  it(`keeps at most ${NODE_BUDGET} DOM nodes after scrolling to the end`, async function () {
    this.timeout(240_000);
    const { total } = await createClient({ baseUrl: `${location.origin}/`, retry: false }).news.list({ limit: 1 });
    expect(total).to.equal(10_000);

    const start = performance.now();
    const el = await fixture<ShpNewsFeed>('<shp-news-feed page-size="100"></shp-news-feed>');
    await waitFor(() => el.shadowRoot!.querySelector('[part~="item"]'), 'the first page', 20_000);
    const firstPage = performance.now() - start;

    // The first pages come by scrolling to the bottom (each time near the end loads the next
    // page); the rest through the "Xem thêm" path, which is quicker on a loaded test machine.
    const scrolling = performance.now();
    while (el.itemCount < 1_000) {
      const before = el.itemCount;
      // Heights are estimated until items are measured: keep going to the (moving) bottom.
      await waitFor(
        () => {
          window.scrollTo(0, document.scrollingElement!.scrollHeight);
          return el.itemCount > before;
        },
        `more than ${before} items`,
        20_000,
      );
    }
    while (el.itemCount < total!) await el.loadMore();
    // Then through the whole list in big jumps, as a citizen flicking down would.
    for (let i = 1; i <= 20; i++) {
      window.scrollTo(0, (document.scrollingElement!.scrollHeight * i) / 20);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const last = el.itemCount;
    // Settle at the very end: the last item is in the DOM.
    await waitFor(
      () => {
        window.scrollTo(0, document.scrollingElement!.scrollHeight);
        return el.shadowRoot!.querySelector(`[aria-posinset="${total}"]`);
      },
      'the last item',
      20_000,
    );
    const nodes = countNodes(el);
    const items = el.shadowRoot!.querySelectorAll('[part~="item"]').length;
    console.log(
      `news-feed bench: ${last} items loaded, ${items} in the DOM, ${nodes} nodes; first page ${Math.round(firstPage)} ms, to the end ${Math.round(performance.now() - scrolling)} ms`,
    );
    expect(nodes).to.be.at.most(NODE_BUDGET);
    expect(items).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('.more.end')?.textContent).to.contain('10.000');
  });
});
