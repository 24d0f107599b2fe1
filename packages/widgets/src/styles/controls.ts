import { css, type CSSResult } from 'lit';

/**
 * Controls every widget shares, so that a button or a field looks the same in each:
 * `.button` (primary) and `.button.secondary`, `.field` (a label above its control),
 * `input`, `select` and `textarea`, and `.chip` (a small toggle or tag). The base
 * `.button` rule is in styles/states.ts (the states' Retry button uses it); this adds
 * the variants and the fields. A busy button keeps focus: it takes `aria-disabled="true"`
 * (not `disabled`, which drops focus to the page) and looks like a disabled one.
 */
export const controlStyles: CSSResult = css`
  .button.secondary {
    background: transparent;
    color: var(--_shp-color-primary);
    border: 1px solid currentColor;
  }

  .button:disabled,
  /* busy, kept focusable so that focus never falls to the page (aria-disabled, presses ignored) */
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
    filter: none;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-xs);
    min-width: 0;
  }

  .field > label {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    font: inherit;
    min-height: 2.5em;
    min-width: 0;
    padding: 0 var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface);
    color: var(--_shp-color-text);
  }

  textarea {
    padding: var(--_shp-space-s);
  }

  :is(input, select, textarea):focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 1px;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_shp-space-xs);
    font: inherit;
    font-size: var(--_shp-font-size-s);
    /* 32 px at the reader's default size: em of this smaller text, never the page's rem. */
    min-height: calc(2em / 0.875);
    padding: 0 var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: 999px;
    background: var(--_shp-color-surface);
    color: var(--_shp-color-text);
  }

  button.chip {
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    background: var(--_shp-color-primary);
    border-color: var(--_shp-color-primary);
    color: var(--_shp-color-on-primary);
  }

  .chip:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }
`;
