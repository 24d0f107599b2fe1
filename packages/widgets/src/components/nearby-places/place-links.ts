/**
 * What a place's details link to: its phone (`tel:` in international form, shown in Vietnamese
 * grouping), directions with a provider the deployment chooses, and its distance in the locale.
 * Pure functions: no DOM, no network.
 */

/** Where "Chỉ đường" (directions) opens. */
export type DirectionsProvider = 'google' | 'osm' | 'geo';

export interface PlaceTarget {
  lat: number;
  lon: number;
  /** Shown as the destination's label where the provider takes one (`geo:`). */
  name?: string;
}

/** Short service numbers dialled as they are: 113, 114, 115, 1022, 1900…, 1800…. */
const SERVICE = /^(?:11[1-9]|10\d\d|1[89]00\d{4,6})$/;

/** The first number of a phone field (OSM separates several with `;`), as digits with an optional leading `+`. */
function firstNumber(phone: string): string | null {
  const first = phone.split(/[;,/]|\s(?:hoặc|or)\s/i)[0] ?? '';
  if (/[a-z]/i.test(first.replace(/^\s*(?:tel|đt|dt|sđt)[.:]?/i, ''))) return null;
  const digits = first.replace(/(?!^\s*\+)[^\d]/g, '').replace(/^\s+/, '');
  return /^\+?\d{3,15}$/.test(digits) ? digits : null;
}

/** The number in E.164 form (`+842253123456`), or a short service number as is; null when it is not a phone number. */
export function internationalPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const n = firstNumber(phone);
  if (!n) return null;
  if (SERVICE.test(n)) return n;
  if (n.startsWith('+')) return n.length >= 9 ? n : null;
  if (n.startsWith('0084')) return `+84${n.slice(4)}`;
  if (n.startsWith('84') && (n.length === 11 || n.length === 12)) return `+${n}`;
  if (n.startsWith('0') && (n.length === 10 || n.length === 11)) return `+84${n.slice(1)}`;
  return null;
}

/** A `tel:` link for one-tap calls, or null when the field holds no callable number. */
export function telHref(phone: string | null | undefined): string | null {
  const n = internationalPhone(phone);
  return n ? `tel:${n}` : null;
}

/**
 * A Vietnamese number in the national grouping people read: mobiles `0912 345 678`, landlines
 * `0225 3123 456`; service numbers as they are; other countries' numbers unchanged. Null when
 * it is not a phone number.
 */
export function displayPhone(phone: string | null | undefined): string | null {
  const n = internationalPhone(phone);
  if (!n) return null;
  if (!n.startsWith('+84')) return SERVICE.test(n) ? n : (phone ?? '').trim();
  const national = `0${n.slice(3)}`;
  if (national.length === 10) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  if (national.length === 11) return `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
  return national;
}

/**
 * A place's `website` as a link, or null: http(s) only (the field comes from mappers and CMSs;
 * `javascript:` and other schemes are dropped), a bare host (`www.example.vn`) read as https.
 */
export function websiteHref(website: string | null | undefined): string | null {
  const value = website?.split(';')[0]?.trim();
  if (!value || /\s/.test(value)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value.replace(/^\/\//, '')}`;
  try {
    const url = new URL(withScheme);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') ? url.href : null;
  } catch {
    return null;
  }
}

const coord = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * A directions link to a place: Google Maps (`/maps/dir/?api=1`), OpenStreetMap's directions
 * page, or the platform's `geo:` handler (RFC 5870, with the `q` label Android maps read).
 * The traveller's origin is left to the provider (it asks, or uses the device's position).
 */
export function directionsUrl(provider: DirectionsProvider, place: PlaceTarget): string {
  const at = `${coord(place.lat)},${coord(place.lon)}`;
  switch (provider) {
    case 'google':
      return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(at)}`;
    case 'osm':
      return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${at}`)}#map=17/${coord(place.lat)}/${coord(place.lon)}`;
    case 'geo': {
      const label = place.name ? `(${encodeURIComponent(place.name.replace(/[()]/g, ' ').trim())})` : '';
      return `geo:${at}?q=${at}${label}`;
    }
  }
}

/**
 * A distance for a list: metres to the nearest 10 below 1 km (`350 m`), one decimal below
 * 10 km (`1,2 km` in Vietnamese, `1.2 km` in English), whole kilometres beyond.
 */
export function formatDistance(meters: number, locale: string): string {
  if (!Number.isFinite(meters) || meters < 0) return '';
  if (meters < 995) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter' }).format(
      Math.max(10, Math.round(meters / 10) * 10),
    );
  }
  const km = meters / 1000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 9.95 ? 1 : 0,
  }).format(km);
}
