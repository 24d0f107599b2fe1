/**
 * The one Trusted Types policy of the widgets, `smart-haiphong`, kept inside this module: it
 * only feeds untrusted text to inert parsers (`DOMParser`, which runs no script and loads
 * nothing) and lets DOMPurify return `TrustedHTML` for what it has already sanitised.
 *
 * Under `require-trusted-types-for 'script'` a page that also restricts policy names must allow
 * it: `trusted-types smart-haiphong` (add `'allow-duplicates'` when the page may load the
 * widgets twice). Without Trusted Types support everything works with plain strings.
 */
import type { TrustedHTML, TrustedScriptURL, TrustedTypePolicyFactory } from 'trusted-types/lib';

export type { TrustedHTML };

/** The policy shape DOMPurify's `TRUSTED_TYPES_POLICY` option needs. */
export interface HtmlPolicy {
  createHTML(input: string): TrustedHTML;
  createScriptURL(input: string): TrustedScriptURL;
}

let policy: HtmlPolicy | null | undefined;

/** The `smart-haiphong` policy; `null` where Trusted Types are missing or the page forbids the name. */
export function htmlPolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  try {
    policy =
      tt?.createPolicy('smart-haiphong', {
        createHTML: (s: string) => s,
        // DOMPurify asks for it; nothing here creates script URLs, so none is ever allowed.
        createScriptURL: () => {
          throw new TypeError('smart-haiphong: no script URLs');
        },
      }) ?? null;
  } catch {
    policy = null;
  }
  return policy;
}

/** Parses text into an inert document (no script runs, nothing loads), under Trusted Types too. */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  const p = htmlPolicy();
  return new DOMParser().parseFromString((p ? p.createHTML(text) : text) as string, type);
}
