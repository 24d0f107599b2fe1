import {
  campaignReportTotals,
  checkCampaignReport,
  type Campaign,
  type CampaignBody,
  type CampaignReport,
  type CampaignReportIssue,
  type CampaignReportRow,
  type CampaignReportSubmission,
} from '@smart-haiphong/sdk';

/** A table row as typed: text, so a half-typed number is kept as is. `id` is stable across moves. */
export interface DraftRow {
  id: string;
  name: string;
  total: string;
  installed: string;
  reason: string;
}

/** The header fields of Phụ lục 01 as typed. */
export interface DraftHeader {
  managingBody: string;
  bodyName: string;
  number: string;
  place: string;
  /** YYYY-MM-DD. */
  date: string;
  recipient: string;
}

/** A report waiting to be sent, with the idempotency key every try of it reuses. */
export interface PendingSend {
  key: string;
  kind: 'submit' | 'correct';
  submission: CampaignReportSubmission;
}

/** What the form keeps in localStorage until the report is sent (figures of a body, not personal data). */
export interface ReportDraft {
  header: DraftHeader;
  rows: DraftRow[];
  /** Nơi nhận, one per line. */
  recipients: string;
  signer: { title: string; name: string };
  pending: PendingSend | null;
}

let rowIds = 0;
/** A fresh row id (unique in the page, enough to key rows of one table). */
export const newRowId = (): string => `r${Date.now().toString(36)}${(++rowIds).toString(36)}`;

export const emptyRow = (): DraftRow => ({ id: newRowId(), name: '', total: '', installed: '', reason: '' });

/** Today in Hải Phòng, YYYY-MM-DD. */
export function todayInHaiPhong(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** One draft per campaign and body: the same body's report on two pages is one report. */
export const draftKey = (campaign: string, body: string): string => `shp-rollout-draft:${campaign}:${body}`;

/** The form's starting point: the latest version sent, else the campaign's and body's defaults. */
export function initialDraft(campaign: Campaign, body: CampaignBody, report: CampaignReport | null): ReportDraft {
  if (report) {
    return {
      header: {
        managingBody: report.header.managingBody,
        bodyName: report.header.bodyName,
        number: report.header.number ?? '',
        place: report.header.place,
        date: report.header.date,
        recipient: report.header.recipient,
      },
      rows: report.rows.map((r) => ({
        id: newRowId(),
        name: r.name,
        total: String(r.total),
        installed: String(r.installed),
        reason: r.reason ?? '',
      })),
      recipients: report.recipients.join('\n'),
      signer: { ...report.signer },
      pending: null,
    };
  }
  return {
    header: {
      managingBody: body.managingBody || campaign.managingBody,
      bodyName: body.name,
      number: '',
      place: campaign.place,
      date: todayInHaiPhong(),
      recipient: campaign.collector.body,
    },
    rows: [emptyRow()],
    recipients: 'Như trên;\nLưu: VT.',
    signer: { title: body.signerTitle, name: '' },
    pending: null,
  };
}

/** The saved draft, or null (none, storage blocked, or a value of another shape: start afresh). */
export function readDraft(key: string): ReportDraft | null {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as ReportDraft | null;
    if (!value || !Array.isArray(value.rows) || typeof value.header !== 'object') return null;
    return value;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: ReportDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // storage blocked or full: the form still works, the draft just does not survive a reload
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/**
 * A typed count as the rules read it: empty → undefined (required), a whole number → that
 * number, `2,5` or `2.5` → 2.5 (not whole), anything else stays text (not a number).
 */
export function parseCount(text: string): number | string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (/^-?\d+$/.test(s)) return Number(s);
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : s;
}

export const parsedRows = (rows: readonly DraftRow[]) =>
  rows.map((r) => ({
    name: r.name,
    total: parseCount(r.total),
    installed: parseCount(r.installed),
    reason: r.reason,
  }));

/** Tổng số − Đã cài đặt of a typed row, or null while either is not a usable count. */
export function notInstalledOf(row: DraftRow): number | null {
  const total = parseCount(row.total);
  const installed = parseCount(row.installed);
  if (!Number.isInteger(total) || !Number.isInteger(installed)) return null;
  const diff = (total as number) - (installed as number);
  return diff >= 0 ? diff : null;
}

/** The totals row: rows whose counts are not usable yet (or Đã cài đặt > Tổng số) are left out, so it never goes negative. */
export const totalsOf = (rows: readonly DraftRow[]) =>
  campaignReportTotals(parsedRows(rows.filter((r) => notInstalledOf(r) !== null)));

/** Header and signer fields that must not be empty, in the order they appear. */
export const REQUIRED_FIELDS = [
  'managingBody',
  'bodyName',
  'place',
  'date',
  'recipient',
  'recipients',
  'signerTitle',
  'signerName',
] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

function fieldValue(d: ReportDraft, f: RequiredField): string {
  if (f === 'recipients') return d.recipients;
  if (f === 'signerTitle') return d.signer.title;
  if (f === 'signerName') return d.signer.name;
  return d.header[f];
}

/** What stops the draft from being sent: empty header fields, then the table's rules (the SDK's, as the server runs them). */
export function checkDraft(d: ReportDraft): { missing: RequiredField[]; issues: CampaignReportIssue[] } {
  return {
    missing: REQUIRED_FIELDS.filter((f) => fieldValue(d, f).trim() === ''),
    issues: checkCampaignReport({ rows: parsedRows(d.rows) }),
  };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The submission of a draft that passed {@link checkDraft}. */
export function toSubmission(d: ReportDraft): CampaignReportSubmission {
  return {
    header: {
      managingBody: d.header.managingBody,
      bodyName: d.header.bodyName,
      ...(d.header.number.trim() ? { number: d.header.number } : {}),
      place: d.header.place,
      date: d.header.date,
      recipient: d.header.recipient,
    },
    rows: d.rows.map((r) => ({
      name: r.name,
      total: Number(r.total.trim()),
      installed: Number(r.installed.trim()),
      ...(r.reason.trim() ? { reason: r.reason } : {}),
    })),
    recipients: lines(d.recipients),
    signer: { ...d.signer },
  };
}

/** The table as the printout and the CSV show it (a count not typed yet, or not a whole number, shows 0). */
export function printRows(rows: readonly DraftRow[]): CampaignReportRow[] {
  return rows.map((r, i) => {
    const total = parseCount(r.total);
    const installed = parseCount(r.installed);
    return {
      stt: i + 1,
      name: r.name.trim(),
      total: Number.isInteger(total) ? (total as number) : 0,
      installed: Number.isInteger(installed) ? (installed as number) : 0,
      notInstalled: notInstalledOf(r) ?? 0,
      reason: r.reason.trim() || null,
    };
  });
}
