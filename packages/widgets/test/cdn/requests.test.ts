// What a page with every widget requests, counted per URL on the built bundle (dist/cdn): one
// read of the units list however many widgets need it, no file of the other language, and
// only the lazy parts its elements may need. Needs the widgets built (`pnpm test` builds first).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { fileOf, graph, useBuiltBundle } from './built-bundle.js';

const bundle = useBuiltBundle();

/** Every file a strings chunk of `locale` brings (itself and its static imports). */
const stringFiles = (locale: string): Set<string> =>
  new Set(
    Object.entries(graph.chunks)
      .filter(([name]) => name.endsWith(`.${locale}`))
      .flatMap(([, c]) => [c.file, ...c.deps]),
  );
const vi = stringFiles('vi');
/** Files that hold English strings only: never needed on a Vietnamese page. */
const englishOnly = [...stringFiles('en')].filter((file) => !vi.has(file));

// The example portal's widgets (examples/commune-portal/index.html).
const PORTAL = `
  <shp-procedure-search heading-level="3"></shp-procedure-search>
  <shp-dossier-tracker heading-level="3"></shp-dossier-tracker>
  <shp-news-feed unit="binh-giang" heading-level="3"></shp-news-feed>
  <shp-rollout-report mode="summary" unit="binh-giang" heading-level="3"></shp-rollout-report>
  <shp-feedback-map id="map" unit="binh-giang"></shp-feedback-map>
  <shp-feedback-form unit="binh-giang" pick-from="map"></shp-feedback-form>
  <shp-nearby-places unit="binh-giang" heading-level="3"></shp-nearby-places>
  <shp-commune-info unit="binh-giang"></shp-commune-info>`;

const html = (body: string, locale: string) =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <script type="module" src="/cdn/smart-haiphong.js" data-locale="${locale}"></script></head><body>${body}</body></html>`;

/** Opens the page and counts every request by path (with its query), until `idleFile` has been fetched and a little more. */
async function requestsOf(path: string, body: string, locale: string, idleFiles: string[]) {
  bundle.pages.set(path, html(body, locale));
  const page: Page = await bundle.browser.newPage();
  const counts = new Map<string, number>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    const key = url.pathname.startsWith('/cdn/') ? url.pathname.slice('/cdn/'.length) : url.pathname + url.search;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  await page.goto(`${bundle.server.url}${path}`);
  // The idle-time prefetches come once the elements have shown their content.
  for (const file of idleFiles)
    await page.waitForFunction((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(f)), file, {
      timeout: 60_000,
    });
  await page.waitForTimeout(2500);
  await page.close();
  return counts;
}

test('a Vietnamese page with every widget: units read once, no English file, no part its elements cannot need', async () => {
  const counts = await requestsOf('/portal.html', PORTAL, 'vi', [
    fileOf('photos'),
    fileOf('nearby-places-map'),
    fileOf('news-reader'),
  ]);
  // The loader's preload, then the SDK of the form, the map, the news feed and the nearby
  // places: all one request, as the answer is the same (both languages in one answer).
  assert.equal(counts.get('/v1/units'), 1, 'GET /v1/units');
  for (const [key, n] of counts) assert.equal(n, 1, `${key} requested ${n} times`);
  const english = englishOnly.filter((file) => counts.has(file));
  assert.deepEqual(english, [], 'English strings on a Vietnamese page');
  // The map's strings are prefetched for offline use, in the page's language.
  assert.ok(counts.has(fileOf('marker-map.vi')));
  // A report fixed to `summary` never shows the signed-in views: not prefetched.
  assert.ok(!counts.has(fileOf('rollout-report-signed-in')));
});

test("an English page prefetches the form map's English strings, not the Vietnamese ones", async () => {
  const counts = await requestsOf('/form-en.html', '<shp-feedback-form unit="binh-giang"></shp-feedback-form>', 'en', [
    fileOf('photos'),
    fileOf('marker-map.en'),
  ]);
  assert.ok(!counts.has(fileOf('marker-map.vi')));
  assert.ok(!counts.has(fileOf('feedback-form.vi')));
});

test('a report that may be signed in still prefetches its signed-in views', async () => {
  const counts = await requestsOf('/report.html', '<shp-rollout-report unit="binh-giang"></shp-rollout-report>', 'vi', [
    fileOf('rollout-report-signed-in'),
  ]);
  assert.equal(counts.get(fileOf('rollout-report-signed-in')), 1);
});
