import type { ReactiveController } from 'lit';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LocationController } from '../../internal/location-controller.js';
import { lazy } from '../../internal/lazy.js';
import type { ShpElement } from '../../internal/shp-element.js';
import type { FeedbackFormData } from './feedback-form.data.js';
import type { LocationMap } from './location-map.js';

/**
 * "Chọn trên bản đồ": opens and closes the form's map, which is fetched (a lazy chunk, with
 * the shared map's strings and styles) the first time it opens, and keeps the chosen point
 * on it. Its picks go to the form's `LocationController`.
 */
export class MapPickerController implements ReactiveController {
  /** The map is shown. */
  open = false;
  private picker: LocationMap | undefined;

  constructor(
    private readonly host: ShpElement,
    private readonly data: () => FeedbackFormData | undefined,
    private readonly place: LocationController,
  ) {
    host.addController(this);
  }

  /** The maplibre map, once opened and loaded. */
  get map(): MapLibreMap | undefined {
    return this.picker?.map;
  }

  hostUpdated(): void {
    this.picker?.showPoint(this.place.point, this.place.source === 'map');
  }

  /** Opens or closes the map; the first opening fetches it. */
  async toggle(): Promise<void> {
    this.open = !this.open;
    this.host.requestUpdate();
    if (!this.open || this.picker) return;
    try {
      const { LocationMap } = await lazy('feedback-form.map', () => import('./location-map.js'));
      this.picker ??= await LocationMap.create(this.host, this.data, this.place);
    } catch {
      // Offline before the map's code was fetched: the commune and the address still work.
      this.open = false;
      this.place.status = 'mapFailed';
    }
    this.host.requestUpdate();
  }

  /** "Đổi vị trí": the map, open and focused, where the citizen moves the point. */
  async change(): Promise<void> {
    if (!this.open) await this.toggle();
    this.picker?.focus();
  }

  /** The map, once its code is loaded (nothing before: it is fetched in idle time, so that is brief). */
  render(): unknown {
    return this.picker?.render();
  }
}
