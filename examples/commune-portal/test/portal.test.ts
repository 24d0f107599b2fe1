// The example commune portal end to end, as a citizen's browser sees it: the built
// script-tag bundle under the page's strict CSP, every widget rendered, the map drawn
// when scrolled to, and "Phản ánh tại đây" filling the feedback form. Needs the widgets
// built (`pnpm test` runs it after the build).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { startPortal } from '../../../scripts/portal-server.js';

let server: Awaited<ReturnType<typeof startPortal>>;
let browser: Browser;
let page: Page;
const problems: string[] = [];

before(async () => {
  server = await startPortal({ port: 0 });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // SwiftShader's "GPU stall due to ReadPixels" is noise of headless WebGL.
    if (message.type() === 'error' && !/GPU stall/.test(message.text())) problems.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(server.url);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe on the whole page with every rule, the landmark ones (`region`) included, through the
 * widgets' open shadow roots: one line per violation, empty when clean.
 */
async function axeViolations(p: Page): Promise<string[]> {
  // Evaluated through DevTools, not added as a <script>: the page's CSP allows no inline script.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axeSource);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The landmark around the sample notice ("Trang minh họa: dữ liệu mẫu…"), by its element. */
const noticeLandmark = (p: Page) =>
  p.evaluate(() => {
    const landmark = document
      .querySelector('.sample-notice')
      ?.closest('header, nav, main, aside, footer, section, form');
    // A <header> is the banner only outside article, aside, main, nav and section.
    return landmark ? `${landmark.localName} in ${landmark.parentElement?.localName}` : null;
  });

/** Text of an element's shadow root, once `ready` holds. */
const shadowText = (tag: string) =>
  page.evaluate((name) => document.querySelector(name)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', tag);

test('the portal shows every widget in Vietnamese, under its strict CSP, without errors', async () => {
  await page.waitForFunction(() =>
    document.querySelector('shp-commune-info')?.shadowRoot?.textContent?.includes('10966'),
  );
  assert.match(await shadowText('shp-commune-info'), /Xã Bình Giang/);
  await page.waitForFunction(() =>
    document.querySelector('shp-feedback-form')?.shadowRoot?.querySelector('[part~="submit-button"]'),
  );
  assert.match(await shadowText('shp-feedback-form'), /Gửi phản ánh/);
  // The map's list works before the map engine is loaded.
  await page.waitForFunction(() =>
    document.querySelector('shp-feedback-map')?.shadowRoot?.querySelector('[part~="item"]'),
  );
  assert.match(await shadowText('shp-feedback-map'), /Danh sách phản ánh/);
  // Nearby places from the commune's centre, said as such (never as the citizen's position).
  await page.waitForFunction(() =>
    document.querySelector('shp-nearby-places')?.shadowRoot?.querySelector('[part~="place"]'),
  );
  assert.match(await shadowText('shp-nearby-places'), /Gần trung tâm xã Bình Giang/);
  // The news list, scoped to the commune, with its category filter. It is virtualised: its
  // items are drawn when the list is on screen.
  await page.evaluate(() => document.querySelector('shp-news-feed')!.scrollIntoView());
  await page.waitForFunction(() =>
    document.querySelector('shp-news-feed')?.shadowRoot?.querySelector('[part~="item"]'),
  );
  assert.match(await shadowText('shp-news-feed'), /Tất cả chuyên mục/);
  // The rollout summary: figures, and bars drawn under the CSP (no inline style attribute).
  await page.waitForFunction(() =>
    document.querySelector('shp-rollout-report')?.shadowRoot?.querySelector('[part~="chart"] .bar-fill'),
  );
  assert.match(await shadowText('shp-rollout-report'), /Tiến độ cài đặt Smart Hải Phòng – Xã Bình Giang/);
  assert.match(await shadowText('shp-rollout-report'), /20\/25 đơn vị đã báo cáo/);
  assert.notEqual(
    await page.evaluate(
      () =>
        (document.querySelector('shp-rollout-report')!.shadowRoot!.querySelector('.bar-fill') as HTMLElement).style
          .width,
    ),
    '',
  );
  assert.deepEqual(problems, []);
});

test('the portal is axe-clean, landmarks included: the sample notice is in the banner, the skip link leads to the content', async () => {
  // The page as the first test left it: every widget drawn, the news list scrolled to.
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await noticeLandmark(page), 'header in body');

  // A phone, fresh: the widgets below the fold (the news list not laid out yet) too.
  const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
  try {
    await phone.goto(server.url);
    await phone.waitForFunction(
      () =>
        [
          ['shp-commune-info', '[part~="code"]'],
          ['shp-feedback-form', '[part~="submit-button"]'],
          ['shp-feedback-map', '[part~="item"]'],
          ['shp-nearby-places', '[part~="place"]'],
          ['shp-procedure-search', 'h3'],
          ['shp-dossier-tracker', 'h3'],
          ['shp-rollout-report', '[part~="chart"]'],
        ].every(([tag, selector]) => document.querySelector(tag!)?.shadowRoot?.querySelector(selector!)) &&
        document.querySelector('shp-news-feed')?.shadowRoot?.querySelector('[part~="list"]'),
      undefined,
      { timeout: 30_000 },
    );
    assert.deepEqual(await axeViolations(phone), []);
    assert.equal(await noticeLandmark(phone), 'header in body');
    // The notice still reads as the page's first line, full width, and nothing scrolls sideways.
    const layout = await phone.evaluate(() => ({
      notice: document.querySelector('.sample-notice')!.getBoundingClientRect().toJSON() as DOMRect,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    assert.equal(layout.notice.top, 0);
    assert.equal(layout.notice.width, 360);
    assert.ok(layout.scrollWidth <= 360, `scrollWidth ${layout.scrollWidth}`);

    // The skip link is the first stop; Enter goes to <main>, and the next Tab stays in it.
    await phone.keyboard.press('Tab');
    assert.equal(await phone.evaluate(() => document.activeElement?.className), 'skip-link');
    await phone.keyboard.press('Enter');
    assert.equal(await phone.evaluate(() => location.hash), '#noi-dung');
    await phone.keyboard.press('Tab');
    assert.equal(await phone.evaluate(() => document.activeElement?.closest('main')?.id ?? null), 'noi-dung');
  } finally {
    await phone.close();
  }
});

test('"Dịch vụ công": each widget’s title is the section’s h3, said once (the page adds no heading of its own)', async () => {
  await page.waitForFunction(() =>
    ['shp-procedure-search', 'shp-dossier-tracker'].every((tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('h3'),
    ),
  );
  const outline = await page.evaluate(() => {
    const section = document.querySelector('section[aria-labelledby="dich-vu-cong"]')!;
    const own = [...section.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`);
    const titles = ['shp-procedure-search', 'shp-dossier-tracker'].map((tag) => {
      const h = section.querySelector(tag)?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');
      return h ? `${h.localName} ${h.textContent?.trim()}` : null;
    });
    return { own, titles };
  });
  assert.deepEqual(outline.own, ['h2 Dịch vụ công']);
  assert.deepEqual(outline.titles, ['h3 Tra cứu thủ tục hành chính', 'h3 Tra cứu hồ sơ, phản ánh']);
});

test('the outline, the widgets’ headings included: each widget heading sits below the page heading before it, none skips a level', async () => {
  await page.waitForFunction(
    () =>
      document.querySelector('shp-feedback-map')?.shadowRoot?.querySelector('.section-title') &&
      document.querySelector('shp-feedback-form')?.shadowRoot?.querySelector('[part~="submit-button"]') &&
      document.querySelector('shp-nearby-places')?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6'),
  );
  const headings = await page.evaluate(() => {
    // A depth-first walk through the page and every open shadow root, in document order
    // (a loop: the test's compiler wraps named inner functions in a helper the page lacks).
    const out: { level: number; text: string; widget: boolean }[] = [];
    const stack: [Element, boolean][] = [[document.body, false]];
    while (stack.length) {
      const [el, widget] = stack.pop()!;
      if (/^H[1-6]$/.test(el.tagName)) {
        out.push({ level: Number(el.tagName[1]), text: el.textContent!.trim().slice(0, 50), widget });
      }
      const children: [Element, boolean][] = [...el.children].map((c) => [c, widget]);
      if (el.shadowRoot) children.unshift(...[...el.shadowRoot.children].map((c): [Element, boolean] => [c, true]));
      stack.push(...children.reverse());
    }
    return out;
  });
  const wrong: string[] = [];
  let page_ = 0;
  headings.forEach((h, i) => {
    const before = headings[i - 1];
    if (before && h.level > before.level + 1)
      wrong.push(`h${h.level} "${h.text}" skips a level after h${before.level}`);
    if (!h.widget) page_ = h.level;
    else if (h.level <= page_) wrong.push(`h${h.level} "${h.text}" is not below the page's h${page_}`);
  });
  assert.deepEqual(wrong, []);
  assert.ok(headings.some((h) => h.widget && h.text === 'Danh sách phản ánh trong khung nhìn' && h.level === 4));
});

test('the rollout report page: an officer signs in with the dev sign-in, and the printout is the report alone', async () => {
  const other = await browser.newPage({ viewport: { width: 390, height: 800 } });
  const errors: string[] = [];
  other.on('pageerror', (error) => errors.push(error.message));
  await other.goto(new URL('bao-cao-trien-khai.html', server.url).href);
  const inReport = (selector: string) =>
    other.waitForFunction(
      (s) => document.querySelector('shp-rollout-report')?.shadowRoot?.querySelector(s) ?? false,
      selector,
      { timeout: 20_000 },
    );
  const signInButton = await inReport('[part~="sign-in"] button');
  // axe-clean with its landmarks, the sample notice in the banner as on the front page.
  assert.deepEqual(await axeViolations(other), []);
  assert.equal(await noticeLandmark(other), 'header in body');
  assert.match((await signInButton.evaluate((b) => (b as HTMLElement).textContent)) ?? '', /Đăng nhập bằng VNeID/);

  const popup = other.waitForEvent('popup');
  await signInButton.evaluate((b) => (b as HTMLElement).click());
  const signIn = await popup;
  await signIn.locator('a.button').click(); // the dev sign-in page's "Đăng nhập / Sign in"
  // login-hint="officer:thon-mau-4" on the page: the officer's form opens.
  await inReport('[part~="table"]');
  const title = await other.evaluate(
    () => document.querySelector('shp-rollout-report')!.shadowRoot!.querySelector('h2')!.textContent ?? '',
  );
  assert.match(title, /Thôn mẫu 4/);

  await other.emulateMedia({ media: 'print' });
  const shown = await other.evaluate(() => {
    const root = document.querySelector('shp-rollout-report')!.shadowRoot!;
    return [
      getComputedStyle(document.querySelector('.masthead')!).display,
      getComputedStyle(root.querySelector('[part~="print"]')!).display,
      getComputedStyle(root.querySelector('.screen')!).display,
    ];
  });
  assert.deepEqual(shown, ['none', 'block', 'none']);
  assert.deepEqual(errors, []);
  await other.close();
});

test('the map engine loads when the map is scrolled to, and draws reports without remote fonts', async () => {
  const engineRequests: string[] = [];
  page.on('request', (r) => {
    if (/maplibre/.test(r.url())) engineRequests.push(r.url());
  });
  await page.evaluate(() => document.querySelector('shp-feedback-map')!.scrollIntoView());
  await page.waitForFunction(
    () => document.querySelector('shp-feedback-map')?.shadowRoot?.querySelector('[part~="cluster"], [part~="pin"]'),
    undefined,
    { timeout: 30_000 },
  );
  assert.ok(
    engineRequests.some((u) => u.includes('maplibre-gl-worker')),
    'the worker served beside the bundle',
  );
  assert.deepEqual(problems, []);
});

test('"Phản ánh tại đây" fills the feedback form with the point and its commune', async () => {
  await page.evaluate(() => {
    const map = document.querySelector('shp-feedback-map')!.shadowRoot!;
    (map.querySelector('[part~="pick-button"]') as HTMLElement).click();
  });
  await page.waitForFunction(() =>
    document.querySelector('shp-feedback-map')?.shadowRoot?.querySelector('[part~="pick-centre-button"]'),
  );
  await page.evaluate(() => {
    const map = document.querySelector('shp-feedback-map')!.shadowRoot!;
    (map.querySelector('[part~="pick-centre-button"]') as HTMLElement).click();
  });
  const location = await page.waitForFunction(() => {
    const form = document.querySelector('shp-feedback-form') as (HTMLElement & { location: unknown }) | null;
    return form?.location ?? false;
  });
  const { lat, lon } = (await location.jsonValue()) as { lat: number; lon: number };
  // Inside xã Bình Giang's frame, where the portal's map is scoped.
  assert.ok(lat > 20.7 && lat < 21.05 && lon > 106.05 && lon < 106.35, `${lat}, ${lon}`);
  assert.equal(
    await page.evaluate(() => (document.querySelector('shp-feedback-form') as HTMLElement & { unit: string }).unit),
    '10966',
  );
  // Linked by the form's pick-from attribute (no page script), focus moves to the form's location.
  await page.waitForFunction(
    () => document.querySelector('shp-feedback-form')?.shadowRoot?.activeElement?.matches('fieldset.location') ?? false,
  );
  assert.equal(
    await page.evaluate(
      () => document.querySelectorAll('script:not([type="module"][src$="smart-haiphong.js"])').length,
    ),
    0,
  );
  assert.deepEqual(problems, []);
});

test("the form's own map opens under the CSP: its lazy chunk, the offline basemap, a point set by keyboard", async () => {
  const show = page.locator('shp-feedback-form').getByRole('button', { name: 'Chọn trên bản đồ' });
  await show.scrollIntoViewIfNeeded();
  await show.click();
  await page.waitForFunction(
    () =>
      (document.querySelector('shp-feedback-form') as HTMLElement & { map?: { loaded(): boolean } }).map?.loaded() ??
      false,
    undefined,
    { timeout: 30_000 },
  );
  const canvas = page.locator('shp-feedback-form canvas');
  assert.match((await canvas.getAttribute('aria-label')) ?? '', /^Bản đồ chọn vị trí/);
  assert.ok(
    await page.evaluate(() => {
      const form = document.querySelector('shp-feedback-form') as HTMLElement & {
        map: { getStyle(): { layers: { id: string }[] } };
      };
      return form.map.getStyle().layers.some((l) => l.id === 'land');
    }),
    'the offline basemap',
  );
  await canvas.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    /Vị trí trên bản đồ: gần /.test(
      document.querySelector('shp-feedback-form')?.shadowRoot?.querySelector('.location [role="status"]')
        ?.textContent ?? '',
    ),
  );
  // Its own chunk (fetched in idle time once the form showed, or on the click), checked by the loader's SRI.
  assert.ok(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => /feedback-form\.map-[\w-]+\.js$/.test(e.name)),
    ),
    'the map came in its own chunk',
  );
  assert.deepEqual(problems, []);
});

test('nearby places in map view: the list’s places and the commune’s centre on the map, from the built bundle under the CSP', async () => {
  await page.evaluate(() => {
    const el = document.querySelector('shp-nearby-places')!;
    el.scrollIntoView();
    (el.shadowRoot!.querySelector('[data-view="map"]') as HTMLElement).click();
  });
  // No named helpers inside evaluate: tsx would wrap them in a __name() the page lacks.
  const ids = () =>
    page.evaluate(() =>
      ['[part~="place"]', '[part~="pin"]'].map((selector) =>
        Array.from(
          document.querySelector('shp-nearby-places')!.shadowRoot!.querySelectorAll<HTMLElement>(selector),
          (e) => e.dataset['id'] ?? '',
        ).sort(),
      ),
    );
  await page.waitForFunction(
    () => {
      const root = document.querySelector('shp-nearby-places')?.shadowRoot;
      return (root?.querySelectorAll('[part~="pin"]').length ?? 0) > 0 && root?.querySelector('[part~="origin"]');
    },
    undefined,
    { timeout: 30_000 },
  );
  // The markers of a view are drawn after the map settles: wait for them to catch up.
  for (let i = 0; i < 50; i++) {
    const [list, map] = await ids();
    if (list!.join() === map!.join()) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const [list, map] = await ids();
  assert.ok(list!.length > 0);
  assert.deepEqual(map, list);
  const origin = await page.evaluate(() =>
    document
      .querySelector('shp-nearby-places')!
      .shadowRoot!.querySelector('[part~="origin"]')!
      .getAttribute('aria-label'),
  );
  assert.equal(origin, 'Tâm tìm kiếm: trung tâm xã Bình Giang (không phải vị trí của bạn)');
  assert.deepEqual(problems, []);
});
