// `pnpm dev`: the example commune portal (examples/commune-portal/) with the widgets'
// SOURCE and hot reload, and the sandbox API on the same origin (a middleware that calls the
// sandbox's fetch handler), at http://127.0.0.1:5173/ (PORT, HOST as for `pnpm start`).
// The page keeps its strict CSP, so a change that needs an inline style or a new origin
// shows up here first. Run through `pnpm dev`: it loads this file with the `source` export
// condition, so that the sandbox runs from its TypeScript source without a build.
// Storybook reads this file too (as Vite's default config): it keeps its own root and build,
// and its stories never reach the sandbox.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Sandbox } from '@smart-haiphong/sandbox';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const widgets = fileURLToPath(new URL('./packages/widgets/', import.meta.url));
const pkg = JSON.parse(readFileSync(`${widgets}package.json`, 'utf8')) as { version: string };
/** What `/smart-haiphong.js` is in dev: every element from source (packages/widgets/src/loader/dev.ts). */
const bundleEntry = `${widgets}src/loader/dev.ts`;
/** maplibre's worker, which the bundle expects beside itself (packages/widgets/vite.cdn.config.ts copies it). */
const mapWorker = createRequire(`${widgets}package.json`).resolve('maplibre-gl/dist/maplibre-gl-worker.mjs');
const API_PATH = /^\/(v1(\/|\?|$)|sandbox\/|openapi\.json($|\?))/;

/** `/smart-haiphong.js` (what the page loads) is the bundle's source entry; its worker is maplibre's. */
function scriptTagBundle(): Plugin {
  return {
    name: 'shp:script-tag-bundle',
    apply: 'serve',
    enforce: 'pre',
    resolveId(id) {
      if (id !== '/smart-haiphong.js') return null;
      if (!existsSync(bundleEntry)) this.error(`vite.config.ts: the bundle's entry moved from ${bundleEntry}`);
      return bundleEntry;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/maplibre-gl-worker.mjs') return next();
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
        createReadStream(mapWorker).pipe(res);
      });
    },
  };
}

/**
 * The sandbox API in the dev server: IncomingMessage → Request → sandbox → ServerResponse.
 * The sandbox is imported on the first API request, not when this file loads: Storybook
 * also reads this file (Vite's default config), and its stories answer from MSW instead.
 */
function sandboxApi(): Plugin {
  let sandbox: Promise<Sandbox> | undefined;
  // A variable specifier: a config bundler (Storybook's) must not resolve it ahead of time.
  const specifier = '@smart-haiphong/sandbox';
  const getSandbox = () =>
    (sandbox ??= (import(/* @vite-ignore */ specifier) as Promise<typeof import('@smart-haiphong/sandbox')>).then((m) =>
      m.createSandbox(),
    ));
  return {
    name: 'shp:sandbox-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!API_PATH.test(req.url ?? '')) return next();
        answer(req, res).catch(next);
      });
      async function answer(req: IncomingMessage, res: ServerResponse) {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
        }
        const method = req.method ?? 'GET';
        const body = method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks);
        const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
          method,
          headers,
          ...(body ? { body } : {}),
        });
        const response = await (
          await getSandbox()
        ).handle(request, { clientAddress: req.socket.remoteAddress ?? 'unknown' });
        // The `drop` fault: no answer at all.
        if (response.type === 'error') return void req.socket.destroy();
        const out: Record<string, string> = {};
        response.headers.forEach((value, name) => (out[name] = value));
        res.writeHead(response.status, out);
        res.end(Buffer.from(await response.arrayBuffer()));
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./examples/commune-portal/', import.meta.url)),
  define: { __SHP_VERSION__: JSON.stringify(pkg.version) },
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [scriptTagBundle(), sandboxApi()],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
});
