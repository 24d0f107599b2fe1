/**
 * The script-tag bundle's entry (`smart-haiphong.js`): registers every element and
 * exposes `window.SmartHaiPhong`.
 */
import { configure } from './internal/config.js';
import { setBundledMapWorkerUrl } from './internal/map-loader.js';
import { version } from './internal/version.js';

export * from './index.js';

/** What the script-tag bundle puts on `window`. */
export interface SmartHaiPhongGlobal {
  configure: typeof configure;
  version: string;
}

declare global {
  interface Window {
    SmartHaiPhong?: SmartHaiPhongGlobal;
  }
}

// vite.cdn.config.ts emits the worker beside this file; a variable keeps Vite from
// treating the URL as an asset to resolve at build time.
const workerFile = './maplibre-gl-worker.mjs';
setBundledMapWorkerUrl(new URL(workerFile, import.meta.url).href);

// With two copies of the bundle on a page, the elements of the first are the ones
// registered, so its `configure` is the one that must stay reachable.
window.SmartHaiPhong ??= { configure, version };
