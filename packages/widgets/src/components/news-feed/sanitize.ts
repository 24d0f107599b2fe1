/**
 * News bodies from content-management systems (API articles, a commune's RSS/Atom feed) made
 * safe to show, with DOMPurify and an allowlist made for news.
 *
 * Kept: text, paragraphs, headings, lists, quotes, tables, figures with captions, images and
 * links. Removed: scripts, styles (elements and attributes), frames, forms and their controls,
 * objects and embeds, media, SVG and MathML, `<base>`/`<meta>`/`<link>`, event handlers, ids and
 * names (DOM clobbering), `data-*`, and every URL that is not http(s), `mailto:`, `tel:` or
 * relative; `data:` only as a raster image's `src`.
 *
 * Links get `rel="noopener noreferrer"`; external ones (another origin than the page) also
 * `target="_blank"` and `data-external` (for an icon and the "opens in a new tab" text).
 * Images get `loading="lazy"`, `decoding="async"`, and keep their `alt` (an image without one
 * gets `alt=""`: decorative rather than read out as a file name). Relative URLs are resolved
 * against `baseUrl` (the article's or the feed's URL), not against the host page.
 */
import DOMPurify, { type Config } from 'dompurify';
import { htmlPolicy, type TrustedHTML } from '../../internal/trusted-types.js';

export interface SanitizeOptions {
  /** Absolute URL that relative links and image sources in the HTML are relative to. Default: the page's URL. */
  baseUrl?: string;
}

const ALLOWED_TAGS = [
  // text
  'p', 'br', 'hr', 'span', 'div', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark',
  'abbr', 'time', 'q', 'cite', 'blockquote', 'code', 'pre', 'address',
  // headings, lists
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  // tables
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // figures, images, links
  'figure', 'figcaption', 'img', 'a',
]; // prettier-ignore

const ALLOWED_ATTR = [
  'href', 'title', 'lang', 'dir', 'alt', 'src', 'width', 'height', 'colspan', 'rowspan', 'scope',
  'headers', 'span', 'datetime', 'cite', 'start', 'reversed', 'type', 'abbr',
]; // prettier-ignore

/** http(s), mailto, tel, and relative URLs (no scheme before the first `/`, `?` or `#`). */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const RASTER_DATA_URI = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/]+=*$/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  // Dropped with their content, besides DOMPurify's own list (script, style, svg, math, template…).
  ADD_FORBID_CONTENTS: ['object', 'embed', 'select', 'textarea'],
}; // prettier-ignore

let purifier: ReturnType<typeof DOMPurify> | undefined;
/** Set for the duration of one synchronous sanitise call: the hooks read it. */
let currentBase = '';

function instance() {
  if (purifier) return purifier;
  // A private instance: hooks and config never leak to another DOMPurify user on the page.
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') fixLink(node as Element);
    else if (node.nodeName === 'IMG') fixImage(node as Element);
  });
  purifier = p;
  return p;
}

function resolve(value: string): URL | null {
  try {
    return new URL(value.trim(), currentBase);
  } catch {
    return null;
  }
}

function fixLink(a: Element) {
  a.removeAttribute('target');
  const href = a.getAttribute('href');
  if (href === null) return;
  const url = resolve(href);
  if (!url || !['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) {
    a.removeAttribute('href');
    return;
  }
  a.setAttribute('rel', 'noopener noreferrer');
  if (href.trim().startsWith('#')) return; // a jump within the article stays as written
  a.setAttribute('href', url.href);
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin) {
    a.setAttribute('target', '_blank');
    a.setAttribute('data-external', '');
  }
}

function fixImage(img: Element) {
  const src = img.getAttribute('src') ?? '';
  if (src.trim().toLowerCase().startsWith('data:')) {
    if (!RASTER_DATA_URI.test(src.trim())) img.removeAttribute('src');
  } else {
    const url = resolve(src);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) img.setAttribute('src', url.href);
    else img.removeAttribute('src');
  }
  if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  img.setAttribute('loading', 'lazy');
  img.setAttribute('decoding', 'async');
}

function run<T>(html: string, options: SanitizeOptions, extra: Config & Record<string, unknown>): T {
  const p = instance();
  currentBase = options.baseUrl ?? location.href;
  const policy = htmlPolicy();
  try {
    return p.sanitize(typeof html === 'string' ? html : '', {
      ...CONFIG,
      ...extra,
      ...(policy ? { TRUSTED_TYPES_POLICY: policy as unknown as Config['TRUSTED_TYPES_POLICY'] } : {}),
    }) as T;
  } finally {
    currentBase = '';
  }
}

/**
 * Sanitised HTML as a `DocumentFragment` owned by the page's document: the way to show it
 * (`container.replaceChildren(fragment)`), since inserting nodes is no Trusted Types sink and
 * the HTML is never re-parsed (no mutation XSS between sanitising and showing).
 */
export function sanitizeNewsFragment(html: string, options: SanitizeOptions = {}): DocumentFragment {
  return run<DocumentFragment>(html, options, { RETURN_DOM_FRAGMENT: true });
}

/**
 * Sanitised HTML for an `innerHTML`-style sink: `TrustedHTML` (from the `smart-haiphong`
 * policy) where the browser has Trusted Types, so that it can be assigned under
 * `require-trusted-types-for 'script'`; a string elsewhere.
 */
export function sanitizeNewsHtml(html: string, options: SanitizeOptions = {}): TrustedHTML | string {
  return run<TrustedHTML | string>(html, options, { RETURN_TRUSTED_TYPE: true });
}
