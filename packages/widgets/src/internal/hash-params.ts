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
export const encode = (value: string): string => encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%2C/gi, ',');

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
