import type { Campaign, CampaignReportRow } from '@smart-haiphong/sdk';
import { REPORT_COLUMNS } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';

/** What the printout shows: the report as typed (or as sent), and the dispatch it answers. */
export interface PrintData {
  campaign: Campaign;
  header: { managingBody: string; bodyName: string; number: string; place: string; date: string; recipient: string };
  rows: CampaignReportRow[];
  totals: { total: number; installed: number; notInstalled: number };
  recipients: string[];
  signer: { title: string; name: string };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `Bình Giang, ngày 05 tháng 3 năm 2026`: as administrative texts write a date (Nghị định
 * 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 take a leading zero).
 */
export function placeAndDate(place: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return `${place}, ngày … tháng … năm …`;
  return `${place}, ngày ${pad(d)} tháng ${m < 3 ? pad(m) : m} năm ${y}`;
}

/** `10/02/2026` from `2026-02-10`. */
const dmy = (date: string) => date.split('-').reverse().join('/');

/**
 * The A4 printout of Phụ lục 01, always in Vietnamese: national motto block, managing and
 * reporting body, number, place and date, title, Kính gửi, the dispatch answered, the table
 * with its totals, Nơi nhận and the signature block. Hidden on screen; `@media print` shows it
 * alone (styles in rollout-report.styles.ts).
 */
export function printView(data: PrintData, headingLevel: number): TemplateResult {
  const { campaign, header, rows, totals, recipients, signer } = data;
  const c = REPORT_COLUMNS;
  return html`<article part="print" class="print" lang="vi" data-print>
    <div class="print-head">
      <div class="print-body">
        <p class="upper">${header.managingBody}</p>
        <p class="upper strong underline">${header.bodyName}</p>
        <p>Số: ${header.number || '……/……'}</p>
      </div>
      <div class="print-motto">
        <p class="strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p class="strong underline">Độc lập - Tự do - Hạnh phúc</p>
        <p class="italic">${placeAndDate(header.place, header.date)}</p>
      </div>
    </div>
    ${heading(
      headingLevel,
      1,
      html`BÁO CÁO<span class="print-subtitle"
          >Kết quả triển khai cài đặt, sử dụng ứng dụng Smart Hải Phòng và đăng nhập bằng tài khoản VNeID</span
        >`,
      { class: 'print-title' },
    )}
    <p class="print-to">Kính gửi: ${header.recipient}</p>
    <p class="print-text">
      Thực hiện Công văn số ${campaign.dispatch.number} ngày ${dmy(campaign.dispatch.date)} của
      ${campaign.dispatch.issuer} ${campaign.dispatch.subject.replace(/^V\/v\s*/i, 'về việc ')}, đơn vị
      ${header.bodyName} đã tích cực triển khai thực hiện, kết quả cụ thể như sau:
    </p>
    <table class="print-table">
      <thead>
        <tr>
          <th scope="col" rowspan="2">${c.stt.vi}</th>
          <th scope="col" rowspan="2">${c.name.vi}</th>
          <th scope="colgroup" colspan="3">Số lượng</th>
          <th scope="col" rowspan="2">${c.reason.vi}</th>
        </tr>
        <tr>
          <th scope="col">${c.total.vi}</th>
          <th scope="col">${c.installed.vi}</th>
          <th scope="col">${c.notInstalled.vi}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td class="num">${r.stt}</td>
              <td>${r.name}</td>
              <td class="num">${r.total}</td>
              <td class="num">${r.installed}</td>
              <td class="num">${r.notInstalled}</td>
              <td>${r.reason ?? ''}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <td></td>
          <th scope="row">Tổng cộng</th>
          <td class="num">${totals.total}</td>
          <td class="num">${totals.installed}</td>
          <td class="num">${totals.notInstalled}</td>
          <td></td>
        </tr>
      </tfoot>
    </table>
    <div class="print-foot">
      <div class="print-recipients">
        <p class="strong italic">Nơi nhận:</p>
        <ul>
          ${recipients.map((r) => html`<li>- ${r}</li>`)}
        </ul>
      </div>
      <div class="print-sign">
        <p class="strong upper">${signer.title}</p>
        <p class="italic">(Ký, ghi rõ họ tên và đóng dấu)</p>
        <p class="strong print-signer">${signer.name}</p>
      </div>
    </div>
    ${campaign.sample ? html`<p class="print-sample">Dữ liệu mẫu</p>` : null}
  </article>`;
}
