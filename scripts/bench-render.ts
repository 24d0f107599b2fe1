// Time to first render of the widgets, in Debian's Chromium with a cold cache: on the
// example commune portal (every widget), and on a page per widget (only that one), on
// the machine's loopback, on Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s
// down, CPU slowed 4×) and on slow 3G (400 ms, 400 kbit/s, CPU 4×).
// For each shp-* element on the page: ms from navigation start until it shows content
// (its shadow root has its `base` part and nothing `aria-busy`); and for the map, ms from
// scrolling it into view until its first markers are drawn (the engine loads then).
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startPortal } from './portal-server.js';

export interface RenderTiming {
  profile: string;
  element: string;
  ms: number | null;
}

const PROFILES = [
  { name: 'loopback', latency: 0, kbps: 0, cpu: 1 },
  { name: 'mobile (Lighthouse)', latency: 150, kbps: 1638.4, cpu: 4 },
  { name: 'slow 3G, CPU 4×', latency: 400, kbps: 400, cpu: 4 },
];

/** The widgets measured alone, each on a page of its own (the attributes a portal would give). */
const ALONE: Record<string, string> = {
  'shp-commune-info': 'unit="binh-giang"',
  'shp-feedback-form': 'unit="binh-giang"',
  'shp-feedback-map': 'unit="binh-giang"',
};

/** A page with one widget, under the same strict CSP as the portal. */
const alonePage = (tag: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<script type="module" src="/smart-haiphong.js" data-locale="vi"></script></head>` +
  `<body><${tag} ${ALONE[tag] ?? ''}></${tag}></body></html>`;

/** Time to first render of each widget alone on its page, per profile (median of `runs`, cold cache). */
export async function measureWidgetsAlone(runs = 3): Promise<RenderTiming[]> {
  const server = await startPortal({ port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const timings: RenderTiming[] = [];
  try {
    for (const profile of PROFILES) {
      for (const tag of Object.keys(ALONE)) {
        const values: number[] = [];
        for (let run = 0; run < runs; run++) {
          const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
          const page = await context.newPage();
          await page.route('**/bench-alone.html', (route) =>
            route.fulfill({ contentType: 'text/html; charset=utf-8', body: alonePage(tag) }),
          );
          const cdp = await context.newCDPSession(page);
          await throttle(cdp, profile);
          await page.goto(`${server.url}/bench-alone.html`, { waitUntil: 'commit' });
          const ms = await shown(page, tag);
          if (ms !== null) values.push(ms);
          await context.close();
        }
        values.sort((a, b) => a - b);
        timings.push({
          profile: profile.name,
          element: tag,
          ms: values.length ? values[Math.floor(values.length / 2)]! : null,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timings;
}

type Cdp = Awaited<
  ReturnType<Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newContext']>>['newCDPSession']>
>;

async function throttle(cdp: Cdp, profile: (typeof PROFILES)[number]): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.kbps) {
    const bytesPerSecond = (profile.kbps * 1024) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
  }
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

/** ms from navigation start until `tag` shows content (its base part, nothing busy), or null after 60 s. */
function shown(page: import('playwright-core').Page, tag: string): Promise<number | null> {
  return page
    .waitForFunction(
      (name) => {
        const root = document.querySelector(name)?.shadowRoot;
        return root?.querySelector('[part~="base"]') && !root.querySelector('[aria-busy="true"]')
          ? performance.now()
          : false;
      },
      tag,
      { timeout: 60_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => null);
}

export async function measureFirstRender(runs = 3): Promise<RenderTiming[]> {
  const server = await startPortal({ port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const timings: RenderTiming[] = [];
  try {
    for (const profile of PROFILES) {
      const samples = new Map<string, number[]>();
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await throttle(cdp, profile);
        await page.goto(server.url, { waitUntil: 'commit' });
        const tags: string[] = await page.evaluate(() =>
          [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((n) => n.startsWith('shp-')),
        );
        for (const tag of tags) {
          const ms = await page
            .waitForFunction(
              (name) => {
                const el = document.querySelector(name);
                const root = el?.shadowRoot;
                return root?.querySelector('[part~="base"]') && !root.querySelector('[aria-busy="true"]')
                  ? performance.now()
                  : false;
              },
              tag,
              { timeout: 30_000, polling: 'raf' },
            )
            .then((handle) => handle.jsonValue() as Promise<number>)
            .catch(() => null);
          if (ms !== null) samples.set(tag, [...(samples.get(tag) ?? []), ms]);
          else samples.set(tag, samples.get(tag) ?? []);
        }
        // The map engine loads only when the map is seen: time from scrolling it into view
        // to its first cluster or pin on screen (includes the lazy engine download).
        // A string, not a function: tsx would add helpers (`__name`) the page does not have.
        const mapMs = (await page.evaluate(`new Promise((resolve) => {
          const map = document.querySelector('shp-feedback-map');
          if (!map) return resolve(null);
          const started = performance.now();
          map.scrollIntoView();
          (function tick() {
            if (map.shadowRoot?.querySelector('[part~="cluster"], [part~="pin"]')) resolve(performance.now() - started);
            else if (performance.now() - started > 60000) resolve(null);
            else requestAnimationFrame(tick);
          })();
        })`)) as number | null;
        const mapKey = 'shp-feedback-map: seen → markers';
        samples.set(mapKey, [...(samples.get(mapKey) ?? []), ...(mapMs === null ? [] : [mapMs])]);
        await context.close();
      }
      for (const [element, values] of samples) {
        values.sort((a, b) => a - b);
        timings.push({
          profile: profile.name,
          element,
          ms: values.length ? values[Math.floor(values.length / 2)]! : null,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const t of [...(await measureWidgetsAlone()), ...(await measureFirstRender())]) {
    console.log(
      `${t.profile.padEnd(16)} ${t.element.padEnd(34)} ${t.ms === null ? 'not rendered' : `${Math.round(t.ms)} ms`}`,
    );
  }
}

/** What the news feed holds with 10 000 articles: DOM nodes at the end of the list, and time to its first page. */
export interface NewsScale {
  profile: string;
  firstPageMs: number | null;
  loaded: number;
  inDom: number;
  nodes: number;
}

/**
 * `<shp-news-feed>` over a sandbox with 10 000 articles, on the built bundle: time from
 * navigation to the first page on screen (loopback and the mobile profile), then every item
 * loaded ("Xem thêm" pages of 100) and the list scrolled to its end, counting what its shadow
 * tree holds (issue 12's budget: at most 500 nodes).
 */
export async function measureNewsAtScale(): Promise<NewsScale[]> {
  const { startSandboxServer } = await import('@smart-haiphong/sandbox/server');
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dist = new URL('../packages/widgets/dist/cdn/', import.meta.url).pathname;
  const page =
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<script type="module" src="/cdn/smart-haiphong.js"></script></head>` +
    `<body><shp-news-feed page-size="100"></shp-news-feed></body></html>`;
  const server = await startSandboxServer({
    port: 0,
    news: 10_000,
    static: (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/bench-news.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return true;
      }
      if (!path.startsWith('/cdn/') || path.includes('..')) return false;
      try {
        const body = readFileSync(join(dist, path.slice('/cdn/'.length)));
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
      return true;
    },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results: NewsScale[] = [];
  try {
    for (const profile of PROFILES.slice(0, 2)) {
      const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await throttle(cdp, profile);
      await tab.goto(`${server.url}/bench-news.html`, { waitUntil: 'commit' });
      const firstPageMs = await tab
        .waitForFunction(
          () =>
            document.querySelector('shp-news-feed')?.shadowRoot?.querySelector('[part~="item"]')
              ? performance.now()
              : false,
          undefined,
          { timeout: 60_000, polling: 'raf' },
        )
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => null);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      // A string, not a function: tsx would add helpers the page does not have.
      const end = (await tab.evaluate(`(async () => {
        const el = document.querySelector('shp-news-feed');
        let guard = 0;
        while (el.itemCount < 10000 && guard++ < 200) await el.loadMore();
        for (let i = 1; i <= 20; i++) {
          window.scrollTo(0, (document.scrollingElement.scrollHeight * i) / 20);
          await new Promise((r) => requestAnimationFrame(r));
        }
        for (let i = 0; i < 60 && !el.shadowRoot.querySelector('[aria-posinset="' + el.itemCount + '"]'); i++) {
          window.scrollTo(0, document.scrollingElement.scrollHeight);
          await new Promise((r) => setTimeout(r, 50));
        }
        const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        return { loaded: el.itemCount, inDom: el.shadowRoot.querySelectorAll('[part~="item"]').length, nodes };
      })()`)) as { loaded: number; inDom: number; nodes: number };
      results.push({ profile: profile.name, firstPageMs, ...end });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
