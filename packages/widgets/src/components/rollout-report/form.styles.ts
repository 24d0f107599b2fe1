import { css, type CSSResult } from 'lit';

/* The officer's form and its printout, loaded with the signed-in part (the summary does not
   need them). Mobile first: the report's table is stacked rows (one card per row, labels
   shown) until the container is wide enough for the table; the printout is hidden until
   printing. */
export const formStyles: CSSResult = css`
  /* The form */
  form {
    display: grid;
    gap: var(--_shp-space-m);
    min-width: 0;
  }

  fieldset {
    margin: 0;
    padding: var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .field {
    display: grid;
    gap: var(--_shp-space-xs);
    align-content: start;
    min-width: 0;
  }

  label {
    font-weight: 600;
  }

  input,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_shp-color-surface);
    border: 1px solid var(--_shp-color-text-muted);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-xs);
    min-width: 0;
    width: 100%;
    box-sizing: border-box;
  }

  textarea {
    resize: vertical;
  }

  /* Cells grow with their text where the browser can (a long reason stays readable). */
  .report-table textarea {
    field-sizing: content;
    min-height: 2.5em;
  }

  input:focus-visible,
  textarea:focus-visible,
  .icon-button:focus-visible,
  .link-button:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 1px;
  }

  [aria-invalid='true'] {
    border-color: var(--_shp-color-danger);
  }

  .error-summary {
    border: 2px solid var(--_shp-color-danger);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-s);
  }

  .error-summary ul {
    margin: var(--_shp-space-xs) 0 0;
    padding-inline-start: 1.2em;
  }

  .footer-fields {
    display: grid;
    gap: var(--_shp-space-s);
  }

  .button.secondary {
    background: transparent;
    color: var(--_shp-color-primary);
  }

  #add-row {
    justify-self: start;
  }

  .icon-button {
    font: inherit;
    min-width: 2.5em;
    min-height: 2.5em;
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface);
    color: var(--_shp-color-text);
    cursor: pointer;
  }

  .icon-button:disabled {
    opacity: 0.4;
    cursor: not-allowed;
  }

  .link-button {
    font: inherit;
    border: none;
    background: none;
    padding: 0;
    color: var(--_shp-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }

  .sent {
    font-weight: 600;
  }

  .waiting,
  .note {
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-warning-surface);
    color: var(--_shp-color-warning-text);
  }

  .history ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  /* Stacked rows (phones): each row a card, each cell with its label. */
  .report-table,
  .report-table tbody,
  .report-table tfoot,
  .report-table tr,
  .report-table td,
  .report-table th {
    display: block;
  }

  .report-table caption {
    display: block;
  }

  .report-table thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }

  .report-table tbody tr,
  .report-table tfoot tr {
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-xs);
    margin-bottom: var(--_shp-space-s);
  }

  .report-table td,
  .report-table th {
    border: none;
  }

  .cell-label {
    display: block;
    font-size: var(--_shp-font-size-s);
  }

  .report-table .stt {
    font-weight: 700;
  }

  .report-table .stt .cell-label {
    display: inline;
    margin-inline-end: var(--_shp-space-xs);
  }

  .row-actions {
    display: flex !important;
    gap: var(--_shp-space-xs);
  }

  .computed {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  @container shp (min-width: 640px) {
    .report-table {
      display: table;
    }

    .report-table caption {
      display: table-caption;
    }

    .report-table thead {
      display: table-header-group;
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
    }

    .report-table tbody {
      display: table-row-group;
    }

    .report-table tfoot {
      display: table-footer-group;
    }

    .report-table tr,
    .report-table tbody tr,
    .report-table tfoot tr {
      display: table-row;
      border: none;
      margin: 0;
    }

    .report-table td,
    .report-table th {
      display: table-cell;
      border-bottom: 1px solid var(--_shp-color-border);
    }

    .row-actions {
      display: table-cell !important;
      white-space: nowrap;
    }

    .report-table .cell-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    .report-table thead th:first-child {
      white-space: nowrap;
    }

    .cell-total,
    .cell-installed {
      width: 6.5em;
    }

    .cell-notInstalled {
      width: 5.5em;
    }

    .header-fields {
      grid-template-columns: 1fr 1fr;
    }

    .footer-fields {
      grid-template-columns: 2fr 1fr 1fr;
      align-items: start;
    }
  }

  /* The printout: hidden on screen, alone on paper. */
  .print {
    display: none;
  }

  @media print {
    .base {
      border: none;
      padding: 0;
      background: #fff;
      color: #000;
    }

    .screen,
    .offline {
      display: none !important;
    }

    .print {
      display: block;
      font-family: 'Times New Roman', Times, serif;
      font-size: 13pt;
      line-height: 1.35;
      color: #000;
      max-width: 210mm;
    }

    .print p {
      margin: 0;
    }

    .print-head {
      display: grid;
      grid-template-columns: 2fr 3fr;
      gap: 8mm;
      text-align: center;
    }

    .print .strong {
      font-weight: 700;
    }

    .print .upper {
      text-transform: uppercase;
    }

    .print .italic {
      font-style: italic;
    }

    .print .underline {
      text-decoration: underline;
      text-underline-offset: 3px;
    }

    .print-motto .italic {
      margin-top: 4mm;
    }

    .print-title {
      margin: 8mm 0 4mm;
      text-align: center;
      font-size: 14pt;
      font-weight: 700;
    }

    .print-subtitle {
      display: block;
      font-size: 13pt;
    }

    .print-to {
      text-align: center;
      margin-bottom: 4mm;
    }

    .print-text {
      text-indent: 10mm;
      text-align: justify;
      margin-bottom: 4mm;
    }

    .print-table th,
    .print-table td {
      border: 1px solid #000;
      padding: 1mm 2mm;
      color: #000;
      font-size: 12pt;
    }

    .print-table thead th {
      text-align: center;
      font-weight: 700;
    }

    .print-table .num {
      text-align: center;
    }

    .print-table thead th:first-child {
      width: 3.2em;
      white-space: nowrap;
    }

    .print-table tr {
      break-inside: avoid;
    }

    .print-foot {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 8mm;
      margin-top: 6mm;
      break-inside: avoid;
    }

    .print-recipients ul {
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 11pt;
    }

    .print-sign {
      text-align: center;
    }

    .print .print-signer {
      margin-top: 22mm;
    }

    .print-sample {
      margin-top: 6mm;
      font-size: 10pt;
      font-style: italic;
    }
  }
`;
