// `pnpm dev` (the root vite.config.ts): the portal served with the widgets' source and the
// sandbox API on the same origin, under the portal's strict CSP, with no console error.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

let server: ViteDevServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const scripts: string[] = [];

before(async () => {
  server = await createServer({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    configLoader: 'native',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: { port: 0 } },
    logLevel: 'error',
  });
  await server.listen();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(server.resolvedUrls!.local[0]!);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('pnpm dev serves the portal from the widgets source, with the sandbox API, under the strict CSP', async () => {
  const unit = (await page.evaluate(async () => (await fetch('/v1/units/binh-giang')).json())) as { code: string };
  await page.waitForFunction(
    (code) => document.querySelector('shp-commune-info')?.shadowRoot?.textContent?.includes(code),
    unit.code,
    { timeout: 60_000 },
  );
  await page.waitForFunction(
    () => document.querySelector('shp-feedback-form')?.shadowRoot?.querySelector('[part~="submit-button"]'),
    undefined,
    { timeout: 30_000 },
  );
  assert.ok(
    scripts.some((u) => /\/packages\/widgets\/src\/.+\.ts$/.test(u)),
    'the widgets come from their TypeScript source',
  );
  assert.ok(
    scripts.some((u) => u.endsWith('/@vite/client')),
    'with the reload client',
  );
  assert.deepEqual(problems, []);
});
