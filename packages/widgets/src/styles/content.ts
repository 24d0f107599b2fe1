import { css, type CSSResult } from 'lit';

/**
 * What widgets that show content share (the dossier tracker, procedure search and rollout
 * report): a `section` is a grid with a small gap; headings without margins, wrapped anywhere
 * (a long code or name never widens a 300 px widget); paragraphs, fact lists and fieldsets
 * without the browser's margins; `.muted` secondary text; `.link`, a button that reads as a link; `legend`; `.actions` (a wrapping row
 * of buttons); and `.facts`, a `<dl>` of label (`dt`, muted) over value (`dd`), one `<div>` per
 * fact. Lists (`ul`, `ol`) keep their margins here: each widget decides.
 */
export const contentStyles: CSSResult = css`
  section {
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  p,
  dl,
  fieldset {
    margin: 0;
  }

  .muted {
    color: var(--_shp-color-text-muted);
    font-size: var(--_shp-font-size-s);
  }

  legend {
    font-weight: 600;
    padding: 0 var(--_shp-space-xs);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
  }

  .facts {
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .facts > div {
    display: grid;
    min-width: 0;
  }

  dt {
    color: var(--_shp-color-text-muted);
    font-size: var(--_shp-font-size-s);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* A button that reads as a link (share, print, back, a recent code). */
  .link {
    font: inherit;
    color: var(--_shp-color-primary);
    background: none;
    border: 0;
    padding: var(--_shp-space-xs) 0;
    text-decoration: underline;
    cursor: pointer;
    justify-self: start;
    align-self: flex-start;
    text-align: start;
    min-height: 24px;
  }
`;

/**
 * Every heading at the title size, whatever its level: for widgets whose levels follow the
 * page's outline (`heading-level`), so that the level never changes the look. Add after
 * {@link contentStyles}; a widget sets its sub-headings' size itself.
 */
export const titleSizeHeadings: CSSResult = css`
  :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--_shp-font-size-l);
  }
`;
