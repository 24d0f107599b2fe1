import { html, type TemplateResult } from 'lit';
import type { ShpElement } from '../../../internal/shp-element.js';

/** One bar: a label, a share 0…1 (null: no figures) and what it is made of. */
export interface Bar {
  label: unknown;
  share: number | null;
  /** e.g. `4.441/4.915 người đã cài đặt`. */
  detail: string;
  /** Extra words after the label (e.g. a late flag). */
  note?: unknown;
}

export const percent = (host: ShpElement, share: number): string =>
  host.formatNumber(share, { style: 'percent', maximumFractionDigits: 1 });

/**
 * Gives each bar its width through the CSSOM (the element calls it after each render): a
 * `style` attribute would need `'unsafe-inline'` in the page's Content-Security-Policy
 * (style-src-attr), which portals do not allow.
 */
export function sizeBars(root: ParentNode): void {
  for (const bar of root.querySelectorAll<HTMLElement>('.bar-fill[data-width]')) {
    bar.style.width = `${bar.dataset['width']}%`;
  }
}

/**
 * A bar chart that is a table: screen readers read the caption, headers and figures; the
 * bars are drawn in the share column and hidden from them.
 */
export function barTable(
  host: ShpElement,
  caption: string,
  labelHeader: string,
  bars: Bar[],
  total?: Bar,
  part = 'chart',
): TemplateResult {
  const row = (b: Bar, isTotal = false) =>
    html`<tr class=${isTotal ? 'total' : ''}>
      <th scope="row">${b.label}${b.note ?? ''}</th>
      <td class="share">
        <span class="bar" aria-hidden="true"
          ><span class="bar-fill" data-width=${Math.round((b.share ?? 0) * 1000) / 10}></span
        ></span>
        <span class="share-value"
          >${b.share === null ? host.t('rolloutReport.noFigures') : percent(host, b.share)}</span
        >
      </td>
      <td class="detail">${b.detail}</td>
    </tr>`;
  return html`<table part=${part} class="bars">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${labelHeader}</th>
        <th scope="col">${host.t('rolloutReport.installedShare')}</th>
        <th scope="col">${host.t('rolloutReport.figures')}</th>
      </tr>
    </thead>
    <tbody>
      ${bars.map((b) => row(b))}
    </tbody>
    ${
      total
        ? html`<tfoot>
            ${row(total, true)}
          </tfoot>`
        : null
    }
  </table>`;
}
