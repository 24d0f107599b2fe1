import { safeUrl, type Credit } from '@smart-haiphong/sdk';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The map engine's attribution control takes HTML. The deployment's credits are data
 * (`config.credits`: text and an optional link), so the markup is built here: every text
 * escaped, a link only to an http(s) address, opened safely. A credit can then carry no
 * tracking image, script or foreign markup, whatever the config says.
 */
export function creditsMarkup(credits: readonly Credit[]): string {
  return credits
    .map((credit) => {
      const text = escape(credit.text);
      const url = credit.url ? safeUrl(credit.url) : null;
      return url ? `<a href="${escape(url)}" target="_blank" rel="noopener noreferrer">${text}</a>` : text;
    })
    .join(' · ');
}
