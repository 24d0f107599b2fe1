import { css, type CSSResult } from 'lit';

export const styles: CSSResult = css`
  .layout {
    --_shp-map-height: var(--_shp-map-height);
    --_shp-map-cluster-color: var(--shp-feedback-map-cluster-color, var(--_shp-color-primary));
    display: grid;
    gap: var(--_shp-space-m);
    grid-template-columns: minmax(0, 1fr);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: end;
  }

  .filters .field {
    flex: 1 1 8em;
  }

  .map-area {
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .pin {
    display: grid;
    place-items: center;
    width: 30px;
    height: 30px;
    padding: 3px;
    border: 0;
    border-radius: 50%;
    background: rgb(255 255 255 / 0.85);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.35);
    cursor: pointer;
  }

  .pin.closed {
    opacity: 0.8;
  }

  /* No exact point: a small dashed ring on the commune's anchor, below every other marker. */
  .pin.approximate {
    width: 22px;
    height: 22px;
    padding: 2px;
    background: rgb(255 255 255 / 0.6);
    outline: 2px dashed var(--_shp-color-text-muted);
    outline-offset: 1px;
    opacity: 0.85;
  }

  .pin.approximate svg {
    width: 14px;
    height: 14px;
  }

  .approximate-sample {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    outline: 2px dashed var(--_shp-color-text-muted);
    outline-offset: -2px;
  }

  .approximate-tag {
    font-style: italic;
    color: var(--_shp-color-text);
  }

  .item:focus-visible,
  .photo:focus-visible {
    outline: 3px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
    justify-content: space-between;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-xs) var(--_shp-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_shp-font-size-s);
  }

  .legend li {
    display: inline-flex;
    gap: var(--_shp-space-xs);
    align-items: center;
  }

  .cluster-sample {
    display: inline-grid;
    place-items: center;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--_shp-map-cluster-color);
    color: var(--_shp-color-on-primary);
    font-size: 10px;
    font-weight: 700;
  }

  .side {
    min-width: 0;
  }

  .section-title {
    margin: 0 0 var(--_shp-space-s);
    font-size: 1em;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: baseline;
  }

  .list-count {
    margin: calc(-1 * var(--_shp-space-xs)) 0 var(--_shp-space-s);
  }

  .count,
  .muted {
    color: var(--_shp-color-text-muted);
    font-weight: 400;
    font-size: var(--_shp-font-size-s);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_shp-space-xs);
    max-height: var(--_shp-map-height);
    overflow: auto;
  }

  .item {
    display: grid;
    gap: var(--_shp-space-xs);
    width: 100%;
    text-align: start;
    font: inherit;
    color: inherit;
    background: var(--_shp-color-surface);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    padding: var(--_shp-space-s);
    cursor: pointer;
  }

  .item.closed {
    background: var(--_shp-color-surface-muted);
  }

  .item-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-xs) var(--_shp-space-s);
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .status-badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_shp-space-xs);
    color: var(--_shp-color-text);
    font-weight: 600;
  }

  .status-badge.large {
    margin: 0;
  }

  .answered {
    color: var(--_shp-color-text);
  }

  .load-more {
    margin-top: var(--_shp-space-s);
    width: 100%;
  }

  .panel {
    display: grid;
    gap: var(--_shp-space-s);
    align-content: start;
  }

  .panel :is(h1, h2, h3, h4, h5, h6) {
    margin: var(--_shp-space-s) 0 0;
    font-size: 1em;
  }

  .panel-title {
    font-size: var(--_shp-font-size-l) !important;
    overflow-wrap: anywhere;
  }

  .facts {
    margin: 0;
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_shp-space-s);
  }

  dt {
    color: var(--_shp-color-text-muted);
  }

  dd {
    margin: 0;
  }

  .content {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .photo {
    padding: 0;
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    background: none;
    cursor: zoom-in;
  }

  .photo img {
    display: block;
    width: 96px;
    height: 72px;
    object-fit: cover;
  }

  .answer {
    margin: 0;
    padding: var(--_shp-space-s) var(--_shp-space-m);
    border-inline-start: 4px solid var(--_shp-color-primary);
    background: var(--_shp-color-surface-muted);
  }

  .answer p {
    margin: 0 0 var(--_shp-space-xs);
    white-space: pre-line;
  }

  .answer footer {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  .share {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
    margin: 0;
  }

  .share a {
    color: var(--_shp-color-primary);
    overflow-wrap: anywhere;
  }

  .viewer {
    max-width: 100vw;
    max-height: 100vh;
    width: 100vw;
    height: 100vh;
    margin: 0;
    padding: var(--_shp-space-m);
    border: 0;
    background: rgb(0 0 0 / 0.92);
    box-sizing: border-box;
  }

  .viewer[open] {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    place-items: center;
    gap: var(--_shp-space-m);
  }

  .viewer img {
    max-width: 100%;
    max-height: 100%;
    object-fit: contain;
  }

  /* Wide containers: the map beside the list. */
  @container shp (min-width: 720px) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
    }

    .filters {
      grid-column: 1 / -1;
    }

    .side {
      max-height: calc(var(--_shp-map-height) + 6em);
      overflow: auto;
    }
  }
`;
