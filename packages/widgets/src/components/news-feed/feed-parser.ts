/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 documents, parsed in the browser with `DOMParser`, for a
 * commune's own news feed (`feed-url`).
 *
 * Real feeds from commune CMSs are messy; each quirk is handled rather than failing the feed:
 * HTML in CDATA or entity-escaped descriptions, whitespace and line breaks around titles and
 * links, HTML named entities that XML does not know (`&nbsp;`, `&agrave;`), RFC 822 dates with
 * numeric zones (`+0700`) or none, Vietnamese `dd/mm/yyyy` dates, missing dates, relative links,
 * duplicate items. A document that is not XML, or not a feed, is a {@link FeedError}.
 *
 * Nothing here sanitises: `summaryHtml` is untrusted HTML and goes through `sanitizeNewsHtml`
 * (with the feed URL as its base) before it is shown. Links are kept only when they are http(s).
 */
import { parseInert } from '../../internal/trusted-types.js';

/** One item of a feed. */
export interface FeedItem {
  /** The item's guid (RSS) or id (Atom); else its link; else a key made of title and date. Unique within a parse. */
  id: string;
  /** Plain text, whitespace collapsed, entities decoded; `''` when the item has none. */
  title: string;
  /** Absolute http(s) URL of the article, resolved against the feed URL; `null` when it has none. */
  link: string | null;
  /** Publication (else update) time; `null` when missing or unreadable. Dates without a zone are read as Hải Phòng time (UTC+7). */
  date: Date | null;
  /** The description/summary (else the full content) as HTML. Untrusted: sanitise before showing. */
  summaryHtml: string;
  /** Absolute http(s) URL of the item's image (enclosure, media:content/thumbnail, else the first `<img>` of the summary). */
  imageUrl?: string;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  /** The feed's title, plain text. */
  title: string;
  /** The site's home page, absolute; `null` when not given. */
  link: string | null;
  /** In document order, duplicates removed (by id, then by link). */
  items: FeedItem[];
}

/** Why a document could not be read as a feed. */
export type FeedErrorCode = 'not-xml' | 'not-a-feed' | 'too-large';

/** A document that is not a feed. `code` says why; never thrown for a quirk inside a valid feed. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Whether a value is a {@link FeedError} (by name too: errors may cross realms). */
export const isFeedError = (e: unknown): e is FeedError =>
  e instanceof FeedError || (e instanceof Error && e.name === 'FeedError' && 'code' in e);

const MAX_CHARS = 5_000_000;
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Parses a feed document.
 * @param text the document as text (what `response.text()` gives)
 * @param feedUrl the feed's absolute URL: relative links are resolved against it
 * @throws {FeedError} `not-xml` (not well-formed even after fixing HTML entities), `not-a-feed`
 *   (XML, but not RSS or Atom), `too-large` (over 5 million characters)
 */
export function parseFeed(text: string, feedUrl: string): Feed {
  if (text.length > MAX_CHARS) throw new FeedError('too-large', 'The feed is larger than 5 MB.');
  const source = text.replace(/^[\uFEFF\s]+/, ''); // a BOM or a blank line before <?xml is common
  let doc = parseXml(source);
  // XML knows five named entities; CMS feeds use HTML's. Turn those into numeric references.
  if (!doc && /&[A-Za-z][A-Za-z0-9]*;/.test(source)) doc = parseXml(numericEntities(source));
  if (!doc) throw new FeedError('not-xml', 'The document is not well-formed XML.');
  const root = doc.documentElement;
  const base = safeUrl(feedUrl) ?? 'about:blank';
  const name = root.localName.toLowerCase();
  if (name === 'rss' || name === 'rdf') {
    const channel = child(root, 'channel');
    const itemParent = name === 'rss' ? channel : root;
    const items = itemParent ? children(itemParent, 'item').map((el) => rssItem(el, base)) : [];
    return {
      format: name === 'rss' ? 'rss' : 'rdf',
      title: channel ? plainText(text1(child(channel, 'title'))) : '',
      link: channel ? absoluteLink(text1(child(channel, 'link')), base) : null,
      items: dedupe(items),
    };
  }
  if (name === 'feed' && root.namespaceURI === ATOM_NS) {
    const feedBase = xmlBase(root, base);
    return {
      format: 'atom',
      title: atomText(child(root, 'title', ATOM_NS)),
      link: atomLink(root, feedBase),
      items: dedupe(children(root, 'entry', ATOM_NS).map((el) => atomEntry(el, feedBase))),
    };
  }
  throw new FeedError('not-a-feed', `The document is XML but not RSS or Atom (its root is <${root.nodeName}>).`);
}

function parseXml(text: string): Document | null {
  const doc = parseInert(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? null : doc;
}

function numericEntities(text: string): string {
  // The HTML parser knows every named entity; DOMParser documents run no script and load nothing.
  return text.replace(/&([A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => {
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = parseInert(whole, 'text/html').body.textContent ?? '';
    if (decoded === whole || decoded === '') return `&amp;${name};`;
    return [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('');
  });
}

const children = (el: Element, localName: string, ns?: string) =>
  [...el.children].filter((c) => c.localName === localName && (ns === undefined || c.namespaceURI === ns));
const child = (el: Element, localName: string, ns?: string) => children(el, localName, ns)[0] ?? null;
const text1 = (el: Element | null) => el?.textContent ?? '';

/** Collapses whitespace; decodes a second level of escaping and drops tags (titles often carry both). */
function plainText(s: string): string {
  let t = s;
  if (/[<&]/.test(t)) t = parseInert(t, 'text/html').body.textContent ?? '';
  return t.replace(/\s+/g, ' ').trim();
}

function safeUrl(href: string, base?: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
const absoluteLink = (href: string, base: string) => (href.trim() ? safeUrl(href.replace(/\s+/g, ''), base) : null);

function rssItem(el: Element, base: string): FeedItem & { guid: string } {
  const link = absoluteLink(text1(child(el, 'link')), base);
  const guidEl = child(el, 'guid');
  const guid = text1(guidEl).trim();
  // A permalink guid is the link when <link> is missing.
  const permalink = guidEl && guidEl.getAttribute('isPermaLink') !== 'false' ? absoluteLink(guid, base) : null;
  const description = text1(child(el, 'description'));
  const content = text1(child(el, 'encoded')); // content:encoded
  const summaryHtml = (description.trim() ? description : content).trim();
  const date = parseDate(text1(child(el, 'pubDate')) || text1(child(el, 'date')) || text1(child(el, 'updated')));
  const image =
    enclosureImage(
      children(el, 'enclosure').map((e) => [e.getAttribute('url'), e.getAttribute('type')] as const),
      base,
    ) ??
    mediaImage(el, base) ??
    firstImage(summaryHtml || content, base);
  return item(guid, plainText(text1(child(el, 'title'))), link ?? permalink, date, summaryHtml, image);
}

function atomEntry(el: Element, feedBase: string): FeedItem & { guid: string } {
  const base = xmlBase(el, feedBase);
  const summary = child(el, 'summary', ATOM_NS);
  const content = child(el, 'content', ATOM_NS);
  const summaryHtml = (summary && atomHtml(summary).trim()) || (content ? atomHtml(content).trim() : '');
  const date = parseDate(text1(child(el, 'published', ATOM_NS)) || text1(child(el, 'updated', ATOM_NS)));
  const enclosures = children(el, 'link', ATOM_NS)
    .filter((l) => l.getAttribute('rel') === 'enclosure')
    .map((l) => [l.getAttribute('href'), l.getAttribute('type')] as const);
  const image = enclosureImage(enclosures, base) ?? mediaImage(el, base) ?? firstImage(summaryHtml, base);
  return item(
    text1(child(el, 'id', ATOM_NS)).trim(),
    atomText(child(el, 'title', ATOM_NS)),
    atomLink(el, base),
    date,
    summaryHtml,
    image,
  );
}

function item(
  guid: string,
  title: string,
  link: string | null,
  date: Date | null,
  summaryHtml: string,
  image: string | null,
): FeedItem & { guid: string } {
  const id = guid || link || `${title}|${date?.toISOString() ?? ''}`;
  return { id, guid, title, link, date, summaryHtml, ...(image ? { imageUrl: image } : {}) };
}

function dedupe(items: (FeedItem & { guid: string })[]): FeedItem[] {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const { guid, ...it } of items) {
    // The same story can come back with another guid (a CMS re-publishing), but the same link.
    const keys = [guid && `g:${guid}`, it.link && `l:${it.link}`, !guid && !it.link && `t:${it.id}`].filter(
      (k): k is string => !!k,
    );
    if (keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    out.push(it);
  }
  return out;
}

function xmlBase(el: Element, base: string): string {
  const b = el.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base');
  return (b && safeUrl(b, base)) || base;
}

function atomLink(el: Element, base: string): string | null {
  const links = children(el, 'link', ATOM_NS);
  const alt =
    links.find(
      (l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && /html/.test(l.getAttribute('type') ?? 'html'),
    ) ?? links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  return alt ? absoluteLink(alt.getAttribute('href') ?? '', base) : null;
}

/** An Atom text construct as HTML (`text` escaped, `html` as is, `xhtml` serialised). */
function atomHtml(el: Element): string {
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'html') return el.textContent ?? '';
  if (type === 'xhtml') {
    const div = [...el.children].find((c) => c.localName === 'div') ?? el;
    const serializer = new XMLSerializer();
    return [...div.childNodes].map((n) => serializer.serializeToString(n)).join('');
  }
  return escapeHtml(el.textContent ?? '');
}

function atomText(el: Element | null): string {
  if (!el) return '';
  const type = el.getAttribute('type') ?? 'text';
  return type === 'text' ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : plainText(atomHtml(el));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function enclosureImage(list: readonly (readonly [string | null, string | null])[], base: string): string | null {
  for (const [url, type] of list) {
    if (url && (type?.startsWith('image/') || (!type && IMAGE_EXT.test(url)))) {
      const abs = safeUrl(url, base);
      if (abs) return abs;
    }
  }
  return null;
}

function mediaImage(el: Element, base: string): string | null {
  for (const c of el.children) {
    const isMedia = c.namespaceURI === 'http://search.yahoo.com/mrss/';
    if (!isMedia) continue;
    const url = c.getAttribute('url');
    if (!url) continue;
    if (
      c.localName === 'thumbnail' ||
      (c.localName === 'content' &&
        (c.getAttribute('medium') === 'image' || c.getAttribute('type')?.startsWith('image/') || IMAGE_EXT.test(url)))
    ) {
      const abs = safeUrl(url, base);
      if (abs) return abs;
    }
  }
  return null;
}

function firstImage(html: string, base: string): string | null {
  if (!/<img/i.test(html)) return null;
  // An inert document: parsing it neither runs scripts nor loads images.
  for (const img of parseInert(html, 'text/html').querySelectorAll('img[src]')) {
    const url = safeUrl(img.getAttribute('src') ?? '', base);
    if (url) return url;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  ict: 420,
};
const HCM_MINUTES = 420;

const RFC822 =
  /^(?:[a-z]{2,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:(?:gmt|utc)?([+-])(\d{2}):?(\d{2})|(?:gmt|utc)?([+-])(\d{1,2})(?!\d)|([a-z]{1,4}))?$/i;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:(z)|([+-])(\d{2}):?(\d{2}))?$/i;
const VN = /^(?:[^\d]*?)(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*(?:-|,|lúc)?\s*(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?\s*$/i;

/**
 * A feed date: RFC 822 (`Mon, 30 Nov 2026 08:00:00 +0700`, two-digit years, zone names),
 * ISO 8601 (Atom), or Vietnamese `30/11/2026 08:00`. A date without a zone is Hải Phòng time.
 * `null` when missing or unreadable.
 */
export function parseDate(value: string): Date | null {
  const s = value.replace(/\s+/g, ' ').trim();
  if (!s) return null;
  let m = RFC822.exec(s);
  if (m) {
    const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
    if (month < 0) return null;
    let year = Number(m[3]);
    if (year < 100) year += year < 70 ? 2000 : 1900;
    let offset = HCM_MINUTES;
    if (m[7]) offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
    else if (m[10]) offset = (m[10] === '-' ? -1 : 1) * Number(m[11]) * 60;
    else if (m[12]) {
      const z = ZONES[m[12].toLowerCase()];
      if (z === undefined) return null;
      offset = z;
    }
    return build(year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), offset);
  }
  m = ISO.exec(s);
  if (m) {
    const offset = m[7] ? 0 : m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : HCM_MINUTES;
    return build(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      offset,
    );
  }
  m = VN.exec(s);
  if (m) {
    return build(
      Number(m[3]),
      Number(m[2]) - 1,
      Number(m[1]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      HCM_MINUTES,
    );
  }
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): Date | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const utc = Date.UTC(y, mo, d, h, mi, s);
  if (new Date(Date.UTC(y, mo, d)).getUTCDate() !== d) return null; // 31/02
  const t = utc - offsetMin * 60_000;
  return Number.isFinite(t) ? new Date(t) : null;
}
