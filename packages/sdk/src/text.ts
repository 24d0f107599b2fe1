/**
 * Vietnamese text helpers shared by the SDK, the sandbox and the widgets.
 * People type without tone marks on phones ("benh vien"), so search compares
 * keys with marks, đ/Đ and case removed.
 */

// Invisible format characters used to spoof or pad text: zero-width spaces and joiners,
// bidi embeddings, overrides and isolates, word joiners, invisible operators, the BOM,
// soft hyphen, Mongolian vowel separator, interlinear annotations, tag characters.
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
// Tag characters hide text from readers ("ASCII smuggling"); they are kept only in a flag (🏴 + tags).
const STRAY_TAGS = /(?<![\u{1F3F4}\u{E0020}-\u{E007F}])[\u{E0000}-\u{E007F}]+/gu;
// A zero-width joiner is kept only inside an emoji sequence (👨‍👩‍👧), where it is visible.
const STRAY_ZWJ =
  /(?<!\p{Extended_Pictographic}|\u{FE0F}|\p{Emoji_Modifier})\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// More than four combining marks on one letter is "Zalgo" text, not writing (Vietnamese needs two).
const MARK_PILE = /(\p{M}{4})\p{M}+/gu;
const LEADING_MARKS = /^\p{M}+/u;
// C0/C1 controls (newline and tab are handled apart) and lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** How {@link cleanText} treats line breaks. */
export interface CleanTextOptions {
  /**
   * Keep line breaks (as `\n`; `\r\n`, `\r`, U+2028 and U+2029 become `\n`) for multi-line
   * fields such as a report's content. Otherwise every line break becomes a space. Default false.
   */
  multiline?: boolean;
}

/**
 * Clean text a citizen typed before it is counted, checked or stored: the one function
 * the form and the API both use, so that they agree on what the citizen wrote.
 *
 * NFC-normalises; removes invisible format characters (zero-width spaces, bidi overrides
 * and isolates, the BOM, soft hyphens, tag characters; a zero-width joiner survives only
 * inside an emoji), control characters, unpaired surrogates, combining marks with no letter
 * and piles of more than four marks on one letter; turns tabs into spaces and line breaks into
 * `\n` (multi-line) or a space; trims the ends. `cleanText('\u200B'.repeat(6)) === ''`.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): string {
  let s = text
    .replace(LONE_SURROGATE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(STRAY_TAGS, '')
    .replace(STRAY_ZWJ, '')
    .replace(/\t/g, ' ');
  if (!options.multiline) s = s.replace(/\n/g, ' ');
  return s.normalize('NFC').replace(MARK_PILE, '$1').trim().replace(LEADING_MARKS, '').trim();
}

/**
 * NFC-normalise text and remove invisible, bidi-control and control characters and unpaired
 * surrogates, keeping line breaks and the surrounding white space. Prefer {@link cleanText},
 * which also trims; this form is for text being typed, where a trailing space is still wanted.
 */
export function normalizeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(STRAY_TAGS, '')
    .replace(STRAY_ZWJ, '')
    .normalize('NFC')
    .replace(MARK_PILE, '$1');
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

/** What {@link matchesCategory} reads of a category (a `FeedbackCategory` has all of it). */
export interface SearchableCategory {
  name: string;
  nameEn: string;
  groupName: string;
  groupNameEn: string;
  keywords: readonly string[];
  keywordsEn: readonly string[];
}

/**
 * Whether a category matches what the citizen typed: every word of the query starts a word
 * of its names (vi, en), its group's names or its keywords, ignoring tone marks, đ/d and
 * case. `"đèn"` matches both street lighting (keyword `đèn đường`) and traffic lights;
 * `"den duong"` matches street lighting. Filtering only: it never picks a category.
 */
export function matchesCategory(category: SearchableCategory, query: string): boolean {
  const texts = [
    category.name,
    category.nameEn,
    category.groupName,
    category.groupNameEn,
    ...category.keywords,
    ...category.keywordsEn,
  ];
  return matchesSearch(texts.join(' · '), query);
}

let segmenter: Intl.Segmenter | undefined;
/**
 * Length in characters as the reader sees them: grapheme clusters (Intl.Segmenter) of the
 * text after {@link normalizeText}. `visibleLength('⚠️') === 1`, `visibleLength('Việt'.normalize('NFD')) === 4`.
 * Limits of the contract are counted this way (see `TEXT_LIMITS`).
 */
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
