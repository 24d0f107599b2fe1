import { css, type CSSResult } from 'lit';

export const styles: CSSResult = css`
  [hidden] {
    display: none !important;
  }

  .list-view {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_shp-space-xs) var(--_shp-space-s);
  }

  select {
    font: inherit;
    color: inherit;
    background: var(--_shp-color-surface);
    min-height: 2.5em;
    max-width: 100%;
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
  }

  select:focus-visible,
  a:focus-visible,
  .article-title:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }

  a {
    color: var(--_shp-color-primary);
  }

  .notice {
    margin: 0;
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface-muted);
    font-size: var(--_shp-font-size-s);
  }

  .feed-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_shp-space-s);
  }

  .feed-notice p {
    margin: 0;
    flex: 1 1 12em;
  }

  /* The virtualizer positions items itself; the list is only as wide as the widget. */
  .list {
    min-width: 0;
    width: 100%;
  }

  .item {
    width: 100%;
    display: grid;
    gap: var(--_shp-space-s);
    padding: var(--_shp-space-s) 0 var(--_shp-space-m);
    border-bottom: 1px solid var(--_shp-color-border);
  }

  img {
    display: block;
    width: 100%;
    height: auto;
    max-width: 100%;
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface-muted);
  }

  .item-text {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-xs);
    min-width: 0;
  }

  .item-title,
  .article-title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  .article-title {
    font-size: var(--_shp-font-size-l);
  }

  .item-link {
    text-decoration: none;
  }

  .item-link:hover {
    text-decoration: underline;
  }

  .meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_shp-space-s);
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .category {
    color: var(--shp-news-feed-accent, var(--_shp-color-primary));
    font-weight: 600;
  }

  .meta > :empty,
  .summary:empty {
    display: none;
  }

  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .more {
    display: flex;
    justify-content: center;
  }

  .more.end {
    margin: 0;
    color: var(--_shp-color-text-muted);
    font-size: var(--_shp-font-size-s);
  }

  .button.secondary {
    background: transparent;
    color: var(--_shp-color-primary);
  }

  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }

  .article {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .back {
    align-self: flex-start;
  }

  .body {
    overflow-wrap: anywhere;
    min-width: 0;
  }

  .body :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.05em;
    margin: 1em 0 0.25em;
  }

  .body :is(p, ul, ol, figure, blockquote, table, pre) {
    margin: 0 0 0.75em;
  }

  .body figure {
    margin-inline: 0;
  }

  .body figcaption {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  /* Tables scroll on their own rather than widening a 300 px widget. */
  .body table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }

  .body :is(th, td) {
    border: 1px solid var(--_shp-color-border);
    padding: var(--_shp-space-xs);
  }

  .body pre {
    overflow-x: auto;
  }

  .external-icon {
    margin-inline-start: 0.15em;
  }

  .credits {
    margin: 0;
    display: grid;
    gap: var(--_shp-space-xs);
    font-size: var(--_shp-font-size-s);
  }

  .credits div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_shp-space-s);
  }

  .credits dt {
    color: var(--_shp-color-text-muted);
  }

  .credits dt::after {
    content: ':';
  }

  .credits dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .share {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_shp-space-s);
  }

  /* Wide containers: the image beside the text. */
  @container shp (min-width: 560px) {
    .item {
      grid-template-columns: var(--shp-news-feed-thumb-width, 160px) minmax(0, 1fr);
      align-items: start;
    }

    .item .item-text:first-child {
      grid-column: 1 / -1;
    }

    .lead-image {
      max-width: 720px;
    }
  }
`;
