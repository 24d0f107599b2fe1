import { cleanText, visibleLength } from './text.js';

/**
 * The limits of a text field a citizen fills in. Lengths are counted in characters the
 * citizen sees (grapheme clusters) of the text after {@link cleanText}: `⚠️` is one, a
 * decomposed `ệ` is one, a zero-width space is none.
 */
export interface TextLimit {
  /** Fewest characters; 0 when the field may be empty. */
  readonly min: number;
  /** Most characters. */
  readonly max: number;
  /** Line breaks are kept (content, comments); otherwise they become spaces. */
  readonly multiline: boolean;
}

/**
 * Every limit on citizen text in the contract, in one place: the schemas are built from
 * it, the sandbox checks with it and a form shows its counters from it
 * (`TEXT_LIMITS.feedback.title.max` → "12/150").
 */
export const TEXT_LIMITS = {
  feedback: {
    /** A report's title (tiêu đề). */
    title: { min: 5, max: 150, multiline: false },
    /** A report's content (nội dung). */
    content: { min: 10, max: 5000, multiline: true },
    /** The address or landmark the citizen writes (địa chỉ); may be empty. */
    address: { min: 0, max: 300, multiline: false },
    /** The reporter's name for the authority (họ và tên). */
    contactName: { min: 1, max: 100, multiline: false },
  },
  dossiers: {
    /** The comment of a dossier rating (nhận xét); may be empty. */
    ratingComment: { min: 0, max: 1000, multiline: true },
  },
} as const satisfies Record<string, Record<string, TextLimit>>;

/** What {@link checkText} found. */
export interface TextCheck {
  /** The cleaned text: what is counted, sent and stored. */
  value: string;
  /** Its length in characters the citizen sees. */
  length: number;
  /** `too_short` (including empty when a minimum is set), `too_long`, or null when it fits. */
  problem: 'too_short' | 'too_long' | null;
}

/**
 * Clean `text` for a field and check it against the field's limits, as the API does.
 * `checkText('\u200B'.repeat(6), TEXT_LIMITS.feedback.title)` → `{ value: '', length: 0, problem: 'too_short' }`.
 */
export function checkText(text: string, limit: TextLimit): TextCheck {
  const value = cleanText(text, { multiline: limit.multiline });
  const length = visibleLength(value);
  const problem = length < limit.min ? 'too_short' : length > limit.max ? 'too_long' : null;
  return { value, length, problem };
}

/**
 * Limits on an uploaded photo's real dimensions (read from the image, not from metadata):
 * at most `maxSide` pixels wide or high and `maxPixels` in all. The byte limit is the
 * deployment's `config.maxPhotoBytes`. A form resizes before upload to stay well inside.
 */
export const PHOTO_LIMITS = {
  /** Widest or highest, in pixels. */
  maxSide: 8192,
  /** Width × height, in pixels (40 megapixels). */
  maxPixels: 40_000_000,
} as const;
