/**
 * Lazily loaded parts (a widget's strings in one locale, the map engine, the photo
 * pipeline) are named chunks. In the script-tag bundle the loader knows each named
 * chunk's hashed file, its dependencies and their SRI hashes: it preloads them with
 * `integrity` (so the browser refuses tampered bytes) and returns the chunk's URL. In
 * npm builds there is no loader, and the bundler's own dynamic import is used.
 *
 * The names are collected from the source by the CDN build (`lazy('name', () =>
 * import('./file.js'))`, on one line): a new lazy part needs no build configuration.
 */
export function lazy<T>(name: string, load: () => Promise<T>): Promise<T> {
  const loader = chunkLoader();
  if (!loader) return load();
  return loader.chunk(name).then((url) => (url ? (import(/* @vite-ignore */ url) as Promise<T>) : load()));
}

/** The URL of a named file the script-tag bundle ships (e.g. the map worker), if the loader knows it. */
export function chunkUrl(name: string): string | undefined {
  return chunkLoader()?.url(name);
}

/** What the script-tag loader exposes to the chunks it loads, on `window.SmartHaiPhong`. */
export interface ChunkLoader {
  /** Preloads a named chunk and its dependencies with integrity; resolves to its URL (undefined: unknown name). */
  chunk(name: string): Promise<string | undefined>;
  /** The URL of a named file, without loading it. */
  url(name: string): string | undefined;
  /** The SRI hash of a file the bundle ships, by URL. */
  integrity(url: string): string | undefined;
}

/** The SRI hash the loader holds for a file it ships, by URL. */
export function chunkLoaderIntegrity(url: string): string | undefined {
  return chunkLoader()?.integrity(url);
}

function chunkLoader(): ChunkLoader | undefined {
  if (typeof window === 'undefined') return undefined;
  const global = (window as { SmartHaiPhong?: { chunks?: ChunkLoader } }).SmartHaiPhong;
  return global?.chunks;
}
