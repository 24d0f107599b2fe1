import type { LatLon, Unit } from '@smart-haiphong/sdk';
import type { ReactiveControllerHost } from 'lit';

/** Where the list is measured from, and why (shown to the citizen: never a silent default). */
export type NearbyOrigin =
  { kind: 'device'; point: LatLon } | { kind: 'point'; point: LatLon } | { kind: 'unit'; point: LatLon; unit: Unit };

/** What became of the last request for the device's position (null: none pending, none failed). */
export type GeoState = null | 'locating' | 'denied' | 'unavailable' | 'outside';

export interface OriginOptions {
  /** The city's communes, once loaded. */
  units(): readonly Unit[] | undefined;
  /** The page's point (`lat`/`lon` attributes), either possibly unset. */
  pagePoint(): { lat?: number | undefined; lon?: number | undefined };
  /** The page's `unit` (code or slug), if any. */
  pageUnit(): string | undefined;
}

/**
 * Where the citizen is: the device's position (asked only when they press the button), a
 * commune they picked, else the page's point or unit. Every change re-renders the host.
 */
export class OriginController {
  /** The device's position, once the citizen shared it. */
  device: LatLon | null = null;
  geo: GeoState = null;
  /** The commune the citizen picked (code). */
  pickedUnit = '';
  /** What the citizen typed in the commune picker's search. */
  unitQuery = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: OriginOptions,
  ) {}

  /**
   * Where distances are measured from: the device (shared on request), a commune the citizen
   * picked, the page's `lat`/`lon`, else the page's `unit`. Null while none is known (or the
   * communes are still loading).
   */
  get origin(): NearbyOrigin | null {
    if (this.device) return { kind: 'device', point: this.device };
    const units = this.options.units();
    const picked = this.pickedUnit && units?.find((u) => u.code === this.pickedUnit);
    if (picked) return { kind: 'unit', point: picked.centroid, unit: picked };
    const { lat, lon } = this.options.pagePoint();
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      return { kind: 'point', point: { lat: lat!, lon: lon! } };
    }
    const ref = this.options.pageUnit();
    const unit = ref ? units?.find((u) => u.code === ref || u.slug === ref) : undefined;
    return unit ? { kind: 'unit', point: unit.centroid, unit } : null;
  }

  /** Asks for the device's position; only ever when the citizen presses the button. */
  locate(): void {
    // The button stays focusable while locating (aria-disabled): ignore repeated presses.
    if (this.geo === 'locating') return;
    if (!('geolocation' in navigator)) {
      this.set({ geo: 'unavailable' });
      return;
    }
    this.set({ geo: 'locating' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const point = { lat: coords.latitude, lon: coords.longitude };
        const units = this.options.units();
        if (units && !insideCity(point, units)) {
          this.set({ geo: 'outside' });
          return;
        }
        this.set({ geo: null, pickedUnit: '', device: point });
      },
      (error) => {
        this.set({ geo: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' });
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  /** The citizen picked a commune in the picker: it replaces the device's position. */
  pick(code: string): void {
    if (!code) return;
    this.set({ pickedUnit: code, device: null, geo: null });
  }

  search(query: string): void {
    this.set({ unitQuery: query });
  }

  private set(values: Partial<Pick<OriginController, 'device' | 'geo' | 'pickedUnit' | 'unitQuery'>>): void {
    Object.assign(this, values);
    this.host.requestUpdate();
  }
}

/** Whether a point lies in the box around every commune of the city (Bạch Long Vĩ included). */
export function insideCity(point: LatLon, units: readonly Unit[]): boolean {
  if (units.length === 0) return true;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const u of units) {
    const [w, s, e, n] = u.bbox;
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  return point.lon >= west && point.lon <= east && point.lat >= south && point.lat <= north;
}
