// The network waterfall of one widget alone on a page, before (7879de2's single bundle) and
// after (this build), on Lighthouse's mobile profile, from CDP's Network events: for each
// request its start, when its response began and ended (ms from navigation), its connection
// (a new id is a new TCP handshake on HTTP/1.1), who started it, and its size on the wire;
// then when the element showed content. What the loader's delivery costs, step by step.
//   node --conditions=source --import tsx scripts/bench-waterfall.ts [shp-feedback-form] [--after-only] [--http2]
import { chromium } from 'playwright-core';
import { beforeBundle } from './bench-before.js';
import { startHttp2Front } from './bench-http2.js';
import { startBeforeAfterServer } from './bench-render.js';
import { CDN_DIR } from './bundle-sizes.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const tag = process.argv.slice(2).find((a) => a.startsWith('shp-')) ?? 'shp-feedback-form';
const dirs: Record<string, string> = { after: CDN_DIR };
if (!process.argv.includes('--after-only')) dirs['before'] = beforeBundle().dir;
const http2 = process.argv.includes('--http2');
const h1 = await startBeforeAfterServer(dirs);
// --http2: behind the TLS front (one connection), as a CDN serves the files.
const front = http2 ? await startHttp2Front(h1.url) : undefined;
const server = { url: front?.url ?? h1.url };
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: http2 ? [...chromiumArgs, '--ignore-certificate-errors'] : chromiumArgs,
});
try {
  for (const version of Object.keys(dirs).sort().reverse()) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    interface Row {
      url: string;
      start: number;
      type?: string;
      initiator: string;
      connection?: number;
      reused?: boolean;
      headers?: number;
      end?: number;
      bytes?: number;
      status?: number;
      fromPreload?: boolean;
    }
    const rows = new Map<string, Row>();
    let t0 = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!t0) t0 = e.timestamp;
      const init = e.initiator;
      const from = init.url ?? init.stack?.callFrames[0]?.url ?? init.stack?.parent?.callFrames[0]?.url ?? '';
      rows.set(e.requestId, {
        url: e.request.url,
        start: (e.timestamp - t0) * 1000,
        initiator: `${init.type}${from ? ` ${from.replace(/^.*\//, '')}` : ''}`,
      });
    });
    cdp.on('Network.responseReceived', (e) => {
      const row = rows.get(e.requestId);
      if (!row) return;
      row.type = e.type;
      row.connection = e.response.connectionId;
      row.reused = e.response.connectionReused;
      row.headers = (e.timestamp - t0) * 1000;
      row.status = e.response.status;
      row.fromPreload = e.response.fromPrefetchCache || undefined;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const row = rows.get(e.requestId);
      if (!row) return;
      row.end = (e.timestamp - t0) * 1000;
      row.bytes = e.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = (1638.4 * 1024) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // When the element's class is defined, and when it first rendered anything.
    await page.addInitScript(
      `window.__defined = customElements.whenDefined(${JSON.stringify(tag)}).then(() => performance.now());`,
    );
    await page.goto(`${server.url}/bench/${version}/${tag}.html`, { waitUntil: 'commit' });
    const shownAt = await page
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
      .then((h) => h.jsonValue() as Promise<number>);
    await page.waitForTimeout(300);
    const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    const navStart = (await page.evaluate(`performance.getEntriesByType('navigation')[0]?.startTime ?? 0`)) as number;
    void timeOrigin;
    console.log(`\n${version}: <${tag}> on the mobile profile (150 ms RTT, 1.6 Mbit/s, CPU 4×)`);
    console.log('start  headers  end    conn  KB    type        url  ← initiator');
    const f = (n: number | undefined) => (n === undefined ? '   —' : String(Math.round(n)).padStart(5));
    const connections = new Set<number>();
    for (const row of [...rows.values()].sort((a, b) => a.start - b.start)) {
      if (row.connection !== undefined) connections.add(row.connection);
      const path = row.url.replace(server.url, '').replace(/^data:.*/, 'data:');
      console.log(
        `${f(row.start)}  ${f(row.headers)}  ${f(row.end)}  ${String(row.connection ?? '').padStart(4)}${row.reused === false ? '*' : ' '} ${((row.bytes ?? 0) / 1024).toFixed(1).padStart(5)} ${(row.type ?? '').padEnd(11)} ${path}  ← ${row.initiator}`,
      );
    }
    const definedAt = (await page.evaluate('window.__defined')) as number;
    console.log(
      `defined at ${Math.round(definedAt - navStart)} ms; shown at ${Math.round(shownAt - navStart)} ms after navigation start; ${rows.size} requests, ${connections.size} connections (* new connection)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await front?.close();
  await h1.close();
}
