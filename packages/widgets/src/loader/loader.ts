/**
 * The script-tag loader (`smart-haiphong.js`): the only file a page names. It defines
 * nothing heavy. It finds `shp-*` elements in the page (also ones added later by a CMS
 * or a single-page app, and inside open shadow roots) and imports each element's chunk
 * the first time one appears; the shared runtime (Lit, the SDK, the base element) and
 * the page language's strings come with it, fetched once.
 *
 * Integrity: every chunk is preloaded with `<link rel="modulepreload" integrity>`
 * before it is imported, so the browser checks its SRI hash and refuses tampered bytes
 * (the failed preload stays in the module map, and the import fails with it). See
 * docs/decisions.md, "Delivery", for the browsers that enforce it. The loader holds the
 * hashes of the elements' and strings' chunks only; a lazy part's file and hash come from
 * the chunk that imports it (`chunks.add`, written by the build), checked itself.
 *
 * It imports nothing: the chunk table is written into it by the build.
 */

/**
 * Chunk name → its file, then every file it imports statically (transitively), relative
 * to the loader.
 */
export type Chunks = Record<string, string[]>;
/** File → its SRI hash (`sha256-…`). */
export type Integrity = Record<string, string>;

/**
 * What the build writes into the loader (see vite.loader.config.ts): the elements' and
 * the strings' chunks. Lazy parts are handed over by the chunk that imports them.
 */
export interface ChunkTable {
  version: string;
  /** The elements' chunk names; `<shp-NAME>` is the element. */
  widgets: string[];
  /**
   * Every file: its stem (`chunks/<stem>.js`; a chunk's name is the stem without its
   * `-<8-character hash>`), its sha256 in base64 and the indexes of the files it imports
   * statically (transitively).
   */
  files: ([stem: string, sha256: string] | [stem: string, sha256: string, deps: number[]])[];
  /** Widget chunk name → chunks it may need later (offline too), fetched in idle time once it is shown; `{locale}` stands for the element's. */
  idle: Record<string, string[]>;
  /** Widget chunk name → the API reads its element makes first (paths below `/v1/`), preloaded with its code: see reads.ts. */
  reads: Record<string, string[]>;
}

/** Page-wide defaults, as `SmartHaiPhong.configure()` takes them (see the widgets' `PageConfig`). */
type PageConfig = Record<string, string | undefined | null>;

/** `window.SmartHaiPhong` as the script tag provides it. */
export interface SmartHaiPhongLoader {
  /** The widgets' version. */
  version: string;
  /** Sets page-wide defaults (`apiBase`, `locale`, `unit`, `mapWorkerUrl`) for every widget. */
  configure(options: PageConfig): void;
  /** Loads an element's code now (e.g. before showing it), resolving once it is defined. */
  load(tag: string): Promise<void>;
  /** Looks for `shp-*` elements in a root the loader cannot see (a closed shadow root). */
  scan(root: ParentNode): void;
  /** @internal For the chunks: named chunk loading with integrity. */
  chunks: {
    chunk(name: string): Promise<string | undefined>;
    url(name: string): string | undefined;
    integrity(url: string): string | undefined;
    /** Lazy parts a chunk imports, with their SRI hashes, handed over when it runs (the build writes the call). */
    add(chunks: Chunks, integrity: Integrity): void;
  };
  /** @internal The runtime takes over `configure` when it arrives. */
  attachConfig(sink: (options: PageConfig) => void): void;
}

declare const __SHP_TABLE__: ChunkTable;

declare global {
  interface Window {
    SmartHaiPhong?: SmartHaiPhongLoader;
  }
}

const table = __SHP_TABLE__;
const base = import.meta.url;
const urlOf = (file: string): string => new URL(file, base).href;
const integrityByUrl = new Map<string, string>();
const tags: Record<string, string> = {};
for (const widget of table.widgets) tags[`shp-${widget}`] = widget;
const chunks: Chunks = {};

/** Takes in chunks and hashes (the build's, then each lazy part's as its importer runs). */
function add(more: Chunks, integrity: Integrity): void {
  Object.assign(chunks, more);
  for (const file in integrity) integrityByUrl.set(urlOf(file), integrity[file]!);
}
const files = table.files.map(([stem]) => `chunks/${stem}.js`);
table.files.forEach(([stem, hash, deps = []], i) => {
  add({ [stem.slice(0, -9)]: [files[i]!, ...deps.map((d) => files[d]!)] }, { [files[i]!]: `sha256-${hash}` });
});

const preloaded = new Map<string, Promise<void>>();

/** `<link rel="modulepreload" integrity>`: fetched and checked once; the import then reuses it. */
function preload(file: string): Promise<void> {
  const href = urlOf(file);
  let done = preloaded.get(href);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = /\.m?js$/.test(file) ? 'modulepreload' : 'preload';
      if (link.rel === 'preload') link.as = 'fetch';
      link.href = href;
      link.crossOrigin = 'anonymous';
      const hash = integrityByUrl.get(href);
      if (hash) link.integrity = hash;
      link.onload = () => resolve();
      link.onerror = () => {
        preloaded.delete(href); // offline on a first visit: the next attempt fetches again
        link.remove();
        reject(new Error(`[smart-haiphong] could not load ${href} (network or integrity)`));
      };
      document.head.append(link);
    });
    preloaded.set(href, done);
  }
  return done;
}

/** Preloads a named chunk and everything it imports statically, in parallel; its URL. */
function chunk(name: string): Promise<string | undefined> {
  const list = chunks[name];
  if (!list) return Promise.resolve(undefined);
  return Promise.all(list.map(preload)).then(() => urlOf(list[0]!));
}

// ---- configuration handed to the runtime when it arrives

const configCalls: PageConfig[] = [];
let configSink: ((options: PageConfig) => void) | undefined;

function configure(options: PageConfig): void {
  configCalls.push({ ...options });
  configSink?.(options);
}

function ownScript(): HTMLScriptElement | undefined {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === base) return script;
  }
  return undefined;
}

/**
 * An element's setting as its runtime will resolve it: its attribute, the page's latest
 * `configure` that names it (one that removes it falls through), the script tag's `data-*`.
 */
function settings(element: Element, key: string, attribute = key): unknown[] {
  const call = [...configCalls].reverse().find((c) => key in c);
  return [element.getAttribute(attribute), call?.[key], ownScript()?.dataset[key]];
}

/** The locale an element will show: a supported one from {@link settings}, else Vietnamese. */
function localeOf(element: Element): 'vi' | 'en' {
  for (const value of settings(element, 'locale')) {
    const primary = typeof value === 'string' ? value.trim().toLowerCase().split(/[-_]/)[0] : '';
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return 'vi';
}

/** The first non-empty setting. */
const first = (values: unknown[]): string | undefined => values.find((v): v is string => !!(v as string)?.trim?.());

/**
 * Starts the API reads an element makes first, with its code (see reads.ts): the SDK's
 * `fetch` of the same URL takes the preloaded answer. The API's origin is the element's
 * `api-base`, else the page's (the SDK's default).
 */
function prefetch(widget: string, element: Element): void {
  const unit = first(settings(element, 'unit'));
  try {
    const api = new URL(first(settings(element, 'apiBase', 'api-base')) ?? '/', document.baseURI);
    for (const path of table.reads[widget] ?? []) {
      if (unit || !path.includes('{')) {
        // Encoded as the SDK encodes it (a slug or a code is left as it is; `../x` cannot climb).
        void preload(new URL(`/v1/${path.replace('{unit}', encodeURIComponent(unit!.trim()))}`, api).href).catch(
          () => {},
        );
      }
    }
  } catch {
    // an API base that is no URL: the element reports it
  }
}

// ---- elements

const started = new Map<string, Promise<void>>();

function idle(callback: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback, { timeout: 5000 });
  else setTimeout(callback, 2000);
}

/**
 * Idle time once the page's first `name` element shows content (nothing busy): an idle chunk
 * fetched while an element waits for its data takes the bandwidth its data needs. Every
 * wait ends (the SDK's deadline turns a hung request into an error state).
 */
function afterShown(name: string, callback: () => void): void {
  idle(() => {
    if (document.querySelector(name)?.shadowRoot?.querySelector('[aria-busy="true"]')) {
      setTimeout(afterShown, 500, name, callback);
    } else callback();
  });
}

function load(tag: string, locale: 'vi' | 'en' = 'vi'): Promise<void> {
  const name = tag.toLowerCase();
  let done = started.get(name);
  if (done) return done;
  const widget = tags[name];
  if (!widget) return Promise.reject(new Error(`[smart-haiphong] unknown element <${name}>`));
  // The code first (the runtime is the largest file, and HTTP/1.1 gives a host six
  // connections), the strings in parallel, instead of after the element asks for them.
  const code = chunk(widget);
  for (const strings of [`shared.${locale}`, `${widget}.${locale}`]) void chunk(strings).catch(() => undefined);
  done = code
    .then((url) => import(/* @vite-ignore */ url!))
    .then(() => customElements.whenDefined(name))
    .then(() =>
      afterShown(name, () => {
        // What the widget may need later, offline too (the photo pipeline, the map view).
        // A part's strings are named `<part>.{locale}`: the page's language only. A part every
        // element of the page says it will not need (`mayNeed`: a summary-only report's
        // signed-in views) is not fetched.
        const elements: (Element & { mayNeed?(part: string): boolean })[] = [...document.querySelectorAll(name)];
        for (const later of table.idle[widget] ?? []) {
          if (elements.length && elements.every((element) => element.mayNeed?.(later) === false)) continue;
          void chunk(later.replace('{locale}', locale)).catch(() => undefined);
        }
      }),
    );
  done.catch((error: unknown) => {
    started.delete(name); // a later appearance (back online) tries again
    console.error(error);
  });
  started.set(name, done);
  return done;
}

const selector = Object.keys(tags).join(',');

function visit(element: Element): void {
  if (element.localName in tags && !customElements.get(element.localName)) {
    void load(element.localName, localeOf(element)).catch(() => undefined);
    prefetch(tags[element.localName]!, element); // after the code: it is the longer wait
  }
  if (element.shadowRoot) scan(element.shadowRoot);
}

const observed = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      visit(node as Element);
      walk(node as Element);
    }
  }
});

/** Visits every element below `root`, for elements and open shadow roots already there. */
function walk(root: ParentNode): void {
  if (!selector) return;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot || element.localName in tags) visit(element);
  }
}

function scan(root: ParentNode): void {
  if (!observed.has(root)) {
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  walk(root);
}

if (window.SmartHaiPhong?.chunks) {
  console.warn('[smart-haiphong] loader included twice; the first copy is kept.');
} else {
  window.SmartHaiPhong = {
    version: table.version,
    configure,
    load: (tag: string) => load(tag, localeOf(document.createElement('div'))),
    scan,
    chunks: {
      chunk,
      url: (name) => (chunks[name] ? urlOf(chunks[name][0]!) : undefined),
      integrity: (url) => integrityByUrl.get(url),
      add,
    },
    attachConfig(sink) {
      if (configSink) return;
      configSink = sink;
      for (const options of configCalls) sink(options);
    },
  };
  // An element whose code could not be fetched (offline on a first visit) loads when the
  // network is back, without waiting for another element to appear.
  window.addEventListener('online', () => walk(document));
  if (document.readyState === 'loading') {
    // Elements above the script are there now; the rest arrive while the page parses.
    scan(document);
    document.addEventListener('DOMContentLoaded', () => walk(document), { once: true });
  } else {
    scan(document);
  }
}
