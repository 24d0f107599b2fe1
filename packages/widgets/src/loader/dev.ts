/**
 * `pnpm dev`'s stand-in for the loader: every element from source (Vite serves each
 * module on demand, so there is no chunk table), `SmartHaiPhong.configure()` and the map
 * worker served by the dev server.
 */
import '../index.js';
import { configure } from '../internal/config.js';
import { version } from '../internal/version.js';

configure({ mapWorkerUrl: new URL('/maplibre-gl-worker.mjs', location.href).href });
(window as unknown as { SmartHaiPhong?: unknown }).SmartHaiPhong ??= {
  version,
  configure,
  load: (tag: string) => customElements.whenDefined(tag).then(() => undefined),
  scan: () => undefined,
};
