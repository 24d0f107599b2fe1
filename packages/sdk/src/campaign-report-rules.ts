/**
 * The arithmetic and completeness rules of a Phụ lục 01 report (the rollout report a body
 * of the commune sends to UBND xã), as a pure function. The contract's schema runs the
 * same rules, so a widget that checks a draft with {@link checkCampaignReport} shows the
 * messages the server would send, before anything is sent.
 */

/** Largest number a row may hold (people of one sub-unit); a typo guard, not a census figure. */
export const REPORT_MAX_COUNT = 1_000_000;
/** Rows per report. */
export const REPORT_MAX_ROWS = 300;
/** Characters of a sub-unit's name (Tên đơn vị). */
export const REPORT_MAX_NAME = 200;
/** Characters of a reason (Lý do chưa cài đặt). */
export const REPORT_MAX_REASON = 500;

/**
 * Why a value was refused:
 * - `required`: empty;
 * - `not_whole_number`: a count that is not a whole number;
 * - `negative`: a count below 0;
 * - `too_large`: a count above {@link REPORT_MAX_COUNT};
 * - `too_long`: text longer than its limit;
 * - `installed_exceeds_total`: Đã cài đặt > Tổng số;
 * - `reason_required`: some people have not installed and Lý do chưa cài đặt is empty;
 * - `not_installed_mismatch`: Chưa cài đặt was sent and is not Tổng số − Đã cài đặt;
 * - `no_rows`, `too_many_rows`: the table is empty or longer than {@link REPORT_MAX_ROWS}.
 */
export type CampaignReportRule =
  | 'required'
  | 'not_whole_number'
  | 'negative'
  | 'too_large'
  | 'too_long'
  | 'installed_exceeds_total'
  | 'reason_required'
  | 'not_installed_mismatch'
  | 'no_rows'
  | 'too_many_rows';

/** One refused value of a report. */
export interface CampaignReportIssue {
  /** Where, from the report's root: `['rows', 2, 'installed']`. */
  path: (string | number)[];
  /** The same as a dotted string, `rows.2.installed` (the server's `param` is `body.` + this). */
  param: string;
  rule: CampaignReportRule;
  /** The message in Vietnamese, naming the field as Phụ lục 01 does. */
  vi: string;
  /** The message in English. */
  en: string;
}

/** A row as a draft may hold it: anything may be missing or wrong. */
export interface CampaignReportRowDraft {
  name?: unknown;
  total?: unknown;
  installed?: unknown;
  notInstalled?: unknown;
  reason?: unknown;
}

/** The column names of Phụ lục 01 (Vietnamese) and their English translations. */
export const REPORT_COLUMNS = {
  stt: { vi: 'STT', en: 'No.' },
  name: { vi: 'Tên đơn vị', en: 'Unit' },
  total: { vi: 'Tổng số', en: 'Total' },
  installed: { vi: 'Đã cài đặt', en: 'Installed' },
  notInstalled: { vi: 'Chưa cài đặt', en: 'Not installed' },
  reason: { vi: 'Lý do chưa cài đặt', en: 'Reason not installed' },
} as const;

type CountField = 'total' | 'installed' | 'notInstalled';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function issue(path: (string | number)[], rule: CampaignReportRule, vi: string, en: string): CampaignReportIssue {
  return { path, param: path.join('.'), rule, vi, en };
}

function checkCount(value: unknown, field: CountField, at: (string | number)[]): CampaignReportIssue | null {
  const label = REPORT_COLUMNS[field];
  const path = [...at, field];
  if (blank(value)) return issue(path, 'required', `Nhập ${label.vi}.`, `Enter ${label.en}.`);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return issue(path, 'not_whole_number', `${label.vi} phải là số nguyên.`, `${label.en} must be a whole number.`);
  }
  if (value < 0) return issue(path, 'negative', `${label.vi} không được nhỏ hơn 0.`, `${label.en} cannot be below 0.`);
  if (value > REPORT_MAX_COUNT) {
    return issue(
      path,
      'too_large',
      `${label.vi} không được lớn hơn ${REPORT_MAX_COUNT.toLocaleString('vi-VN')}.`,
      `${label.en} cannot exceed ${REPORT_MAX_COUNT.toLocaleString('en-GB')}.`,
    );
  }
  return null;
}

/**
 * Check one row of the table. Paths are relative to the row (`['installed']`); pass `at`
 * (e.g. `['rows', 2]`) to prefix them. Returns every issue, in column order; none when the
 * row is good. "Chưa cài đặt" need not be sent: it is Tổng số − Đã cài đặt.
 */
export function checkCampaignReportRow(
  row: CampaignReportRowDraft,
  at: (string | number)[] = [],
): CampaignReportIssue[] {
  const out: CampaignReportIssue[] = [];
  const name = typeof row.name === 'string' ? row.name.trim() : row.name;
  if (blank(name) || typeof name !== 'string') {
    out.push(issue([...at, 'name'], 'required', 'Nhập Tên đơn vị.', 'Enter the unit’s name.'));
  } else if ([...name].length > REPORT_MAX_NAME) {
    out.push(
      issue(
        [...at, 'name'],
        'too_long',
        `Tên đơn vị dài tối đa ${REPORT_MAX_NAME} ký tự.`,
        `The unit’s name is at most ${REPORT_MAX_NAME} characters.`,
      ),
    );
  }
  const totalIssue = checkCount(row.total, 'total', at);
  const installedIssue = checkCount(row.installed, 'installed', at);
  if (totalIssue) out.push(totalIssue);
  if (installedIssue) out.push(installedIssue);
  const notInstalledIssue = blank(row.notInstalled) ? null : checkCount(row.notInstalled, 'notInstalled', at);
  if (notInstalledIssue) out.push(notInstalledIssue);

  if (!totalIssue && !installedIssue) {
    const total = row.total as number;
    const installed = row.installed as number;
    if (installed > total) {
      out.push(
        issue(
          [...at, 'installed'],
          'installed_exceeds_total',
          `Đã cài đặt (${installed}) không được lớn hơn Tổng số (${total}).`,
          `Installed (${installed}) cannot exceed Total (${total}).`,
        ),
      );
    } else {
      const missing = total - installed;
      if (!blank(row.notInstalled) && !notInstalledIssue && row.notInstalled !== missing) {
        out.push(
          issue(
            [...at, 'notInstalled'],
            'not_installed_mismatch',
            `Chưa cài đặt phải bằng Tổng số − Đã cài đặt (${total} − ${installed} = ${missing}).`,
            `Not installed must equal Total − Installed (${total} − ${installed} = ${missing}).`,
          ),
        );
      }
      if (missing > 0 && (blank(row.reason) || typeof row.reason !== 'string')) {
        out.push(
          issue(
            [...at, 'reason'],
            'reason_required',
            `Còn ${missing} người chưa cài đặt: nhập Lý do chưa cài đặt.`,
            `${missing} not installed: enter the reason.`,
          ),
        );
      }
    }
  }
  if (typeof row.reason === 'string' && [...row.reason.trim()].length > REPORT_MAX_REASON) {
    out.push(
      issue(
        [...at, 'reason'],
        'too_long',
        `Lý do dài tối đa ${REPORT_MAX_REASON} ký tự.`,
        `The reason is at most ${REPORT_MAX_REASON} characters.`,
      ),
    );
  }
  return out;
}

/**
 * Check a report's table: every row ({@link checkCampaignReportRow}) and the number of rows.
 * Paths start at the report (`['rows', 2, 'installed']`, param `rows.2.installed`).
 *
 * @example
 * const issues = checkCampaignReport({ rows: [{ name: 'Tổ 1', total: 10, installed: 12 }] });
 * // [{ param: 'rows.0.installed', rule: 'installed_exceeds_total', vi: 'Đã cài đặt (12) không được…', en: '…' }]
 */
export function checkCampaignReport(report: {
  rows?: readonly CampaignReportRowDraft[] | unknown;
}): CampaignReportIssue[] {
  const rows = report.rows;
  if (!Array.isArray(rows) || rows.length === 0) {
    return [issue(['rows'], 'no_rows', 'Bảng cần ít nhất một dòng.', 'The table needs at least one row.')];
  }
  const out: CampaignReportIssue[] = [];
  if (rows.length > REPORT_MAX_ROWS) {
    out.push(
      issue(
        ['rows'],
        'too_many_rows',
        `Bảng có tối đa ${REPORT_MAX_ROWS} dòng.`,
        `The table has at most ${REPORT_MAX_ROWS} rows.`,
      ),
    );
  }
  rows.forEach((row: unknown, i) => {
    const draft = typeof row === 'object' && row !== null ? (row as CampaignReportRowDraft) : {};
    out.push(...checkCampaignReportRow(draft, ['rows', i]));
  });
  return out;
}

/** Tổng số, Đã cài đặt and Chưa cài đặt summed over rows (the totals row); rows with bad counts are skipped. */
export function campaignReportTotals(rows: readonly CampaignReportRowDraft[]): {
  total: number;
  installed: number;
  notInstalled: number;
} {
  let total = 0;
  let installed = 0;
  for (const r of rows) {
    if (Number.isInteger(r.total) && Number.isInteger(r.installed)) {
      total += r.total as number;
      installed += r.installed as number;
    }
  }
  return { total, installed, notInstalled: total - installed };
}
