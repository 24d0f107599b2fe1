// Time to first render of the widgets on the example commune portal, in Debian's
// Chromium: on the machine's loopback, and throttled like a cheap phone on a slow
// connection (400 ms round trip, 400 kbit/s down, CPU slowed 4×).
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
  { name: 'slow 3G, CPU 4×', latency: 400, kbps: 400, cpu: 4 },
];

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
  for (const t of await measureFirstRender()) {
    console.log(
      `${t.profile.padEnd(16)} ${t.element.padEnd(34)} ${t.ms === null ? 'not rendered' : `${Math.round(t.ms)} ms`}`,
    );
  }
}
