import * as z from 'zod/mini';
import type { TextLimit } from '../limits.js';
import { cleanText, visibleLength } from '../text.js';

// Citizen text: cleaned, then counted in characters the citizen sees. Apart from common.ts:
// only the schemas of what citizens write use it (with the text cleaning it brings), and
// the script tag's shared runtime, which holds common.ts, need not carry it.

const textLimits = new WeakMap<object, TextLimit>();

/**
 * A text field a citizen fills in: the value is cleaned with `cleanText` (NFC, invisible and
 * control characters removed, trimmed) and its length counted in grapheme clusters, so that
 * six zero-width spaces are empty and `⚠️` is one character. Limits come from `TEXT_LIMITS`.
 */
export function citizenText(limit: TextLimit) {
  const schema = z.string().check(
    z.overwrite((s) => cleanText(s, { multiline: limit.multiline })),
    z.refine(
      (s) => visibleLength(s) >= limit.min,
      limit.min <= 1 ? 'must not be empty' : `must be at least ${limit.min} characters`,
    ),
    z.refine((s) => visibleLength(s) <= limit.max, `must be at most ${limit.max} characters`),
  );
  textLimits.set(schema, limit);
  return schema;
}

/** The limits of a schema made by {@link citizenText} (for the OpenAPI document), or undefined. */
export const textLimitOf = (schema: unknown): TextLimit | undefined =>
  typeof schema === 'object' && schema !== null ? textLimits.get(schema) : undefined;
