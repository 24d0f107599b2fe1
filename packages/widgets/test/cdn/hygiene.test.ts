// Issue 9, cases 13 and 16 on the built bundle (dist/cdn) in Chromium: the map's worker is
// covered by SRI like every chunk (a tampered worker never runs, the map says so and the list
// stays), and the widgets leave on the host page only the globals docs/decisions.md names.
// Needs the widgets built (`pnpm test` runs it after the build).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { fileOf, useBuiltBundle } from './built-bundle.js';

const WORKER = fileOf('maplibre-worker');
const bundle = useBuiltBundle();
const { pages } = bundle;
let tamperWorker = false;
// A worker that would announce itself if it ran: its hash no longer matches.
bundle.alter = (file, body) =>
  tamperWorker && file === WORKER ? Buffer.concat([Buffer.from('postMessage("tampered");\n'), body]) : body;

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src blob:";
const html = (body: string, script = true) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <meta http-equiv="Content-Security-Policy" content="${CSP}">
  ${script ? '<script type="module" src="/cdn/smart-haiphong.js" data-locale="vi"></script>' : ''}</head><body>${body}</body></html>`;

async function open(path: string, body: string, script = true): Promise<{ page: Page; errors: string[] }> {
  pages.set(path, html(body, script));
  const page = await bundle.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall/.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${bundle.server.url}${path}`);
  return { page, errors };
}

test('case 13: a tampered map worker is refused by its SRI hash; the map says so, the list stays, nothing is uncaught', async () => {
  tamperWorker = true;
  try {
    const { page, errors } = await open(
      '/tampered-worker.html',
      '<shp-feedback-map style="display:block;width:800px"></shp-feedback-map>',
    );
    await page.waitForFunction(
      () => document.querySelector('shp-feedback-map')?.shadowRoot?.querySelector('.map-overlay[role="alert"]'),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      () => document.querySelector('shp-feedback-map')?.shadowRoot?.querySelector('[part~="item"]'),
      undefined,
      { timeout: 10_000 },
    );
    const markers = await page.evaluate(
      () =>
        document.querySelector('shp-feedback-map')!.shadowRoot!.querySelectorAll('[part~="cluster"], [part~="pin"]')
          .length,
    );
    assert.equal(markers, 0, 'no map drawn with a worker that failed its check');
    assert.ok(
      errors.some((e) => /integrity|digest/i.test(e)),
      errors.join('\n'),
    );
    assert.deepEqual(
      errors.filter((e) => e.startsWith('uncaught')),
      [],
    );
    await page.close();
  } finally {
    tamperWorker = false;
  }
});

/** Own properties of `window` the widgets add (a blank page of the same origin is the baseline). */
test('case 16: every widget on a page adds only the globals the decisions name', async () => {
  const blank = await open('/blank.html', '<p>trống</p>', false);
  const baseline = new Set(await blank.page.evaluate(() => Object.getOwnPropertyNames(window)));
  await blank.page.close();
  const tags = [
    'shp-feedback-map style="display:block;width:800px"', // first: on screen, so its engine loads
    'shp-commune-info unit="binh-giang"',
    'shp-feedback-form',
    'shp-nearby-places unit="binh-giang"',
    'shp-procedure-search',
    'shp-dossier-tracker',
    'shp-news-feed',
    'shp-rollout-report',
  ];
  const { page, errors } = await open('/every-widget.html', tags.map((t) => `<${t}></${t.split(' ')[0]}>`).join('\n'));
  await page.waitForFunction(
    (names) => names.every((n) => customElements.get(n) && document.querySelector(n)?.shadowRoot?.childElementCount),
    tags.map((t) => t.split(' ')[0]!),
    { timeout: 30_000 },
  );
  // The map's engine too (it loads when the map is on screen).
  await page.waitForFunction(
    () => (document.querySelector('shp-feedback-map') as { map?: { loaded(): boolean } } | null)?.map?.loaded(),
    undefined,
    { timeout: 30_000 },
  );
  const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((n) => !baseline.has(n)).sort();
  assert.deepEqual(added, [
    'SmartHaiPhong', // ours
    '__zod_globalConfig', // zod's core, at module load
    'litElementVersions', // Lit's duplicate-copy checks and shared decorator metadata
    'litHtmlVersions',
    'litPropertyMetadata',
    'reactiveElementVersions',
  ]);
  assert.deepEqual(
    errors.filter((e) => e.startsWith('uncaught')),
    [],
  );
  await page.close();
});
