import { css, type CSSResult } from 'lit';

export const styles: CSSResult = css`
  .layout {
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

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-xs);
    flex: 1 1 8rem;
    min-width: 0;
  }

  label {
    font-size: var(--_shp-font-size-s);
    color: var(--_shp-color-text-muted);
  }

  select,
  input {
    font: inherit;
    min-height: 2.5rem;
    min-width: 0;
    padding: 0 var(--_shp-space-s);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface);
    color: var(--_shp-color-text);
  }

  .button.secondary {
    background: transparent;
    color: var(--_shp-color-primary);
    border: 1px solid currentColor;
  }

  .map-area {
    display: grid;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .map-frame {
    position: relative;
    border-radius: var(--_shp-radius-m);
    overflow: hidden;
    border: 1px solid var(--_shp-color-border);
  }

  .map {
    height: var(--shp-feedback-map-height, 360px);
    background: #cfe3f3;
  }

  .map.picking {
    cursor: crosshair;
  }

  /* maplibre's canvas is focusable: show where the keyboard is. */
  .map canvas:focus-visible {
    outline: 3px solid var(--_shp-color-primary);
    outline-offset: -3px;
  }

  .overlay,
  .banner {
    position: absolute;
    inset-inline: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
    justify-content: center;
    padding: var(--_shp-space-s);
    text-align: center;
  }

  .overlay {
    inset-block: 0;
    flex-direction: column;
    background: color-mix(in srgb, var(--_shp-color-surface) 80%, transparent);
  }

  .banner {
    top: 0;
    background: var(--_shp-color-surface);
    color: var(--_shp-color-danger);
    border-bottom: 1px solid var(--_shp-color-border);
  }

  .crosshair {
    position: absolute;
    left: 50%;
    top: 50%;
    width: 28px;
    height: 28px;
    margin: -14px 0 0 -14px;
    pointer-events: none;
    background:
      linear-gradient(var(--_shp-color-danger), var(--_shp-color-danger)) center / 2px 100% no-repeat,
      linear-gradient(var(--_shp-color-danger), var(--_shp-color-danger)) center / 100% 2px no-repeat;
  }

  .cluster {
    width: var(--_size, 32px);
    height: var(--_size, 32px);
    border-radius: 50%;
    border: 3px solid #ffffff;
    background: var(--shp-feedback-map-cluster-color, #005baa);
    color: #ffffff;
    font:
      700 13px/1 system-ui,
      sans-serif;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
    cursor: pointer;
    padding: 0;
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

  .cluster:focus-visible,
  .pin:focus-visible,
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

  .pick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
  }

  .hint {
    margin: 0;
    flex-basis: 100%;
    font-size: var(--_shp-font-size-s);
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
    background: var(--shp-feedback-map-cluster-color, #005baa);
    color: #ffffff;
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
    max-height: var(--shp-feedback-map-height, 360px);
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

  .timeline {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .timeline li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_shp-space-s);
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
      grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
    }

    .filters {
      grid-column: 1 / -1;
    }

    .side {
      max-height: calc(var(--shp-feedback-map-height, 360px) + 6rem);
      overflow: auto;
    }
  }
`;
