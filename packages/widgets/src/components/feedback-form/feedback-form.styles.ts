import { css, type CSSResult } from 'lit';

export const styles: CSSResult = css`
  .form {
    display: grid;
    gap: var(--_shp-space-m);
  }

  .field {
    display: grid;
    gap: var(--_shp-space-xs);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  fieldset.field {
    border-top: 1px solid var(--_shp-color-border);
    padding-top: var(--_shp-space-s);
  }

  legend {
    font-weight: 700;
    padding: 0;
  }

  label,
  legend {
    overflow-wrap: anywhere;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_shp-color-surface);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    min-height: 2.5em;
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
  }

  textarea {
    resize: vertical;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 1px;
  }

  [aria-invalid='true'],
  /* as specific as the fields' own rule above (input:not(…)), and after it */
  input[aria-invalid='true'] {
    border-color: var(--_shp-color-danger);
  }

  .hint,
  .count {
    margin: 0;
    color: var(--_shp-color-text-muted);
    font-size: var(--_shp-font-size-s);
  }

  .count {
    justify-self: end;
    font-variant-numeric: tabular-nums;
  }

  .count.over,
  .field-error {
    margin: 0;
    color: var(--_shp-color-danger);
    font-size: var(--_shp-font-size-s);
  }

  .notice,
  .offer,
  .note {
    margin: 0;
    padding: var(--_shp-space-s);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-warning-surface);
    color: var(--_shp-color-warning-text);
  }

  .offer p {
    margin: 0 0 var(--_shp-space-xs);
  }

  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_shp-space-s);
  }

  .button.secondary {
    background: transparent;
    color: var(--_shp-color-primary);
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }

  .camera {
    display: grid;
    gap: var(--_shp-space-xs);
    font-size: var(--_shp-font-size-s);
  }

  .photos,
  .duplicates ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_shp-space-s);
  }

  .photo {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
  }

  .photo img {
    width: 64px;
    height: 64px;
    object-fit: cover;
    border-radius: var(--_shp-radius-s);
  }

  .photo-body {
    display: grid;
    flex: 1 1 8em;
    min-width: 0;
    gap: var(--_shp-space-xs);
  }

  .photo-name {
    overflow-wrap: anywhere;
  }

  progress {
    width: 100%;
  }

  .duplicates,
  .preview {
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-s);
    display: grid;
    gap: var(--_shp-space-xs);
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1em;
  }

  .duplicates li {
    display: grid;
  }

  a {
    color: var(--_shp-color-primary);
    overflow-wrap: anywhere;
  }

  .preview dl {
    margin: 0;
    display: grid;
    gap: 0 var(--_shp-space-s);
  }

  .preview dt {
    color: var(--_shp-color-text-muted);
    font-size: var(--_shp-font-size-s);
  }

  .preview dd {
    margin: 0 0 var(--_shp-space-xs);
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .check {
    display: flex;
    gap: var(--_shp-space-s);
    align-items: center;
  }

  .check input {
    width: 1.25em;
    height: 1.25em;
  }

  .done {
    display: grid;
    gap: var(--_shp-space-s);
  }

  .done p {
    margin: 0;
  }

  .done-title {
    font-weight: 700;
    font-size: var(--_shp-font-size-l);
  }

  .tracking-code {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  /* Wide containers: the preview sits beside its labels. */
  @container shp (min-width: 560px) {
    .preview dl {
      grid-template-columns: max-content minmax(0, 1fr);
    }
  }
`;
