/**
 * Dossier codes in the national format (Thông tư 01/2018/TT-VPCP, Art. 19):
 * `<agency code>-<yyMMdd>-<nnnn>`, e.g. `000.00.01.H26-260930-0012`. The agency group
 * varies by province and agency, so it is never rejected for being unknown.
 */
export interface DossierCode {
  /** The code in canonical form: trimmed, upper case, no spaces. */
  code: string;
  /** The agency group, e.g. `000.00.01.H26`. */
  agency: string;
  /** The receiving date, `YYYY-MM-DD`. */
  receivedDate: string;
  /** The day's sequence number, as written (leading zeros kept). */
  sequence: string;
}

const CODE = /^([A-Z0-9]+(?:\.[A-Z0-9]+)*)-(\d{2})(\d{2})(\d{2})-(\d{1,6})$/;

/**
 * Parse a dossier code leniently: spaces anywhere, lower case, en/em dashes and
 * surrounding punctuation are tolerated. Returns null when it is not a code
 * (including a date that does not exist).
 */
export function parseDossierCode(input: string): DossierCode | null {
  const code = input
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
    .toUpperCase();
  const m = CODE.exec(code);
  if (!m) return null;
  const [, agency, yy, mm, dd, sequence] = m as unknown as [string, string, string, string, string, string];
  const year = 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { code, agency, receivedDate: `${year}-${mm}-${dd}`, sequence };
}

/** Format the parts of a dossier code; the inverse of {@link parseDossierCode}. */
export function formatDossierCode(agency: string, receivedDate: string, sequence: number | string): string {
  const [y, m, d] = receivedDate.split('-') as [string, string, string];
  return `${agency}-${y.slice(2)}${m}${d}-${String(sequence).padStart(4, '0')}`;
}
