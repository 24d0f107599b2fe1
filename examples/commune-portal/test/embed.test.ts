// Embedding from another site, as the webmaster guide tells it: the bundle and the API on
// one loopback origin (`pnpm start`), a commune's page on a second origin with only the
// guide's text-box snippet in its body, under the guide's CSP for that layout. The snippet
// and the policy are read from docs/guide-webmaster.en.md (the blocks marked
// `<!-- embed-test:… -->`), so the guide cannot drift from what works; the map's page checks
// the policy's worker-src. Only the entry URL of the guide is used: whatever chunks the
// bundle loads beside it must pass too.
// Needs the widgets built (`pnpm test` runs it after the build).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { startPortal } from '../../../scripts/portal-server.js';

/** The code block that follows `<!-- embed-test:NAME -->` in a guide. */
function guideBlock(guide: string, name: string): string {
  const text = readFileSync(new URL(`../../../docs/${guide}`, import.meta.url), 'utf8');
  const match = new RegExp(`<!-- embed-test:${name} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(text);
  assert.ok(match, `${guide} has a block marked embed-test:${name}`);
  return match[1]!;
}

const DEMO_ORIGIN = 'http://127.0.0.1:8080';
let api: Awaited<ReturnType<typeof startPortal>>;
let host: Server;
let hostUrl: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

before(async () => {
  // The API's default CORS origins (loopback pages on any port) let the second origin in.
  api = await startPortal({ port: 0 });
  const snippet = guideBlock('guide-webmaster.en.md', 'snippet').replaceAll(DEMO_ORIGIN, api.url);
  const csp = guideBlock('guide-webmaster.en.md', 'csp-other-origin')
    .replaceAll('https://bundle.example', api.url)
    .replaceAll('https://api.example', api.url)
    .replace(/\s+/g, ' ')
    .trim();
  // A commune's CMS page: the site sends the policy; the editor's text box holds the snippet.
  // A commune's CMS page: the site sends the policy; the editor's text box holds the snippet.
  const cmsPage = (body: string) => `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8"><title>Trang thử nhúng</title><link rel="icon" href="data:,"></head>
  <body>
    <h1>Cổng thông tin (trang thử)</h1>
    <div class="cms-content">
${body}
    </div>
  </body>
</html>`;
  const pages: Record<string, string> = {
    '/': cmsPage(snippet),
    // The same script tag with the map instead: its worker under the same policy.
    '/ban-do': cmsPage(snippet.replace(/<shp-[\s\S]*$/, '<shp-feedback-map></shp-feedback-map>')),
    // The same again on a page that enforces Trusted Types with the policies the guide names.
    '/ban-do-tt': cmsPage(snippet.replace(/<shp-[\s\S]*$/, '<shp-feedback-map></shp-feedback-map>')),
  };
  const trustedTypes = guideBlock('guide-webmaster.en.md', 'csp-trusted-types').replace(/\s+/g, ' ').trim();
  host = createServer((req, res) => {
    const html = pages[req.url ?? ''];
    if (!html) return void res.writeHead(404).end();
    const policy = req.url === '/ban-do-tt' ? `${csp}; ${trustedTypes}` : csp;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    res.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // `localhost` and `127.0.0.1` are two origins: the page is cross-origin to the bundle and the API.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(hostUrl);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await api?.close();
});

const shadowText = (tag: string) =>
  page.evaluate((name) => document.querySelector(name)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', tag);

test('the guides give the same snippet and policy in Vietnamese and English', () => {
  for (const name of ['snippet', 'csp-same-origin', 'csp-other-origin', 'csp-trusted-types']) {
    assert.equal(guideBlock('guide-webmaster.vi.md', name), guideBlock('guide-webmaster.en.md', name), name);
  }
});

test("the example portal (tested end to end in portal.test.ts) runs under the guide's same-origin policy", () => {
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values.join(' ')]),
    );
  const portal = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(portal);
  assert.ok(meta, 'the portal declares its policy');
  const portalPolicy = directives(meta[1]!);
  for (const [name, values] of directives(guideBlock('guide-webmaster.en.md', 'csp-same-origin'))) {
    assert.equal(portalPolicy.get(name), values, name);
  }
});

test('the snippet in a page body on another origin renders the commune card and the form with data', async () => {
  const unit = (await (await fetch(`${api.url}/v1/units/binh-giang`)).json()) as { name: string; code: string };
  const categories = (await (await fetch(`${api.url}/v1/feedback/categories`)).json()) as {
    items: { name: string }[];
  };
  await page.waitForFunction(
    (code) => document.querySelector('shp-commune-info')?.shadowRoot?.textContent?.includes(code),
    unit.code,
  );
  assert.match(await shadowText('shp-commune-info'), new RegExp(unit.name));
  // The form has loaded its categories from the API on the other origin.
  await page.waitForFunction(
    (names) => names.some((n) => document.querySelector('shp-feedback-form')?.shadowRoot?.textContent?.includes(n)),
    categories.items.map((c) => c.name),
  );
  assert.match(await shadowText('shp-feedback-form'), /Gửi phản ánh/);
  assert.ok(
    requests.some((u) => u.startsWith(`${api.url}/v1/`)),
    'the widgets called the API on its own origin',
  );
  assert.ok(!requests.some((u) => new URL(u).origin === new URL(hostUrl).origin && u !== hostUrl));
  assert.deepEqual(problems, []);
});

test('a write from the page passes the API preflight and its problem answer is readable', async () => {
  // What the form's submit needs: POST with JSON and custom headers (a CORS preflight).
  const answer = await page.evaluate(async (base) => {
    const response = await fetch(`${base}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: '{}',
    });
    return { status: response.status, body: (await response.json()) as { param?: string } };
  }, api.url);
  assert.equal(answer.status, 400);
  assert.match(answer.body.param ?? '', /^body\./);
  // Chromium logs every 4xx answer as a console error: that one was asked for.
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
  problems.length = 0;
});

test('the page is really under the policy (an inline script is refused and reported)', async () => {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    return 'inlineRan' in window;
  });
  assert.equal(ran, false);
  await page.waitForFunction(() => true);
  assert.ok(
    problems.some((p) => /CSP violation: script-src/.test(p)),
    problems.join('\n'),
  );
});

for (const [path, what] of [
  ['/ban-do', "the guide's worker-src lets its worker start"],
  ['/ban-do-tt', "under the guide's Trusted Types directives too (issue 9 item 11)"],
] as const)
  test(`the map from the same script tag draws its reports: ${what}`, async () => {
    const mapPage = await browser.newPage();
    const mapProblems: string[] = [];
    mapPage.on('pageerror', (error) => mapProblems.push(`page error: ${error.message}`));
    mapPage.on('console', (message) => {
      // SwiftShader's "GPU stall due to ReadPixels" is noise of headless WebGL.
      if (message.type() === 'error' && !/GPU stall/.test(message.text())) mapProblems.push(message.text());
    });
    await mapPage.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`);
      });
    });
    await mapPage.goto(new URL(path, hostUrl).href);
    await mapPage.waitForFunction(
      () => document.querySelector('shp-feedback-map')?.shadowRoot?.querySelector('[part~="cluster"], [part~="pin"]'),
      undefined,
      { timeout: 30_000 },
    );
    assert.deepEqual(mapProblems, []);
    if (path === '/ban-do-tt') {
      // The page really enforces Trusted Types: a plain string into an HTML sink is refused.
      const refused = await mapPage.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      assert.equal(refused, true);
    }
    await mapPage.close();
  });
