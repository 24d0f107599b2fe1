import { type DossierCode, parseDossierCode } from './dossier-code.js';

/**
 * The two codes citizens hold: a dossier code on a receipt (`000.00.01.H26-260930-0012`, short
 * forms such as `H56.14-240823-0001`) and the tracking code of a feedback they sent
 * (`PA-261130-0001`), found the way people paste them: lower case, spaces, en or em dashes, or a
 * whole SMS around the code.
 */
export type LookupCode =
  | ({ kind: 'dossier' } & DossierCode)
  | {
      kind: 'feedback';
      /** Canonical tracking code, e.g. `PA-261130-0001`. */
      code: string;
      /** The day the feedback was sent, `YYYY-MM-DD`. */
      date: string;
      /** That day's number, as written. */
      sequence: string;
    };

const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// `<agency>-<yyMMdd>-<n>`; spaces may sit around the dashes, as people type them (a feedback code,
// anchored by `PA`, may have spaces for dashes). Every group of
// the agency holds a digit (`000.00.01.H26`, `H56.14`), so that a word before it is not taken in.
const GROUP = '[A-Z]*\\d[A-Z0-9]*';
const DOSSIER = new RegExp(`(?<![\\p{L}\\p{N}])((?:${GROUP}\\.)*${GROUP}) ?- ?(\\d{6}) ?- ?(\\d{1,6})(?!\\p{N})`, 'gu');
const FEEDBACK = /(?<![\p{L}\p{N}])PA ?-? ?(\d{2})(\d{2})(\d{2})(?: ?- ?| )(\d{1,7})(?!\p{N})/gu;

function validDate(yy: string, mm: string, dd: string): string | null {
  const y = 2000 + Number(yy);
  const m = Number(mm);
  const d = Number(dd);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${mm}-${dd}`;
}

/**
 * Find a dossier code or a feedback tracking code in any text (a typed code, a pasted SMS, a QR
 * payload) and say which it is. The first code in the text wins; a feedback code (`PA-…`) is
 * never read as a dossier. An agency group is never rejected for being unknown, but it must hold
 * a digit (`000.00.01.H26`, `H56.14`), so that words are not taken for agencies. Returns null
 * when the text holds neither (an impossible date is not a code).
 *
 * ```ts
 * parseLookupCode('Ho so 000.00.01.H26-260930-0012 da duoc tiep nhan')
 * // { kind: 'dossier', code: '000.00.01.H26-260930-0012', agency: '000.00.01.H26', … }
 * parseLookupCode('ma phan anh: pa – 261130 – 0001') // { kind: 'feedback', code: 'PA-261130-0001', … }
 * ```
 */
export function parseLookupCode(text: string): LookupCode | null {
  const t = text
    .normalize('NFKC')
    .replace(DASH, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .toUpperCase();
  const found: { at: number; code: LookupCode }[] = [];

  FEEDBACK.lastIndex = 0;
  for (let m = FEEDBACK.exec(t); m; m = FEEDBACK.exec(t)) {
    const [, yy, mm, dd, seq] = m as unknown as [string, string, string, string, string];
    const date = validDate(yy, mm, dd);
    if (!date) continue;
    found.push({ at: m.index, code: { kind: 'feedback', code: `PA-${yy}${mm}${dd}-${seq}`, date, sequence: seq } });
    break;
  }
  DOSSIER.lastIndex = 0;
  for (let m = DOSSIER.exec(t); m; m = DOSSIER.exec(t)) {
    const agency = (m[1] as string).replace(/ /g, '');
    if (agency === 'PA') continue;
    const parsed = parseDossierCode(`${agency}-${m[2]}-${m[3]}`);
    if (!parsed) continue;
    found.push({ at: m.index, code: { kind: 'dossier', ...parsed } });
    break;
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.code ?? null;
}
