import type { Config, LatLon, Unit } from '@smart-haiphong/sdk';
import type { ReactiveControllerHost } from 'lit';
import { nearestUnit } from './units.js';

/** Where the point came from: the page, the device, a photo's EXIF, or a pin on the map. */
export type LocationSource = 'outside' | 'device' | 'photo' | 'map';

/** What to tell the citizen about the location (a widget's translation keys end with these). */
export type LocationStatus = 'outsideCity' | 'geoLocating' | 'geoDenied' | 'geoUnavailable' | 'mapFailed';

/** The city a point must fall in, and its communes, wards and special zones. */
export interface LocationArea {
  config: Pick<Config, 'cityBBox'>;
  units: Unit[];
}

export interface LocationOptions {
  /** The loaded city; undefined until the element's data is in. */
  area: () => LocationArea | undefined;
  /** A point (from any source) or a commune was chosen. */
  onPick?: () => void;
}

/**
 * A location picker's state: a commune (by search or choice), a point from the page, the
 * device, a photo or a map, whether it lies inside the city, and the commune nearest to it
 * (a guess, flagged as one until the citizen chooses a commune). The map itself is the
 * widget's (the shared marker map): it hands its picks to `set`.
 */
export class LocationController {
  point: LatLon | null = null;
  source: LocationSource | null = null;
  status: LocationStatus | null = null;
  unitCode = '';
  unitQuery = '';
  /**
   * The commune was chosen for the citizen from the point (the nearest by anchor point,
   * boundaries not being open data): say it is a guess. Choosing one by hand clears it.
   */
  unitGuessed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LocationOptions,
  ) {}

  inside(point: LatLon, area: LocationArea): boolean {
    const [west, south, east, north] = area.config.cityBBox;
    return point.lon >= west && point.lon <= east && point.lat >= south && point.lat <= north;
  }

  /** The point chosen, else the chosen commune's representative point. */
  effectivePoint(area: LocationArea): LatLon | null {
    if (this.point) return this.point;
    return area.units.find((u) => u.code === this.unitCode)?.centroid ?? null;
  }

  /**
   * Sets the point (null clears it), from any source; one inside the city also chooses the
   * nearest commune, as a guess.
   */
  set(point: LatLon | null, source: LocationSource | null): void {
    this.point = point;
    this.source = point ? source : null;
    this.status = null;
    this.unitGuessed = false;
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
    unitGuessed = false,
  ): void {
    const guessed = !this.unitCode && !!unitCode && unitGuessed;
    this.unitCode ||= unitCode ?? '';
    if (!this.point && point) {
      this.point = point;
      this.source = source ?? null;
      this.unitGuessed = guessed;
    }
    this.host.requestUpdate();
  }

  /** The citizen (or a refused report reopened) chose the commune: no longer a guess. */
  chooseUnit(code: string): void {
    this.unitCode = code;
    this.unitGuessed = false;
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
    if (unit && (!this.unitCode || force) && unit.code !== this.unitCode) {
      this.unitCode = unit.code;
      this.unitGuessed = false; // the page said which commune
    }
    if (this.point && !this.inside(this.point, area)) this.status = 'outsideCity';
    else if (this.point && !unit && !this.unitCode) this.selectNearestUnit(this.point, area); // set before loading
    this.host.requestUpdate();
  }

  private selectNearestUnit(point: LatLon, area: LocationArea): void {
    const best = nearestUnit(area.units, point);
    if (!best) return;
    this.unitCode = best.code;
    this.unitGuessed = true;
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
}
