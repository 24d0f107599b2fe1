/**
 * CSV of Phụ lục 01 tables, built on the device from the contract's reports (the API has no
 * CSV endpoint: one function serves a body's own printout and the commune's export, offline
 * too). Spreadsheet programs need the UTF-8 byte order mark to read Vietnamese correctly.
 */
import type { CampaignReport, CampaignReportRow } from './schemas/campaigns.js';

/** The UTF-8 byte order mark that starts every CSV here. */
export const CSV_BOM = '\uFEFF';

const ROW_COLUMNS = ['STT', 'Tên đơn vị', 'Tổng số', 'Đã cài đặt', 'Chưa cài đặt', 'Lý do chưa cài đặt'] as const;

/**
 * A CSV cell: quoted when needed (RFC 4180), and text that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR at the start) prefixed with `'` (CSV injection).
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: (string | number | null)[]) => cells.map(cell).join(',');

const rowCells = (r: CampaignReportRow) => [r.stt, r.name, r.total, r.installed, r.notInstalled, r.reason];

/**
 * One report's table as CSV: the Phụ lục 01 columns (STT, Tên đơn vị, Tổng số, Đã cài đặt,
 * Chưa cài đặt, Lý do chưa cài đặt), one line per row, then the totals line (`Tổng cộng`).
 * Vietnamese whatever the UI's language; UTF-8 with BOM, CRLF line ends.
 */
export function campaignReportCsv(report: Pick<CampaignReport, 'rows' | 'totals'>): string {
  const lines = [
    line([...ROW_COLUMNS]),
    ...report.rows.map((r) => line(rowCells(r))),
    line([null, 'Tổng cộng', report.totals.total, report.totals.installed, report.totals.notInstalled, null]),
  ];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Every report of a campaign as one CSV (the collecting office's export): the reporting body
 * and its report's number, date and version, then the Phụ lục 01 columns; one line per row.
 * Bodies without a report are not in it (the dashboard lists them).
 */
export function campaignReportsCsv(reports: readonly CampaignReport[]): string {
  const lines = [line(['Đơn vị báo cáo', 'Số báo cáo', 'Ngày báo cáo', 'Lần gửi', 'Nộp muộn', ...ROW_COLUMNS])];
  for (const report of reports) {
    const head = [
      report.header.bodyName,
      report.header.number,
      report.header.date,
      report.version,
      report.late ? 'Có' : 'Không',
    ];
    for (const r of report.rows) lines.push(line([...head, ...rowCells(r)]));
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
