import { css, type CSSResult } from 'lit';

/* The summary, the dashboard and what they share with the form; the form's own styles and the
   printout's are in form.styles.ts, loaded with the signed-in part. Sections, headings, .muted
   and .actions come from styles/content.ts. */
export const styles: CSSResult = css`
  .title {
    font-size: var(--_shp-font-size-l);
  }

  .as-of,
  .hint {
    color: var(--_shp-color-text-muted);
    font-size: var(--_shp-font-size-s);
  }

  .sample {
    justify-self: start;
    padding: 0 var(--_shp-space-xs);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .overall {
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .overall-share {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
  }

  .big {
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--shp-rollout-report-bar, var(--_shp-color-primary));
  }

  table {
    border-collapse: collapse;
    width: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_shp-space-xs);
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_shp-space-xs);
    border-bottom: 1px solid var(--_shp-color-border);
    overflow-wrap: anywhere;
  }

  thead th {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .num {
    font-variant-numeric: tabular-nums;
  }

  .bars .share {
    min-width: 6em;
  }

  .bar {
    display: block;
    height: 0.75em;
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface-muted);
    overflow: hidden;
  }

  .bar-fill {
    display: block;
    height: 100%;
    background: var(--shp-rollout-report-bar, var(--_shp-color-primary));
  }

  .share-value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .bars .detail {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
    /* Break between words only: "2.799/3.111" broke after "3." at 360 px. */
    overflow-wrap: break-word;
  }

  .bars tfoot th,
  .bars tfoot td {
    font-weight: 700;
    border-bottom: none;
  }

  .table-wrap {
    min-width: 0;
    overflow-x: auto;
  }

  .counts {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-xs) var(--_shp-space-m);
    font-weight: 600;
  }

  .flag {
    white-space: normal;
  }

  .flag.late,
  .flag.overdue,
  td.overdue {
    color: var(--shp-rollout-report-late, var(--_shp-color-danger));
    font-weight: 600;
  }

  .remind,
  .bodies {
    margin: 0;
    padding-inline-start: 1.2em;
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .status-group {
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .sign-in {
    display: grid;
    gap: var(--_shp-space-s);
    justify-items: start;
    padding-top: var(--_shp-space-s);
    border-top: 1px solid var(--_shp-color-border);
  }

  .field-error {
    color: var(--_shp-color-danger);
    font-size: var(--_shp-font-size-s);
  }

  .field-error:empty {
    display: none;
  }

  .actions {
    align-items: center;
  }

  .button:disabled,
  /* busy, kept focusable so that focus never falls to the page */
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
