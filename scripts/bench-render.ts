// Time to first render of the widgets, in Debian's Chromium with a cold cache: on the
// example commune portal (every widget), and on a page per widget (only that one), on
// the machine's loopback, on Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s
// down, CPU slowed 4×) and on slow 3G (400 ms, 400 kbit/s, CPU 4×).
// For each shp-* element on the page: ms from navigation start until it shows content
// (its shadow root has its `base` part and nothing `aria-busy`); and for the map, ms from
// scrolling it into view until its first markers are drawn (the engine loads then).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { createSandbox } from '@smart-haiphong/sandbox';
import { compressBody, startSandboxServer } from '@smart-haiphong/sandbox/server';
import {
  BEFORE_BUILD,
  BEFORE_TAGS,
  RECORDED_FILE,
  beforeBundle,
  type FirstRender,
  type RecordedBefore,
} from './bench-before.js';
import { CDN_DIR } from './bundle-sizes.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startHttp2Front } from './bench-http2.js';
import { CSP, startPortal } from './portal-server.js';

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

/** A page with one widget and the bundle under `/<version>/`, under the portal's CSP. */
const versionPage = (version: string, tag: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<script type="module" src="/${version}/smart-haiphong.js" data-locale="vi"></script></head>` +
  `<body><${tag} ${ALONE[tag] ?? ''}></${tag}></body></html>`;

/**
 * One server for both bundles: `/bench/<version>/<tag>.html` (a page with that element
 * alone, under the portal's CSP), `/<version>/…` the bundle's files (gzip, `no-cache`) and
 * the sandbox's `/v1`, all on one HTTP/1.1 origin.
 */
export function startBeforeAfterServer(dirs: Record<string, string>): ReturnType<typeof startSandboxServer> {
  return startSandboxServer({
    port: 0,
    sandbox: createSandbox({}),
    static: (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const page = /^\/bench\/([a-z0-9-]+)\/(shp-[a-z-]+)\.html$/.exec(path);
      if (page && Object.hasOwn(dirs, page[1]!)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
        res.end(versionPage(page[1]!, page[2]!));
        return true;
      }
      const file = /^\/([a-z0-9-]+)\/(.+)$/.exec(path);
      if (!file) return false;
      const dir = Object.hasOwn(dirs, file[1]!) ? dirs[file[1]!] : undefined;
      if (!dir) return false;
      const full = normalize(join(dir, file[2]!));
      if (!full.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return (res.writeHead(400).end(), true);
      let raw: Buffer;
      try {
        raw = readFileSync(full);
      } catch {
        res.writeHead(404).end();
        return true;
      }
      const type = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' }[extname(full)];
      const { body, encoding } = compressBody(req, raw, type ?? 'application/octet-stream');
      res.writeHead(200, {
        'content-type': `${type ?? 'application/octet-stream'}; charset=utf-8`,
        ...(encoding ? { 'content-encoding': encoding } : {}),
        'cache-control': 'no-cache',
      });
      res.end(body);
      return true;
    },
  });
}

/**
 * Time to first render of the widgets that existed before the platform (issue 7), each alone
 * on a page, with the bundle of {@link BEFORE_COMMIT} and with today's, on Lighthouse's mobile
 * profile and slow 3G: one server for both (the same sandbox, compression and CSP), runs
 * interleaved (before, after, before, …) so that the machine's load weighs on both alike.
 * Each profile twice: over HTTP/1.1 (six connections a host, one TCP handshake each) and
 * over HTTP/2 (TLS, one connection: scripts/bench-http2.ts), as a CDN would serve it.
 */
export async function measureBeforeAfter(
  beforeDir: string | null,
  runs = 3,
): Promise<{ before: FirstRender[]; after: FirstRender[] }> {
  const dirs = { ...(beforeDir ? { before: beforeDir } : {}), after: CDN_DIR };
  // HTTP/1.1 (the bench server, and many a municipal host), then HTTP/2 as a CDN serves it.
  const h1 = await measureVersions(dirs, runs);
  const h2 = await measureVersions(dirs, runs, { http2: true });
  return {
    before: [...(h1['before'] ?? []), ...(h2['before'] ?? [])],
    after: [...(h1['after'] ?? []), ...(h2['after'] ?? [])],
  };
}

/**
 * {@link measureBeforeAfter} for any bundles, by name (e.g. two builds of one change):
 * each served under `/<name>/`, runs interleaved in the order given.
 */
export async function measureVersions(
  dirs: Record<string, string>,
  runs = 3,
  { http2 = false }: { http2?: boolean } = {},
): Promise<Record<string, FirstRender[]>> {
  const versions = Object.keys(dirs);
  const server = await startBeforeAfterServer(dirs);
  // HTTP/2 (TLS, one connection), as a CDN serves the files: the profiles' names say so.
  const front = http2 ? await startHttp2Front(server.url) : undefined;
  const origin = front?.url ?? server.url;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: http2 ? [...chromiumArgs, '--ignore-certificate-errors'] : chromiumArgs,
  });
  const profiles = PROFILES.slice(1).map((p) => (http2 ? { ...p, name: `${p.name}, HTTP/2` } : p));
  const samples = new Map<string, { ms: number[]; bytes: number[]; states: FirstRender['state'][] }>();
  try {
    for (const profile of profiles) {
      for (const tag of BEFORE_TAGS) {
        for (let run = 0; run < runs; run++) {
          for (const version of versions) {
            const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            const scripts = new Set<string>();
            const finished = new Map<string, number>();
            cdp.on('Network.responseReceived', (e) => {
              if (e.type === 'Script') scripts.add(e.requestId);
            });
            cdp.on('Network.loadingFinished', (e) => finished.set(e.requestId, e.encodedDataLength));
            await throttle(cdp, profile);
            await page.goto(`${origin}/bench/${version}/${tag}.html`, { waitUntil: 'commit' });
            const ms = await shown(page, tag);
            let bytes = 0;
            for (const [id, n] of finished) if (scripts.has(id)) bytes += n;
            const state = ms === null ? 'none' : await settledState(page, tag);
            const key = `${version} ${profile.name} ${tag}`;
            const entry = samples.get(key) ?? { ms: [], bytes: [], states: [] };
            if (ms !== null) entry.ms.push(ms);
            entry.bytes.push(bytes);
            entry.states.push(state);
            samples.set(key, entry);
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await front?.close();
    await server.close();
  }
  const median = (values: number[]) =>
    values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! : null;
  const results = (version: string): FirstRender[] =>
    profiles.flatMap((profile) =>
      BEFORE_TAGS.map((tag) => {
        const entry = samples.get(`${version} ${profile.name} ${tag}`) ?? { ms: [], bytes: [], states: [] };
        const state = entry.states.includes('error') ? 'error' : entry.states.includes('content') ? 'content' : 'none';
        return { profile: profile.name, element: tag, ms: median(entry.ms), jsBytes: median(entry.bytes), state };
      }),
    );
  return Object.fromEntries(versions.map((version) => [version, results(version)]));
}

/** Whether the element rendered its content or its error state. */
async function settledState(page: import('playwright-core').Page, tag: string): Promise<FirstRender['state']> {
  const error = await page.evaluate(
    (name) => !!document.querySelector(name)?.shadowRoot?.querySelector('[part~="error"]'),
    tag,
  );
  return error ? 'error' : 'content';
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--record-before')) {
  // Records the "before" figures that `pnpm bench` falls back to when it cannot build the old commit.
  const bundle = beforeBundle();
  const { before } = await measureBeforeAfter(bundle.dir);
  const recorded: RecordedBefore = {
    commit: bundle.commit,
    command: 'node --conditions=source --import tsx scripts/bench-render.ts --record-before',
    recordedAt: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, shared; Debian Chromium; bundle built by: ${BEFORE_BUILD}`,
    results: before.map((r) => ({ ...r, ms: r.ms === null ? null : Math.round(r.ms) })),
  };
  writeFileSync(RECORDED_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`Recorded ${before.length} figures in ${RECORDED_FILE}`);
} else if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--compare')) {
  // `--compare name=dir name=dir … [--runs N] [--http2]`: first render of each bundle, interleaved.
  const args = process.argv.slice(process.argv.indexOf('--compare') + 1);
  const runsArg = args.indexOf('--runs');
  const n = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
  const dirs = Object.fromEntries(
    args.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]),
  );
  const results = await measureVersions(dirs, n, { http2: args.includes('--http2') });
  const names = Object.keys(dirs);
  console.log(['profile', 'element', ...names.map((v) => `${v} ms`), ...names.map((v) => `${v} JS`)].join(' | '));
  for (const [i, row] of (results[names[0]!] ?? []).entries()) {
    const cells = names.map((v) => results[v]![i]!);
    console.log(
      [
        row.profile,
        row.element,
        ...cells.map((c) =>
          c.ms === null ? 'not rendered' : `${Math.round(c.ms)}${c.state === 'error' ? ' (error)' : ''}`,
        ),
        ...cells.map((c) => `${((c.jsBytes ?? 0) / 1024).toFixed(1)} KB`),
      ].join(' | '),
    );
  }
} else if (import.meta.url === `file://${process.argv[1]}` && !process.argv.includes('--typing')) {
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
  const server = await serveBuiltBundle('/bench-news.html', '<shp-news-feed page-size="100"></shp-news-feed>', {
    news: 10_000,
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

/**
 * The sandbox API with the built script-tag bundle (packages/widgets/dist/cdn) at `/cdn/`
 * and one page at `path` whose body is `body`: what a webmaster's page is, on loopback.
 */
async function serveBuiltBundle(path: string, body: string, sandbox: { news?: number } = {}) {
  const { startSandboxServer } = await import('@smart-haiphong/sandbox/server');
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dist = new URL('../packages/widgets/dist/cdn/', import.meta.url).pathname;
  const page =
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<script type="module" src="/cdn/smart-haiphong.js"></script></head><body>${body}</body></html>`;
  return startSandboxServer({
    port: 0,
    ...sandbox,
    static: (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x').pathname;
      if (url === path) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return true;
      }
      if (!url.startsWith('/cdn/') || url.includes('..')) return false;
      try {
        const file = readFileSync(join(dist, url.slice('/cdn/'.length)));
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(file);
      } catch {
        res.writeHead(404).end();
      }
      return true;
    },
  });
}

/** Real queries without tone marks and the procedure each must find first (as in procedure-search.test.ts). */
const TYPED_QUERIES: [string, string][] = [
  ['dang ky khai sinh', '1.001193'],
  ['dang ky ket hon', '1.000894'],
  ['khai tu', '1.000656'],
  ['chung thuc ban sao', '2.000815'],
  ['dang ky thanh lap ho kinh doanh', '1.001612'],
  ['cap ban sao trich luc ho tich', '2.000635'],
  ['giam ho', '1.004837'],
  ['xac nhan tinh trang hon nhan', '1.004873'],
  ['hoa giai tranh chap dat dai', '1.012812'],
  ['dang ky thuong tru', '1.004222'],
];

/** Milliseconds between keystrokes: a quick typist (about 100 words a minute). */
const KEY_DELAY_MS = 120;

export interface TypingLatency {
  profile: string;
  /** ms from the last keystroke to the frame that shows the expected first result, sorted. */
  samples: number[];
  /** Queries whose expected first result never showed (within 20 s). */
  missed: number;
}

/**
 * `<shp-procedure-search>` on the built bundle, typed into as a citizen types (one key every
 * KEY_DELAY_MS, no tone marks): for each query, ms from its last keystroke (the input event)
 * to the animation frame in which the expected first result is in the list (a MutationObserver
 * on the shadow tree, then requestAnimationFrame). Before each query the box holds a text
 * with no result, so a result on screen is always the new one. `rounds` passes over the
 * queries, on loopback and on the Lighthouse mobile profile (issue 10: ≤ 150 ms).
 */
export async function measureProcedureTyping(rounds = 2): Promise<TypingLatency[]> {
  const server = await serveBuiltBundle('/bench-procedures.html', '<shp-procedure-search></shp-procedure-search>');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results: TypingLatency[] = [];
  try {
    for (const profile of PROFILES.slice(0, 2)) {
      const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await throttle(cdp, profile);
      await tab.goto(`${server.url}/bench-procedures.html`, { waitUntil: 'commit' });
      const box = tab.locator('shp-procedure-search input[type="search"]');
      await box.waitFor({ timeout: 60_000 });
      const samples: number[] = [];
      let missed = 0;
      for (let round = 0; round < rounds; round++) {
        for (const [query, code] of TYPED_QUERIES) {
          // A text that finds nothing, searched and shown: the list is empty before typing.
          await box.fill('qqxz');
          await box.press('Enter');
          await tab.waitForFunction(
            `(() => { const el = document.querySelector('shp-procedure-search');
              return el.q === 'qqxz' && el.shadowRoot.querySelector('[part~="empty"]'); })()`,
            undefined,
            { timeout: 30_000, polling: 'raf' },
          );
          // A string, not a function: tsx would add helpers (__name) the page does not have.
          await tab.evaluate(`(() => {
            const el = document.querySelector('shp-procedure-search');
            const query = ${JSON.stringify(query)};
            // When each value was typed (composed input events reach the window).
            window.__typedAt = {};
            if (!window.__typedListening) {
              window.__typedListening = true;
              window.addEventListener('input', (e) => {
                window.__typedAt[e.composedPath()[0].value] = performance.now();
              }, { capture: true });
            }
            window.__typed = new Promise((resolve) => {
              const observer = new MutationObserver(() => {
                const first = el.shadowRoot.querySelector('[part~="item"] a');
                if (el.q !== query || first?.dataset.id !== ${JSON.stringify(code)}) return;
                observer.disconnect();
                requestAnimationFrame((t) => resolve(t - window.__typedAt[query]));
              });
              observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
            });
          })()`);
          await box.press('Control+A');
          await box.pressSequentially(query, { delay: KEY_DELAY_MS });
          const ms = (await tab
            .evaluate(`Promise.race([window.__typed, new Promise((r) => setTimeout(() => r(null), 20000))])`)
            .catch(() => null)) as number | null;
          if (ms === null) missed++;
          else samples.push(ms);
        }
      }
      samples.sort((a, b) => a - b);
      results.push({ profile: profile.name, samples, missed });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (process.argv.includes('--typing')) {
  for (const t of await measureProcedureTyping()) console.log(t.profile, t.missed, t.samples.map(Math.round).join(' '));
}
