/**
 * URL safety for everything the SDK or a widget navigates to, fetches or puts in an
 * `href`/`src`: only http(s) is ever followed. A `javascript:`, `data:` or `vbscript:` URL
 * in a config or an answer would run script in the host page (a page without CSP).
 */

const HTTP = new Set(['http:', 'https:']);

/**
 * Whether `value` is an absolute `http:` or `https:` URL.
 * `isHttpUrl('https://a.vn/x') === true`, `isHttpUrl('javascript:alert(1)') === false`,
 * `isHttpUrl('/v1/media/1') === false` (relative: use {@link safeUrl} with a base).
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return HTTP.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The URL to use in an `href`, `src` or `fetch`, or `null` when it is not http(s).
 * A relative URL is resolved against `base` (e.g. `document.baseURI`), and refused when
 * no base is given. Leading/trailing white space and control characters, which browsers
 * ignore (`" java\tscript:"`), cannot smuggle a scheme past it: the URL is parsed, not matched.
 *
 * `safeUrl('/v1/media/1', 'https://api.vn')` → `'https://api.vn/v1/media/1'`;
 * `safeUrl('data:text/html,…')` → `null`.
 */
export function safeUrl(value: string | URL | null | undefined, base?: string | URL): string | null {
  if (value === null || value === undefined) return null;
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return HTTP.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
