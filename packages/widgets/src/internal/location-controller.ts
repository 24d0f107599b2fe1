import type { Config, LatLon, Unit } from '@smart-haiphong/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestUnit } from './units.js';
import { loadMapEngine } from './map-loader.js';

/** Where the point came from: the page, the device, a photo's EXIF, or a pin on the map. */
export type LocationSource = 'outside' | 'device' | 'photo' | 'map';

/** What to tell the citizen about the location (a widget's translation keys end with these). */
export type LocationStatus = 'outsideCity' | 'geoLocating' | 'geoDenied' | 'geoUnavailable' | 'mapFailed';

/** The city a point must fall in, and its communes, wards and special zones. */
export interface LocationArea {
  config: Pick<Config, 'cityBBox' | 'mapStyleUrl'>;
  units: Unit[];
}

export interface LocationOptions {
  /** The loaded city; undefined until the element's data is in. */
  area: () => LocationArea | undefined;
  /** The element the map is drawn in, once rendered. */
  mapContainer: () => HTMLElement | null | undefined;
  /** A point (from any source) or a commune was chosen. */
  onPick?: () => void;
}

/**
 * A location picker's state: a commune (by search or choice), a point from the page, the
 * device, a photo or a pin on a lazily loaded map, whether it lies inside the city, and the
 * commune nearest to it.
 */
export class LocationController implements ReactiveController {
  point: LatLon | null = null;
  source: LocationSource | null = null;
  status: LocationStatus | null = null;
  unitCode = '';
  unitQuery = '';
  mapOpen = false;
  private map: { remove(): void } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LocationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.map?.remove();
    this.map = undefined;
    this.mapOpen = false;
  }

  inside(point: LatLon, area: LocationArea): boolean {
    const [west, south, east, north] = area.config.cityBBox;
    return point.lon >= west && point.lon <= east && point.lat >= south && point.lat <= north;
  }

  /** The point chosen, else the chosen commune's representative point. */
  effectivePoint(area: LocationArea): LatLon | null {
    if (this.point) return this.point;
    return area.units.find((u) => u.code === this.unitCode)?.centroid ?? null;
  }

  /** Sets the point (null clears it); one inside the city also chooses the nearest commune. */
  set(point: LatLon | null, source: LocationSource | null): void {
    this.point = point;
    this.source = point ? source : null;
    this.status = null;
    this.options.onPick?.();
    const area = this.options.area();
    if (point && area) {
      if (!this.inside(point, area)) this.status = 'outsideCity';
      else this.selectNearestUnit(point, area);
    }
    this.host.requestUpdate();
  }

  /** Takes a saved location without re-checking it, unless one was already chosen. */
  restore(
    unitCode: string | undefined,
    point: LatLon | null | undefined,
    source: LocationSource | null | undefined,
  ): void {
    this.unitCode ||= unitCode ?? '';
    if (!this.point && point) {
      this.point = point;
      this.source = source ?? null;
    }
    this.host.requestUpdate();
  }

  chooseUnit(code: string): void {
    this.unitCode = code;
    this.options.onPick?.();
    this.host.requestUpdate();
  }

  /** Filters the communes (never chooses one: the citizen does). */
  searchUnits(query: string): void {
    this.unitQuery = query;
    this.host.requestUpdate();
  }

  /** Applies a commune asked for by slug or code; `force` replaces one already chosen. */
  preselect(wanted: string | undefined, force: boolean, area: LocationArea): void {
    const unit = wanted ? area.units.find((u) => u.code === wanted || u.slug === wanted) : undefined;
    if (unit && (!this.unitCode || force)) this.unitCode = unit.code;
    if (this.point && !this.inside(this.point, area)) this.status = 'outsideCity';
    else if (this.point && !unit && !this.unitCode) this.selectNearestUnit(this.point, area); // set before loading
    this.host.requestUpdate();
  }

  private selectNearestUnit(point: LatLon, area: LocationArea): void {
    const best = nearestUnit(area.units, point);
    if (best) this.unitCode = best.code;
  }

  /** Asks for the device's position; only ever on the citizen's request. */
  locate(): void {
    if (!('geolocation' in navigator)) {
      this.status = 'geoUnavailable';
      this.host.requestUpdate();
      return;
    }
    this.status = 'geoLocating';
    this.host.requestUpdate();
    navigator.geolocation.getCurrentPosition(
      (position) => this.set({ lat: position.coords.latitude, lon: position.coords.longitude }, 'device'),
      (error) => {
        this.status = error.code === error.PERMISSION_DENIED ? 'geoDenied' : 'geoUnavailable';
        this.host.requestUpdate();
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  async toggleMap(area: LocationArea): Promise<void> {
    this.mapOpen = !this.mapOpen;
    this.host.requestUpdate();
    if (!this.mapOpen) {
      this.map?.remove();
      this.map = undefined;
      return;
    }
    await this.host.updateComplete;
    const container = this.options.mapContainer();
    if (!container) return;
    try {
      const maplibre = await loadMapEngine(container.getRootNode() as ShadowRoot | Document);
      if (!this.mapOpen) return;
      const [west, south, east, north] = area.config.cityBBox;
      const center = this.effectivePoint(area) ?? { lat: (south + north) / 2, lon: (west + east) / 2 };
      const map = new maplibre.Map({
        container,
        center: [center.lon, center.lat],
        zoom: this.point ? 15 : 10,
        attributionControl: false,
        style: area.config.mapStyleUrl ?? {
          version: 8,
          sources: {},
          layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e5ecd6' } }],
        },
      });
      const marker = new maplibre.Marker({ draggable: true });
      if (this.point) marker.setLngLat([this.point.lon, this.point.lat]).addTo(map);
      map.on('click', (event) => {
        marker.setLngLat(event.lngLat).addTo(map);
        this.set({ lat: event.lngLat.lat, lon: event.lngLat.lng }, 'map');
      });
      marker.on('dragend', () => {
        const { lat, lng } = marker.getLngLat();
        this.set({ lat, lon: lng }, 'map');
      });
      this.map = map;
    } catch {
      this.mapOpen = false;
      this.status = 'mapFailed';
      this.host.requestUpdate();
    }
  }
}
