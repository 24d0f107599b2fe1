import { css, type CSSResult } from 'lit';

// Buttons and fields are local until styles/controls.ts (being written in parallel) lands.
export const styles: CSSResult = css`
  .header,
  .controls {
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .title {
    margin: 0;
    font-size: var(--_shp-font-size-l);
    line-height: 1.3;
  }

  .position {
    margin: 0;
    font-weight: 600;
  }

  .position:empty {
    display: none;
  }

  .where,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
  }

  .unit-picker {
    flex: 1 1 12em;
    min-width: 0;
  }

  .unit-picker summary {
    cursor: pointer;
    color: var(--_shp-color-primary);
    min-height: 2.5em;
    display: flex;
    align-items: center;
  }

  .unit-picker[open] {
    display: grid;
    gap: var(--_shp-space-s);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-xs);
    min-width: 0;
  }

  /* The label's words are small; its control keeps the widget's text size. */
  .field > span {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .field.inline {
    flex-direction: row;
    align-items: center;
  }

  .search {
    margin: 0;
  }

  select,
  input[type='search'] {
    font: inherit;
    min-height: 2.5em;
    min-width: 0;
    max-width: 100%;
    padding: 0 var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface);
    color: var(--_shp-color-text);
  }

  /* A percentage width: the box's own size (20 characters of a page's big root font) never widens a table cell. */
  input[type='search'] {
    width: 100%;
  }

  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_shp-space-xs);
    min-height: 2.5em;
  }

  .check input {
    font: inherit;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_shp-color-primary);
  }

  .button {
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }

  .button.secondary {
    background: transparent;
    color: var(--_shp-color-primary);
    border: 1px solid currentColor;
  }

  .button:disabled,
  /* busy, kept focusable so that focus never falls to the page */
  .button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.7;
  }

  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-xs);
  }

  /* Narrow: the categories scroll sideways on one line rather than fill the screen. */
  .chips {
    display: flex;
    gap: var(--_shp-space-xs);
    overflow-x: auto;
    scrollbar-width: thin;
    padding-block: 2px;
    padding-inline: 2px;
  }

  .chip {
    flex: none;
    white-space: nowrap;
  }

  .chip {
    font: inherit;
    font-size: var(--_shp-font-size-s);
    min-height: calc(2.25em / 0.875); /* 36 px at the reader's default size */
    padding: 0 var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: 999px;
    background: var(--_shp-color-surface);
    color: var(--_shp-color-text);
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    background: var(--_shp-color-primary);
    border-color: var(--_shp-color-primary);
    color: var(--_shp-color-on-primary);
  }

  .link,
  .link-button,
  a {
    color: var(--_shp-color-primary);
  }

  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-height: 2.5em;
    text-decoration: underline;
    cursor: pointer;
  }

  .muted {
    color: var(--_shp-color-text-muted);
  }

  .small {
    font-size: var(--_shp-font-size-s);
  }

  .count,
  .credits {
    margin: 0;
  }

  .results {
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .empty-state {
    display: grid;
    gap: var(--_shp-space-s);
    justify-items: start;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    min-width: 0;
  }

  .place {
    border-top: 1px solid var(--_shp-color-border);
    padding: var(--_shp-space-s) 0;
    min-width: 0;
  }

  .place-row {
    display: flex;
    gap: var(--_shp-space-s);
    align-items: flex-start;
  }

  .place-main {
    flex: 1 1 auto;
    min-width: 0;
  }

  .place-heading {
    margin: 0;
    font-size: 1em;
  }

  .place-name {
    font: inherit;
    font-weight: 600;
    text-align: start;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_shp-color-primary);
    cursor: pointer;
    overflow-wrap: anywhere;
    min-height: 1.5em;
  }

  .place-meta,
  .hours {
    margin: 0;
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
    overflow-wrap: anywhere;
  }

  .hours.open strong {
    color: var(--shp-nearby-places-open, light-dark(#1b6e20, #8fd694));
  }

  .hours.closed strong {
    color: var(--shp-nearby-places-closed, var(--_shp-color-text-muted));
  }

  .call {
    flex: none;
    display: inline-flex;
    align-items: center;
    min-height: 2.5em;
    padding: 0 var(--_shp-space-m);
    border: 1px solid var(--_shp-color-primary);
    border-radius: var(--_shp-radius-s);
    text-decoration: none;
    font-weight: 600;
  }

  .details {
    margin-top: var(--_shp-space-s);
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .facts {
    margin: 0;
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .fact dt {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .week {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }

  .day {
    display: grid;
    grid-template-columns: 6.5em minmax(0, 1fr);
    gap: 0 var(--_shp-space-s);
  }

  .day.today {
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
  }

  .copied:empty {
    display: none;
  }

  .shared {
    display: grid;
    gap: var(--_shp-space-xs);
    padding: var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
  }

  .shared-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_shp-space-s);
  }

  .shared-head > :first-child,
  .place-title {
    margin: 0;
    font-size: 1em;
  }

  .place-title {
    font-weight: 600;
  }

  .main,
  .map-area {
    display: grid;
    gap: var(--_shp-space-m);
    min-width: 0;
  }

  .map-area {
    --_shp-map-height: var(--shp-nearby-places-map-height, 320px);
    min-height: var(--_shp-map-height);
  }

  .more {
    justify-self: start;
  }

  .error-message {
    margin: 0;
    color: var(--_shp-color-danger);
  }

  /* Wide containers: the controls on fewer lines. */
  @container shp (min-width: 560px) {
    .controls {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: end;
    }

    .chips {
      grid-column: 1 / -1;
      grid-row: 2;
      flex-wrap: wrap;
      overflow-x: visible;
    }

    .row {
      justify-content: flex-end;
    }
  }

  /* Wide containers: the map beside the list, staying in view while the list scrolls. */
  @container shp (min-width: 760px) {
    .with-map {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }

    .with-map .map-area {
      position: sticky;
      top: 0;
    }
  }
`;
