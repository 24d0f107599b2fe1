import { css, type CSSResult } from 'lit';

/* Sections, headings, .muted, .facts and .actions come from styles/content.ts. */
export const styles: CSSResult = css`
  .lookup,
  .recent,
  .result,
  .rating {
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .result h3,
  .result h4,
  .result h5,
  .mine h3,
  .mine h4 {
    font-size: 1em;
  }

  ul,
  ol,
  blockquote {
    margin: 0;
  }

  .label,
  .strong {
    font-weight: 600;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
    min-width: 0;
  }

  textarea,
  input[type='checkbox'],
  input[type='radio'] {
    font: inherit;
    color: inherit;
  }

  textarea {
    box-sizing: border-box;
    flex: 1 1 12em;
    min-width: 0;
    width: 100%;
    min-height: 2.5em;
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface);
    resize: vertical;
    field-sizing: content;
  }

  .lookup textarea {
    width: auto;
    font-variant-numeric: tabular-nums;
  }

  textarea:focus-visible,
  input:focus-visible,
  .link:focus-visible,
  .chip:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_shp-color-danger);
  }

  .button.secondary,
  .link-button {
    background: transparent;
    color: var(--_shp-color-primary);
    justify-self: start;
  }

  .link-button {
    display: inline-block;
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    border: 1px solid var(--_shp-color-primary);
    border-radius: var(--_shp-radius-s);
    text-decoration: none;
  }

  .button:disabled,
  /* busy or waiting, kept focusable so that focus never falls to the page */
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .chip {
    text-decoration: none;
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    overflow-wrap: anywhere;
  }

  .chips {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-xs);
  }

  .check {
    display: flex;
    gap: var(--_shp-space-s);
    align-items: flex-start;
  }

  .field-error {
    color: var(--_shp-color-danger);
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .field-error p {
    margin: 0;
  }

  .video {
    width: 100%;
    max-height: 50vh;
    background: #000;
    border-radius: var(--_shp-radius-s);
  }

  .results:empty {
    display: none;
  }

  .sample {
    justify-self: start;
    font-size: var(--_shp-font-size-s);
    padding: 0 var(--_shp-space-xs);
    border: 1px dashed var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    color: var(--_shp-color-text-muted);
  }

  .status-box {
    display: grid;
    gap: var(--_shp-space-xs);
    padding: var(--_shp-space-s);
    border-inline-start: 4px solid var(--_shp-color-primary);
    background: var(--_shp-color-surface-muted);
    border-radius: var(--_shp-radius-s);
  }

  .deadline {
    font-weight: 700;
  }

  .deadline.late {
    color: var(--shp-dossier-tracker-late, var(--_shp-color-danger));
  }

  .todo {
    display: grid;
    gap: var(--_shp-space-xs);
    padding: var(--_shp-space-s);
    border: 1px solid var(--_shp-color-primary);
    border-radius: var(--_shp-radius-s);
  }

  .papers,
  .methods,
  .documents,
  .scores {
    padding-inline-start: 1.2em;
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .papers li,
  .methods li {
    display: grid;
  }

  .paper-note {
    color: var(--_shp-color-danger);
    font-size: var(--_shp-font-size-s);
  }

  .reference,
  .code {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* The shared timeline (internal/timeline.ts), drawn as a rail with the current step marked. */
  .timeline {
    list-style: none;
    padding: 0;
    gap: var(--_shp-space-s);
  }

  .timeline li {
    display: grid;
    padding-inline-start: var(--_shp-space-m);
    border-inline-start: 2px solid var(--_shp-color-border);
    overflow-wrap: anywhere;
  }

  .timeline li[aria-current] {
    border-inline-start-color: var(--_shp-color-primary);
  }

  .timeline time,
  .timeline span {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .answer {
    padding: var(--_shp-space-s);
    border-inline-start: 4px solid var(--_shp-color-primary);
    background: var(--_shp-color-surface-muted);
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .feedback-content,
  .answer-body {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .photos {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(88px, 1fr));
    gap: var(--_shp-space-xs);
  }

  .photos img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_shp-radius-s);
  }

  .mine-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_shp-space-s);
  }

  .mine-item {
    display: grid;
    gap: var(--_shp-space-s);
    padding: var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    min-width: 0;
  }

  .mine-head {
    display: grid;
    gap: var(--_shp-space-xs);
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .criterion {
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-s);
    display: grid;
    gap: var(--_shp-space-xs);
    min-width: 0;
  }

  .scale {
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .score {
    display: flex;
    gap: var(--_shp-space-s);
    align-items: center;
    min-height: 24px;
  }

  .field {
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .counter.over {
    color: var(--_shp-color-danger);
  }

  @container shp (min-width: 560px) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: var(--_shp-space-l);
    }

    .scale {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }
  }

  /* Printing the page itself: the dossier without the controls (the "In" button opens an A4 view). */
  @media print {
    .lookup,
    .recent,
    .no-print,
    button {
      display: none !important;
    }
  }
`;
