import type { Place, PlaceCategory } from '@smart-haiphong/sdk';
import { safeUrl } from '@smart-haiphong/sdk';
import { type Rng, gaussian, intBetween, pick, stream, weighted } from '../util/random.js';
import { type SeedPlace, type SeedUnit, osmAttribution } from './seed.js';
import { SURNAMES, communeCommittee, communePolice, sampleAddress, samplePhone, unitInSentence } from './vocabulary.js';

export const PLACE_CATEGORIES: readonly PlaceCategory[] = [
  { id: 'health', name: 'Y tế', nameEn: 'Health' },
  { id: 'education', name: 'Giáo dục', nameEn: 'Education' },
  { id: 'government', name: 'Cơ quan hành chính', nameEn: 'Government offices' },
  { id: 'bus', name: 'Bến xe, nhà ga', nameEn: 'Bus and rail stations' },
  { id: 'petrol', name: 'Cây xăng', nameEn: 'Petrol stations' },
  { id: 'atm', name: 'ATM, ngân hàng', nameEn: 'ATMs and banks' },
  { id: 'wifi', name: 'Wi-Fi công cộng', nameEn: 'Public Wi-Fi' },
  { id: 'hotel', name: 'Khách sạn, nhà nghỉ', nameEn: 'Hotels' },
  { id: 'restaurant', name: 'Nhà hàng, quán ăn', nameEn: 'Restaurants' },
  { id: 'tourism', name: 'Du lịch, di tích', nameEn: 'Tourism and heritage' },
];

export const SAMPLE_PLACE_ATTRIBUTION = 'Dữ liệu mẫu (sample data), Smart Hải Phòng sandbox';
/** Where the OpenStreetMap credit links to (OSM's attribution guideline). */
export const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';

// Sample opening hours, in OpenStreetMap `opening_hours` syntax. Offices keep the Vietnamese
// working day with its lunch break and close on public holidays.
const OFFICE_HOURS = 'Mo-Fr 07:00-11:30,13:30-17:00; PH off';
const OFFICE_HOURS_SATURDAY = 'Mo-Fr 07:00-11:30,13:30-17:00; Sa 07:00-11:00; PH off';
const BANK_HOURS = 'Mo-Fr 07:30-11:30,13:00-16:30; Sa 07:30-11:30; PH off';
/**
 * Values as mappers really get them wrong (Vietnamese words, `h` for hours, a missing end):
 * clients must show them as unknown, never break on them. Every tenth commune's health
 * station carries one.
 */
export const MALFORMED_OPENING_HOURS = [
  'Thứ 2 - Thứ 6: 7h30 - 17h',
  'Mo-Fr 8h-17h',
  'sáng 6h-10h, chiều 16h-21h',
  'Mo-Fr 07:00-',
  'T2-T7 07:00-17:00',
] as const;
const BANKS = ['Vietcombank', 'VietinBank', 'BIDV', 'Agribank', 'Techcombank', 'MB', 'SHB', 'VPBank'] as const;
const NICE_NAMES = [
  'Hoa Phượng',
  'Cửa Biển',
  'Bạch Đằng',
  'Sao Biển',
  'Hải Âu',
  'Ánh Dương',
  'Thành Đông',
  'Phương Nam',
  'Hồng Hà',
  'Sen Vàng',
  'Bình Minh',
  'Trăng Xanh',
] as const;
const PAGODAS = ['Đình', 'Chùa', 'Đền', 'Miếu'] as const;

type Maker = (
  rng: Rng,
  u: SeedUnit,
  street: string,
) => Omit<
  Place,
  'id' | 'location' | 'address' | 'unitCode' | 'source' | 'attribution' | 'attributionUrl' | 'categoryId' | 'website'
>;

const MAKERS: Record<string, Maker> = {
  health: (rng, u) => {
    const k = weighted(rng, [2, 5, 1]);
    if (k === 0)
      return {
        name: `Phòng khám đa khoa ${pick(rng, NICE_NAMES)}`,
        subcategory: 'clinic',
        phone: samplePhone(rng, u),
        openingHours: 'Mo-Sa 07:00-20:00',
      };
    if (k === 1)
      return {
        name: `Nhà thuốc ${pick(rng, NICE_NAMES)}`,
        subcategory: 'pharmacy',
        phone: samplePhone(rng, u, true),
        openingHours: 'Mo-Su 06:30-22:00',
      };
    return {
      name: `Phòng khám nha khoa ${pick(rng, NICE_NAMES)}`,
      subcategory: 'dentist',
      phone: samplePhone(rng, u),
      openingHours: 'Mo-Sa 08:00-20:00',
    };
  },
  education: (rng, u) => {
    const k = weighted(rng, [4, 3, 2, 1]);
    const kind = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường THPT'][k] as string;
    const sub = ['kindergarten', 'primary_school', 'secondary_school', 'high_school'][k] as string;
    const name = rng() < 0.5 ? `${kind} ${u.shortName}` : `${kind} ${pick(rng, NICE_NAMES)}`;
    return { name, subcategory: sub, phone: samplePhone(rng, u), openingHours: OFFICE_HOURS_SATURDAY };
  },
  government: (rng, u) => {
    const k = weighted(rng, [1, 1, 1]);
    if (k === 0)
      return {
        name: `Bưu điện văn hóa ${unitInSentence(u)}`,
        subcategory: 'post_office',
        phone: samplePhone(rng, u),
        openingHours: 'Mo-Sa 07:00-19:00; Su 07:00-11:00',
      };
    if (k === 1)
      return {
        name: `Nhà văn hóa ${pick(rng, ['thôn', 'tổ dân phố'])} ${intBetween(rng, 1, 15)}`,
        subcategory: 'community_centre',
        phone: null,
        openingHours: rng() < 0.5 ? 'Sa 07:00-11:00' : null,
      };
    return {
      name: `Bảo hiểm xã hội khu vực ${u.shortName}`,
      subcategory: 'social_insurance',
      phone: samplePhone(rng, u),
      openingHours: OFFICE_HOURS,
    };
  },
  bus: (rng, u, street) =>
    rng() < 0.9
      ? { name: `Điểm dừng xe buýt ${street}`, subcategory: 'bus_stop', phone: null, openingHours: 'Mo-Su 05:00-21:00' }
      : {
          name: `Bến xe khách ${u.shortName}`,
          subcategory: 'bus_station',
          phone: samplePhone(rng, u),
          openingHours: 'Mo-Su 04:30-20:00',
        },
  petrol: (rng, u) => ({
    name: `Cửa hàng xăng dầu ${u.shortName} số ${intBetween(rng, 1, 9)}`,
    subcategory: 'fuel',
    phone: samplePhone(rng, u),
    openingHours: rng() < 0.3 ? '24/7' : 'Mo-Su 05:30-22:00',
  }),
  atm: (rng, u, street) => {
    const bank = pick(rng, BANKS);
    return rng() < 0.7
      ? { name: `ATM ${bank} ${street}`, subcategory: 'atm', phone: null, openingHours: '24/7' }
      : {
          name: `${bank} phòng giao dịch ${u.shortName}`,
          subcategory: 'bank',
          phone: samplePhone(rng, u),
          openingHours: BANK_HOURS,
        };
  },
  wifi: (rng, u) => ({
    name: `Wi-Fi miễn phí ${pick(rng, ['nhà văn hóa', 'công viên', 'chợ', 'bến xe', 'bộ phận một cửa'])} ${u.shortName}`,
    subcategory: 'wifi_hotspot',
    phone: null,
    openingHours: '24/7',
  }),
  hotel: (rng, u) => ({
    name: `${rng() < 0.6 ? 'Khách sạn' : 'Nhà nghỉ'} ${pick(rng, NICE_NAMES)}`,
    subcategory: 'hotel',
    phone: samplePhone(rng, u, rng() < 0.4),
    openingHours: '24/7',
  }),
  restaurant: (rng, u) => {
    const dish = pick(rng, [
      'Bánh đa cua',
      'Bánh mì que',
      'Nem cua bể',
      'Bún cá',
      'Lẩu cua đồng',
      'Cơm niêu',
      'Hải sản',
      'Bánh đa chả cá',
    ]);
    return {
      name: `${dish} ${rng() < 0.5 ? `cô ${pick(rng, ['Lan', 'Hoa', 'Mai', 'Thu', 'Hằng'])}` : pick(rng, NICE_NAMES)}`,
      subcategory: dish === 'Hải sản' ? 'seafood' : 'restaurant',
      phone: samplePhone(rng, u, true),
      openingHours: pick(rng, ['Mo-Su 06:00-10:00,16:00-22:00', 'Mo-Su 10:00-22:00', 'Mo-Su 17:00-01:00', null]),
    };
  },
  tourism: (rng, u) => {
    const k = weighted(rng, [3, 1]);
    return k === 0
      ? {
          name: `${pick(rng, PAGODAS)} ${pick(rng, [u.shortName, pick(rng, SURNAMES), pick(rng, NICE_NAMES)])}`,
          subcategory: 'place_of_worship',
          phone: null,
          openingHours: 'Mo-Su 06:00-18:00',
        }
      : { name: `Công viên ${pick(rng, NICE_NAMES)}`, subcategory: 'park', phone: null, openingHours: '24/7' };
  },
};
const CATEGORY_WEIGHTS: Record<string, number> = {
  health: 10,
  education: 10,
  government: 5,
  bus: 12,
  petrol: 8,
  atm: 12,
  wifi: 6,
  hotel: 8,
  restaurant: 22,
  tourism: 7,
};

/** Which unit a real place is in: named in its address, else the nearest anchor (approximate). */
function unitOfPlace(p: SeedPlace, units: readonly SeedUnit[]): SeedUnit {
  const named = units.find((u) => p.address?.includes(u.name));
  if (named) return named;
  let best = units[0] as SeedUnit;
  let bestD = Infinity;
  for (const u of units) {
    const d = (u.anchor.lat - p.lat) ** 2 + ((u.anchor.lon - p.lon) * 0.93) ** 2;
    if (d < bestD) [best, bestD] = [u, d];
  }
  return best;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The real OpenStreetMap places, then `count` sample places: first every unit's People's
 * Committee, police and health station, then random ones in every category.
 */
export function generatePlaces(opts: {
  count: number;
  seed: number;
  units: readonly SeedUnit[];
  osm: readonly SeedPlace[];
}): Place[] {
  const { units } = opts;
  const out: Place[] = opts.osm.map((p) => ({
    id: p.id,
    name: p.name,
    categoryId: p.category,
    subcategory: p.subcategory,
    location: { lat: p.lat, lon: p.lon },
    address: p.address,
    unitCode: unitOfPlace(p, units).code,
    phone: p.phone,
    website: safeUrl(p.website),
    // The OpenStreetMap export carries no opening_hours for these places: none is invented.
    openingHours: null,
    source: 'osm',
    attribution: osmAttribution,
    attributionUrl: OSM_COPYRIGHT_URL,
  }));
  const rng = stream(opts.seed, 'places');
  let n = 0;
  const add = (u: SeedUnit, categoryId: string, spread: number, make: (street: string) => ReturnType<Maker>) => {
    const addr = sampleAddress(rng, u);
    const lat = u.anchor.lat + gaussian(rng) * spread;
    const lon = u.anchor.lon + (gaussian(rng) * spread) / 0.93;
    const [w, s, e, nn] = u.bbox;
    out.push({
      id: `pl-${++n}`,
      categoryId,
      ...make(addr.street),
      location: { lat: round6(Math.min(nn, Math.max(s, lat))), lon: round6(Math.min(e, Math.max(w, lon))) },
      address: addr.text,
      unitCode: u.code,
      website: null,
      source: 'sample',
      attribution: SAMPLE_PLACE_ATTRIBUTION,
      attributionUrl: null,
    });
  };
  const civic: [string, (u: SeedUnit) => ReturnType<Maker>][] = [
    [
      'government',
      (u) => ({
        name: communeCommittee(u),
        subcategory: 'townhall',
        phone: samplePhone(rng, u),
        openingHours: OFFICE_HOURS,
      }),
    ],
    [
      'health',
      (u) => {
        const k = units.indexOf(u);
        return {
          name: `Trạm Y tế ${unitInSentence(u)}`,
          subcategory: 'commune_health_station',
          phone: samplePhone(rng, u),
          openingHours:
            k % 10 === 3
              ? (MALFORMED_OPENING_HOURS[Math.floor(k / 10) % MALFORMED_OPENING_HOURS.length] as string)
              : k % 4 === 0
                ? '24/7'
                : OFFICE_HOURS_SATURDAY,
        };
      },
    ],
    [
      'government',
      (u) => ({ name: communePolice(u), subcategory: 'police', phone: samplePhone(rng, u), openingHours: '24/7' }),
    ],
  ];
  for (const [cat, make] of civic) {
    for (const u of units) if (n < opts.count) add(u, cat, 0.002, () => make(u));
  }
  const cats = Object.keys(CATEGORY_WEIGHTS);
  const catWeights = cats.map((c) => CATEGORY_WEIGHTS[c] as number);
  const unitWeights = units.map((u) => (u.type === 'phường' ? 3 : u.code === '11948' ? 0.05 : 1));
  while (n < opts.count) {
    const u = units[weighted(rng, unitWeights)] as SeedUnit;
    const cat = cats[weighted(rng, catWeights)] as string;
    add(u, cat, u.type === 'phường' ? 0.008 : 0.014, (street) => (MAKERS[cat] as Maker)(rng, u, street));
  }
  return out;
}
