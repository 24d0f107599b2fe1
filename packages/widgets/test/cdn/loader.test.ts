// The script-tag loader in Chromium, on the built bundle (dist/cdn): a page downloads
// only the widgets it shows in its own language, elements added later upgrade, and a
// chunk tampered with after the build is refused by its SRI hash. Needs the widgets
// built (`pnpm test` runs it after the build).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type {} from '../../src/loader/loader.js'; // window.SmartHaiPhong
import { fileOf, useBuiltBundle } from './built-bundle.js';

/** Everything under /cdn/ comes from dist/cdn, with `tampered` files altered. */
const bundle = useBuiltBundle();
const { pages } = bundle;
const tampered = new Set<string>();
// One byte more in a comment: the code still runs, but its hash no longer matches.
bundle.alter = (file, body) => (tampered.has(file) ? Buffer.concat([body, Buffer.from('\n/* tampered */\n')]) : body);

const html = (body: string, attrs = 'data-locale="vi"') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src blob:">
  <script type="module" src="/cdn/smart-haiphong.js" ${attrs}></script></head><body>${body}</body></html>`;

/** A fresh page on `path`, recording every script it requests and every error. */
async function open(path: string, body: string, attrs?: string) {
  pages.set(path, html(body, attrs));
  const page: Page = await bundle.browser.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/cdn/')) requested.push(url.pathname.slice('/cdn/'.length));
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${bundle.server.url}${path}`);
  return { page, requested, errors };
}

const shadowText = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', selector);

test('a page with only the commune card never requests the form, the map or the other language', async () => {
  const { page, requested, errors } = await open(
    '/card.html',
    '<shp-commune-info unit="binh-giang"></shp-commune-info>',
  );
  await page.waitForFunction(() =>
    document.querySelector('shp-commune-info')?.shadowRoot?.textContent?.includes('10966'),
  );
  // Idle-time prefetches come after the first render: give them their chance.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.ok(requested.includes(fileOf('commune-info')));
  assert.ok(requested.includes(fileOf('commune-info.vi')));
  for (const name of [
    'feedback-form',
    'feedback-map',
    'feedback-form.vi',
    'feedback-map.vi',
    'commune-info.en',
    'shared.en',
    'maplibre',
    'map-view',
    'photos',
  ]) {
    assert.ok(!requested.includes(fileOf(name)), `${name} was requested`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('an element added after load upgrades, in the language the page configured', async () => {
  const { page, requested, errors } = await open('/later.html', '<main></main>');
  await page.evaluate(() => window.SmartHaiPhong!.configure({ locale: 'en' }));
  assert.ok(!requested.includes(fileOf('commune-info')), 'nothing loaded before an element appears');
  await page.evaluate(() => {
    const card = document.createElement('shp-commune-info');
    card.setAttribute('unit', 'binh-giang');
    document.querySelector('main')!.append(card);
  });
  await page.waitForFunction(() =>
    document.querySelector('shp-commune-info')?.shadowRoot?.textContent?.includes('10966'),
  );
  assert.match(await shadowText(page, 'shp-commune-info'), /Administrative code/);
  assert.ok(requested.includes(fileOf('commune-info.en')));
  assert.ok(!requested.includes(fileOf('commune-info.vi')), 'the other language is not fetched');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an element inside an open shadow root of the page upgrades', async () => {
  const { page, errors } = await open('/shadow.html', '<div id="host"></div>');
  await page.evaluate(() => {
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('section');
    root.append(wrapper);
    // Attached after the loader scanned: the page tells it (SmartHaiPhong.scan), as documented.
    window.SmartHaiPhong!.scan(root);
    wrapper.innerHTML = '<shp-commune-info unit="binh-giang"></shp-commune-info>';
  });
  await page.waitForFunction(() =>
    document
      .getElementById('host')!
      .shadowRoot!.querySelector('shp-commune-info')
      ?.shadowRoot?.textContent?.includes('10966'),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('SmartHaiPhong.load() fetches an element on purpose, and the form fetches its photo pipeline in idle time', async () => {
  const { page, requested } = await open('/form.html', '<shp-feedback-form unit="binh-giang"></shp-feedback-form>');
  await page.waitForFunction(() =>
    document.querySelector('shp-feedback-form')?.shadowRoot?.querySelector('[part~="submit-button"]'),
  );
  await page.waitForFunction(
    (file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(file)),
    fileOf('photos'),
  );
  assert.ok(!requested.includes(fileOf('feedback-map')));
  // The loader knew nothing of the lazy part: the form's chunk handed it over, hash included.
  assert.equal(
    await page.evaluate(() =>
      window
        .SmartHaiPhong!.chunks.chunk('photos')
        .then((url) => import(url!) as Promise<Record<string, unknown>>)
        .then((m) => typeof m['preparePhoto']),
    ),
    'function',
  );
  await page.evaluate(() => window.SmartHaiPhong!.load('shp-feedback-map'));
  assert.ok(await page.evaluate(() => customElements.get('shp-feedback-map') !== undefined));
  await page.close();
});

for (const [tag, ready] of [
  ['shp-feedback-form', '[part~="submit-button"]'],
  ['shp-feedback-map', '[part~="base"]:not([aria-busy="true"])'],
] as const) {
  test(`the first API reads of <${tag}> start with its code, and the SDK takes the preloaded answers`, async () => {
    const reads = ['/v1/config', '/v1/feedback/categories', '/v1/units', '/v1/feedback/statuses'];
    const { page, errors } = await open(`/reads-${tag}.html`, `<${tag} unit="binh-giang"></${tag}>`);
    const consoled: string[] = [];
    page.on('console', (m) => consoled.push(m.text()));
    await page.waitForFunction(
      ([name, selector]) => document.querySelector(name)?.shadowRoot?.querySelector(selector),
      [tag, ready] as const,
    );
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ path: new URL(e.name).pathname, by: (e as PerformanceResourceTiming).initiatorType })),
    );
    for (const path of reads) {
      // Issued by the loader's <link rel="preload">, and not fetched again by the SDK.
      assert.deepEqual(
        entries.filter((e) => e.path === path),
        [{ path, by: 'link' }],
        path,
      );
    }
    // Chromium warns about a preload not used within a few seconds: none may be wasted.
    await page.waitForTimeout(3500);
    assert.deepEqual(
      consoled.filter((m) => /preload/i.test(m)),
      [],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("the commune card's unit is preloaded with its code, and read once", async () => {
  const { page, errors } = await open('/reads-card.html', '<shp-commune-info unit="binh-giang"></shp-commune-info>');
  await page.waitForFunction(() =>
    document.querySelector('shp-commune-info')?.shadowRoot?.textContent?.includes('10966'),
  );
  const unit = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname === '/v1/units/binh-giang')
      .map((e) => (e as PerformanceResourceTiming).initiatorType),
  );
  assert.deepEqual(unit, ['link']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an element whose code could not be fetched offline loads when the network is back', async () => {
  const { page } = await open('/offline.html', '<main></main>');
  const context = page.context();
  await context.setOffline(true);
  await page.evaluate(() => {
    const card = document.createElement('shp-commune-info');
    card.setAttribute('unit', 'binh-giang');
    document.querySelector('main')!.append(card);
  });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => customElements.get('shp-commune-info')), undefined);
  await context.setOffline(false); // fires 'online'
  await page.waitForFunction(
    () => document.querySelector('shp-commune-info')?.shadowRoot?.textContent?.includes('10966'),
    undefined,
    {
      timeout: 20_000,
    },
  );
  await page.close();
});

test('a chunk tampered with after the build is refused (SRI through modulepreload), and nothing of it runs', async () => {
  tampered.add(fileOf('commune-info'));
  try {
    const { page, errors } = await open('/tampered.html', '<shp-commune-info unit="binh-giang"></shp-commune-info>');
    await page.waitForFunction(() => performance.getEntriesByType('resource').length > 2);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    assert.equal(await page.evaluate(() => customElements.get('shp-commune-info')), undefined);
    assert.ok(
      errors.some((e) => /integrity|could not load/i.test(e)),
      errors.join('\n'),
    );
    await page.close();
  } finally {
    tampered.clear();
  }
});

test('a lazy part tampered with after the build is refused: its hash comes from the chunk that imports it', async () => {
  tampered.add(fileOf('photos'));
  try {
    const { page } = await open('/tampered-lazy.html', '<shp-feedback-form unit="binh-giang"></shp-feedback-form>');
    await page.waitForFunction(() => customElements.get('shp-feedback-form'));
    const outcome = await page.evaluate(() =>
      window
        .SmartHaiPhong!.chunks.chunk('photos')
        .then(() => 'loaded')
        .catch((e: Error) => e.message),
    );
    assert.match(outcome, /could not load .*photos/);
    await page.close();
  } finally {
    tampered.clear();
  }
});
