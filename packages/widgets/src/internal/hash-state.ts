import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The URL fragment shared by the page and every widget with `sync-url`. It reads as
 * `#<page's own fragment>&<namespace>.<key>=<value>&…`: the page's own fragment (a
 * skip link's `#noi-dung`) stays first and untouched, and each widget owns only the
 * keys under its namespace, so two widgets never wipe each other's state.
 */
export interface HashParts {
  /** The page's own fragment (segments without `=`), as written. */
  page: string[];
  /** Every `namespace.key=value` pair, in order. */
  params: [string, string][];
}

export function parseHash(hash: string): HashParts {
  const page: string[] = [];
  const params: [string, string][] = [];
  for (const segment of hash.replace(/^#/, '').split('&')) {
    if (!segment) continue;
    const eq = segment.indexOf('=');
    if (eq < 0) {
      page.push(segment);
      continue;
    }
    try {
      params.push([decodeURIComponent(segment.slice(0, eq)), decodeURIComponent(segment.slice(eq + 1))]);
    } catch {
      page.push(segment); // not ours: malformed escapes are left as the page wrote them
    }
  }
  return { page, params };
}

// `/` and `,` stay readable in shared links (`map=12.5/20.9/106.1`).
const encode = (value: string): string => encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%2C/gi, ',');

/** The hash with `namespace`'s keys replaced by `values` (undefined drops a key), everything else kept. */
export function mergeHash(hash: string, namespace: string, values: Record<string, string | undefined>): string {
  const { page, params } = parseHash(hash);
  const prefix = `${namespace}.`;
  const others = params.filter(([key]) => !key.startsWith(prefix));
  const own = Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]): [string, string] => [`${prefix}${key}`, value]);
  const segments = [...page, ...[...others, ...own].map(([k, v]) => `${encode(k)}=${encode(v)}`)];
  return segments.length ? `#${segments.join('&')}` : '';
}

/** The values under `namespace` in a hash. */
export function readHash(hash: string, namespace: string): Map<string, string> {
  const prefix = `${namespace}.`;
  return new Map(
    parseHash(hash)
      .params.filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}

/**
 * A widget's state in the URL fragment, under its own namespace (the element's `id`,
 * else its tag without `shp-`), merged with the rest of the hash. Writes replace the
 * history entry (a pan is not a "back" step); `onChange` runs when the hash changes
 * from outside (the back button, a pasted link).
 */
export class HashStateController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: (values: Map<string, string>) => void,
  ) {
    host.addController(this);
  }

  /** This widget's namespace in the hash. */
  get namespace(): string {
    return this.host.id || this.host.localName.replace(/^shp-/, '');
  }

  /** This widget's values in the current hash. */
  read(): Map<string, string> {
    return readHash(location.hash, this.namespace);
  }

  /** Replaces this widget's values in the hash, keeping the page's fragment and other widgets' keys. */
  write(values: Record<string, string | undefined>): void {
    const next = mergeHash(location.hash, this.namespace, values);
    if (next === location.hash || (next === '' && location.hash === '#')) return;
    const url = `${location.pathname}${location.search}${next || ''}`;
    history.replaceState(history.state, '', next === '' ? `${location.pathname}${location.search}` : url);
  }

  /** A link to this page with `values` as this widget's state (for share buttons). */
  link(values: Record<string, string | undefined>): string {
    const url = new URL(location.href);
    url.hash = mergeHash(url.hash, this.namespace, values);
    return url.href;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.handle);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handle);
  }

  private readonly handle = (): void => {
    this.onChange?.(this.read());
  };
}
