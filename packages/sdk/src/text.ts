/**
 * Vietnamese text helpers shared by the SDK, the sandbox and the widgets.
 * People type without tone marks on phones ("benh vien"), so search compares
 * keys with marks, đ/Đ and case removed.
 */

// Zero-width characters and bidi controls: invisible, and used to spoof or break text.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** NFC-normalise text and remove zero-width and bidi-control characters. */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC');
}

/**
 * A search key: lower case, tone marks and other diacritics removed, đ → d,
 * runs of white space and punctuation folded to one space.
 * `searchKey('Bệnh viện Việt Tiệp') === 'benh vien viet tiep'`.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether `text` matches `query`: every word of the query starts a word of the text,
 * ignoring tone marks, đ/d and case. An empty query matches everything.
 */
export function matchesSearch(text: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const key = ` ${searchKey(text)}`;
  return words.every((w) => key.includes(` ${w}`));
}

let segmenter: Intl.Segmenter | undefined;
/** Length in characters as the reader sees them (grapheme clusters), after normalisation. */
export function visibleLength(text: string): number {
  segmenter ??= new Intl.Segmenter('vi', { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(normalizeText(text))) n++;
  return n;
}

/** Turn a Vietnamese name into a URL slug: `Xã Bình Giang` → `xa-binh-giang`. */
export function slugify(text: string): string {
  return searchKey(text).replace(/ /g, '-');
}
