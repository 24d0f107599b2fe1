import { resolveMapWorkerUrl } from './config.js';
import { chunkLoaderIntegrity, chunkUrl, lazy } from './lazy.js';

/** The maplibre-gl module namespace (with the widgets' `trustedWorkerUrl`). */
export type MapEngine = typeof import('maplibre-gl') & Pick<typeof import('./maplibre.js'), 'trustedWorkerUrl'>;

let engine: Promise<MapEngine> | undefined;
let sheet: Promise<CSSStyleSheet> | undefined;

/**
 * The worker of the script-tag bundle, as a same-origin `blob:` URL: a worker must come
 * from the page's origin, and the bundle may sit on a CDN. Its bytes are fetched with
 * the SRI hash the loader holds, so a tampered worker is refused like any chunk.
 * Needs `worker-src blob:` in a page's CSP (see the webmaster guide).
 */
async function bundledWorkerUrl(): Promise<string | undefined> {
  const url = chunkUrl('maplibre-worker');
  if (!url) return undefined;
  const integrity = chunkLoaderIntegrity(url);
  const response = await fetch(url, { integrity: integrity ?? '', mode: 'cors', credentials: 'omit' });
  if (!response.ok) throw new Error(`map worker: HTTP ${response.status}`);
  const source = await response.blob();
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/**
 * The configured worker as the engine starts it. maplibre turns a worker on another origin
 * into a `blob:` module that imports it (a worker must be same-origin); that is done here
 * instead, so that the `blob:` URL is one the loader made and can vouch for under Trusted Types.
 */
function configuredWorkerUrl(url: string): string {
  if (new URL(url).origin === location.origin || /\.cjs(?:[?#]|$)/.test(url)) return url;
  return URL.createObjectURL(new Blob([`import ${JSON.stringify(url)};`], { type: 'text/javascript' }));
}

function configuredOrBundled(): string | Promise<string | undefined> {
  const configured = resolveMapWorkerUrl();
  return configured ? configuredWorkerUrl(configured) : bundledWorkerUrl();
}

/**
 * Loads the map engine (maplibre-gl, about 1 MB) the first time a map is about to be
 * shown, never before, and puts its CSS into `root` (a shadow root does not see the
 * page's stylesheets).
 *
 * The worker URL is set explicitly, because maplibre's own guess from
 * `import.meta.url` breaks once bundled: `configure({ mapWorkerUrl })` or the script
 * tag's `data-map-worker-url` first, then the worker the script-tag bundle ships
 * (checked against its SRI hash), else maplibre's default (right when maplibre-gl is
 * served unbundled; under Trusted Types only a configured or bundled worker can start).
 */
export async function loadMapEngine(root?: ShadowRoot | Document): Promise<MapEngine> {
  engine ??= Promise.all([
    lazy('maplibre', () => import('./maplibre.js')) as Promise<unknown> as Promise<MapEngine>,
    configuredOrBundled(),
  ]).then(
    ([maplibre, workerUrl]) => {
      // A TrustedScriptURL where Trusted Types exist: `new Worker(url)` is a script sink.
      if (workerUrl) maplibre.setWorkerUrl(maplibre.trustedWorkerUrl(workerUrl));
      return maplibre;
    },
    (error: unknown) => {
      engine = undefined; // a failed download (offline) may succeed on the next call
      throw error;
    },
  );
  const [maplibre] = await Promise.all([engine, root ? adoptMapStyles(root) : undefined]);
  return maplibre;
}

/** Adds maplibre's CSS to `root` once (a single constructed sheet shared by every root). */
export async function adoptMapStyles(root: ShadowRoot | Document): Promise<void> {
  sheet ??= lazy('maplibre-css', () => import('./maplibre-css.js')).then(
    ({ default: css }) => {
      const result = new CSSStyleSheet();
      result.replaceSync(css);
      return result;
    },
    (error: unknown) => {
      sheet = undefined;
      throw error;
    },
  );
  const styles = await sheet;
  if (!root.adoptedStyleSheets.includes(styles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
}
