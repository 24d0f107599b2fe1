import { resolveMapWorkerUrl } from './config.js';

/** The maplibre-gl module namespace. */
export type MapEngine = typeof import('maplibre-gl');

let engine: Promise<MapEngine> | undefined;
let sheet: Promise<CSSStyleSheet> | undefined;
let bundledWorkerUrl: string | undefined;

/**
 * The worker URL a bundle ships with. The script-tag bundle sets it to the
 * `maplibre-gl-worker.mjs` it emits beside itself; npm builds leave it unset.
 *
 * @internal
 */
export function setBundledMapWorkerUrl(url: string): void {
  bundledWorkerUrl = url;
}

/**
 * Loads the map engine (maplibre-gl, about 1 MB) the first time a map is about to be
 * shown, never before, and puts its CSS into `root` (a shadow root does not see the
 * page's stylesheets).
 *
 * The worker URL is set explicitly, because maplibre's own guess from
 * `import.meta.url` breaks once bundled: `configure({ mapWorkerUrl })` or the script
 * tag's `data-map-worker-url` first, then the worker the script-tag bundle ships,
 * else maplibre's default (right when maplibre-gl is served unbundled).
 */
export async function loadMapEngine(root?: ShadowRoot | Document): Promise<MapEngine> {
  engine ??= import('maplibre-gl').then(
    (maplibre) => {
      const workerUrl = resolveMapWorkerUrl() ?? bundledWorkerUrl;
      if (workerUrl) maplibre.setWorkerUrl(workerUrl);
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
  sheet ??= import('maplibre-gl/dist/maplibre-gl.css?inline').then(
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
