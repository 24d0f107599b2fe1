import { css, type CSSResult } from 'lit';

/**
 * The marker map's own styles (maplibre's CSS is adopted into the shadow root by the
 * map loader): the frame, what goes over the map, pick mode, and the credits kept to a
 * small button where they would cover the map.
 */
export const markerMapStyles: CSSResult = css`
  .map-frame {
    position: relative;
    border-radius: var(--_shp-radius-m);
    overflow: hidden;
    border: 1px solid var(--_shp-color-border);
  }

  .map {
    height: var(--_shp-map-height, 360px);
    /* Before the basemap draws, and outside its clip: neither land nor sea. */
    background: #e4e4e1;
  }

  .map.picking {
    cursor: crosshair;
  }

  /* maplibre's canvas is focusable: show where the keyboard is. */
  .map canvas:focus-visible {
    outline: 3px solid var(--_shp-color-primary);
    outline-offset: -3px;
  }

  /* Credits: small, and never more than a button over the map where it is narrow. */
  .map .maplibregl-ctrl-attrib {
    font-size: 11px;
    line-height: 1.3;
  }

  .map .maplibregl-ctrl-attrib.maplibregl-compact-show {
    max-width: calc(100% - 20px);
  }

  .map-overlay,
  .map-banner {
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

  .map-overlay {
    inset-block: 0;
    flex-direction: column;
    background: color-mix(in srgb, var(--_shp-color-surface) 80%, transparent);
  }

  .map-banner {
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

  .pick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_shp-space-s);
    align-items: center;
  }

  .pick .hint {
    margin: 0;
    flex-basis: 100%;
    font-size: var(--_shp-font-size-s);
  }

  /* Clusters follow the page's primary colour. */
  .cluster {
    width: var(--_size, 32px);
    height: var(--_size, 32px);
    border-radius: 50%;
    border: 3px solid #ffffff;
    background: var(--_shp-map-cluster-color, var(--_shp-color-primary));
    color: var(--_shp-color-on-primary);
    font:
      700 13px/1 system-ui,
      sans-serif;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
    cursor: pointer;
    padding: 0;
  }

  .cluster:focus-visible,
  .pin:focus-visible {
    outline: 3px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }
`;
