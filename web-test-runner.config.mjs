// Browser tests: packages/widgets/src/**/*.test.ts in Debian's Chromium through
// Playwright. Run with `pnpm test:browser` (CHROMIUM_PATH overrides the browser).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './packages/widgets/test/summary-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const widgetsDir = path.join(rootDir, 'packages/widgets');
const requireFromWidgets = createRequire(path.join(widgetsDir, 'package.json'));

/** Serves MSW's worker at the root so that its scope covers the test pages. */
async function mswWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.body = await readFile(path.join(widgetsDir, 'test/msw/mockServiceWorker.js'), 'utf8');
}

const browserPath = (file) => `/${path.relative(rootDir, realpathSync(file)).split(path.sep).join('/')}`;

/** `import css from 'x.css?inline'` as in Vite: a module whose default export is the CSS text. */
function inlineCss() {
  return {
    name: 'shp-inline-css',
    resolveImport({ source, context }) {
      if (!source.endsWith('.css?inline')) return undefined;
      const specifier = source.slice(0, -'?inline'.length);
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        return `${new URL(specifier, `http://x${context.path}`).pathname}?inline`;
      }
      return `${browserPath(requireFromWidgets.resolve(specifier))}?inline`;
    },
    async serve(context) {
      if (!context.path.endsWith('.css') || !context.URL.searchParams.has('inline')) return undefined;
      const css = await readFile(path.join(rootDir, decodeURIComponent(context.path)), 'utf8');
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    },
  };
}

/**
 * `import data from './x.json' with { type: 'json' }` (the sandbox's seed): esbuild drops
 * the attribute when it compiles TypeScript, so JSON imported by a module (a script
 * destination) is served as a JavaScript module instead.
 */
function jsonModules() {
  return {
    name: 'shp-json-modules',
    async serve(context) {
      if (!context.path.endsWith('.json') || context.get('sec-fetch-dest') !== 'script') return undefined;
      const json = await readFile(path.join(rootDir, decodeURIComponent(context.path)), 'utf8');
      return { body: `export default ${json};`, type: 'js' };
    },
  };
}

export default {
  rootDir,
  files: ['packages/widgets/src/**/*.test.ts'],
  // `source` first: workspace packages (the SDK, the sandbox) are served from src/.
  nodeResolve: { exportConditions: ['source', 'browser', 'import'] },
  concurrency: 2,
  browserStartTimeout: 60_000,
  // The whole browser run, not one test: 42 files took ~200 s on a busy 2-core machine.
  testsFinishTimeout: 480_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    }),
  ],
  middleware: [mswWorker],
  plugins: [
    inlineCss(),
    jsonModules(),
    // Reads experimentalDecorators / useDefineForClassFields from the widgets' tsconfig
    // (esbuild reads that file as is, without following `extends`).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(widgetsDir, 'tsconfig.json') }),
  ],
  reporters: [defaultReporter(), summaryReporter({ outFile: path.join(rootDir, '.tmp/wtr-summary.json') })],
};
