import type { NearbyPlace } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { lazy } from '../../internal/lazy.js';
import type { ShpElement } from '../../internal/shp-element.js';
import type { MapOrigin, NearbyMap, NearbyMapOptions } from './nearby-places.map.js';

export interface MapViewOptions extends NearbyMapOptions {
  /** The map's code could not be loaded (the host emits `shp-error`). */
  onError(error: unknown): void;
}

/**
 * The map view, loaded on first use: its code and strings are fetched (chunk
 * `nearby-places-map`) the first time it is shown with an origin; until then, and after a
 * failure (with Retry), it renders a placeholder.
 */
export class MapViewController {
  /** The map view, once its code is loaded. */
  part: NearbyMap | undefined;
  error: unknown = null;
  private loading = false;

  constructor(
    private readonly host: ShpElement,
    private readonly options: MapViewOptions,
  ) {}

  /** The maplibre map, once shown and loaded. */
  get map(): NearbyMap['map'] {
    return this.part?.map;
  }

  /** After each update while the map view is shown: loads it once, then shows the list's places. */
  sync(origin: MapOrigin, places: NearbyPlace[], selected: string | null): void {
    if (!this.part && !this.loading && !this.error) void this.load();
    this.part?.show(places, origin, selected);
  }

  /** The map's area: the map, its placeholder, or the error with Retry. */
  render(renderError: (error: unknown, retry: () => void) => TemplateResult): TemplateResult {
    return html`<div part="map" class="map-area">
      ${
        this.part
          ? this.part.render()
          : this.error
            ? html`<div class="map-failed">
                ${renderError(this.error, () => {
                  this.error = null;
                  this.host.requestUpdate();
                })}
              </div>`
            : html`<div class="map-frame"><div class="map"></div></div>`
      }
    </div>`;
  }

  private async load(): Promise<void> {
    this.loading = true;
    try {
      const { NearbyMap } = await lazy('nearby-places-map', () => import('./nearby-places.map.js'));
      this.part = await NearbyMap.create(this.host, this.options);
    } catch (error) {
      this.error = error;
      this.options.onError(error);
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }
}
