import { css, type CSSResult } from 'lit';

/* Sections, headings, .muted, .facts and .actions come from styles/content.ts. */
export const styles: CSSResult = css`
  .search,
  .detail {
    display: grid;
    gap: var(--_shp-space-xs);
    min-width: 0;
  }

  :is(h1, h2, h3, h4, h5, h6) {
    margin-top: var(--_shp-space-xs);
  }

  .detail h3,
  .detail h4,
  .detail h5 {
    font-size: 1em;
  }

  ul,
  ol {
    margin: 0;
  }

  .strong {
    font-weight: 600;
  }

  input,
  select {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
    min-height: 2.5em;
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface);
  }

  input:focus-visible,
  select:focus-visible,
  a:focus-visible,
  .link:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }

  .filters {
    padding: var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .filter {
    display: grid;
    gap: var(--_shp-space-xs);
    min-width: 0;
  }

  .count {
    font-weight: 600;
  }

  .list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_shp-space-s);
  }

  .item {
    display: grid;
    gap: 2px;
    padding-bottom: var(--_shp-space-s);
    border-bottom: 1px solid var(--_shp-color-border);
    overflow-wrap: anywhere;
  }

  a {
    color: var(--_shp-color-primary);
  }

  .item a {
    font-weight: 600;
  }

  .badge {
    padding: 0 var(--_shp-space-xs);
    border-radius: var(--_shp-radius-s);
    background: var(--shp-procedure-search-badge, var(--_shp-color-surface-muted));
    color: var(--_shp-color-text);
  }

  .code {
    font-variant-numeric: tabular-nums;
  }

  .button.secondary,
  .link-button {
    background: transparent;
    color: var(--_shp-color-primary);
    justify-self: start;
  }

  .link-button {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    text-decoration: none;
  }

  .link-button.primary {
    background: var(--_shp-color-primary);
    color: var(--_shp-color-on-primary);
  }

  .button:disabled,
  /* busy, kept focusable so that focus never falls to the page */
  .button[aria-disabled='true'] {
    opacity: 0.6;
  }

  .channels,
  .list,
  .plain {
    overflow-wrap: anywhere;
  }

  .channels {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_shp-space-s);
  }

  .channel {
    display: grid;
    gap: 2px;
    padding: var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
  }

  .steps,
  .papers,
  .plain {
    padding-inline-start: 1.3em;
    display: grid;
    gap: var(--_shp-space-xs);
    overflow-wrap: anywhere;
  }

  .papers li {
    display: grid;
  }

  .pre {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .credit {
    overflow-wrap: anywhere;
  }

  @container shp (min-width: 600px) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: end;
    }

    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: var(--_shp-space-l);
    }

    .channels {
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    }
  }

  @media print {
    .search,
    .filters,
    .no-print,
    button {
      display: none !important;
    }
  }
`;
