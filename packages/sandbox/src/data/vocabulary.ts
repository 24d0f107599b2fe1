import { type Rng, intBetween, pick } from '../util/random.js';
import type { SeedUnit } from './seed.js';

// Words for generated sample data. Street names are real Hải Phòng and Hải Dương street
// names used loosely: a generated address is a sample, not a place.

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Phan',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Đinh',
  'Lương',
  'Trịnh',
  'Nhữ',
] as const;
const SURNAME_WEIGHTS = [38, 11, 9, 7, 5, 5, 4, 4, 4, 3, 3, 2, 2, 1, 1, 1];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Công'] as const;
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Phương', 'Thùy', 'Hồng', 'Minh'] as const;
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Tuấn',
  'Việt',
  'Vinh',
] as const;
const GIVEN_F = [
  'Anh',
  'Chi',
  'Giang',
  'Hà',
  'Hạnh',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Ngân',
  'Nhung',
  'Phương',
  'Quỳnh',
  'Thảo',
  'Trang',
  'Uyên',
  'Yến',
  'Ánh',
] as const;

export function personName(rng: Rng): string {
  let r = rng() * 100;
  let surname: string = SURNAMES[0];
  for (let i = 0; i < SURNAMES.length; i++) {
    r -= SURNAME_WEIGHTS[i] as number;
    if (r < 0) {
      surname = SURNAMES[i] as string;
      break;
    }
  }
  const female = rng() < 0.5;
  return `${surname} ${pick(rng, female ? MIDDLE_F : MIDDLE_M)} ${pick(rng, female ? GIVEN_F : GIVEN_M)}`;
}

export const STREETS_HP = [
  'Lạch Tray',
  'Trần Phú',
  'Điện Biên Phủ',
  'Lê Lợi',
  'Tô Hiệu',
  'Lê Thánh Tông',
  'Nguyễn Văn Linh',
  'Văn Cao',
  'Lương Khánh Thiện',
  'Cầu Đất',
  'Hai Bà Trưng',
  'Quang Trung',
  'Hùng Vương',
  'Bạch Đằng',
  'Trần Nguyên Hãn',
  'Lê Hồng Phong',
  'Nguyễn Bỉnh Khiêm',
  'Đà Nẵng',
  'Chợ Hàng',
  'Thiên Lôi',
  'Trường Chinh',
  'Phạm Văn Đồng',
  'Ngô Gia Tự',
  'Đình Đông',
  'Miếu Hai Xã',
  'Hoàng Văn Thụ',
  'Tôn Đức Thắng',
  'Lê Duẩn',
] as const;
export const STREETS_HD = [
  'Nguyễn Lương Bằng',
  'Trần Hưng Đạo',
  'Hồng Quang',
  'Thanh Niên',
  'Nguyễn Văn Linh',
  'Ngô Quyền',
  'Lê Thanh Nghị',
  'Điện Biên Phủ',
  'Quang Trung',
  'Nguyễn Du',
  'Bạch Đằng',
  'Trường Chinh',
  'Lê Lợi',
  'Phạm Ngũ Lão',
  'Thống Nhất',
] as const;
const ROADS_RURAL = [
  'Quốc lộ 5',
  'Quốc lộ 10',
  'Quốc lộ 37',
  'Quốc lộ 38',
  'Đường tỉnh 392',
  'Đường tỉnh 354',
  'Đường trục xã',
  'Đường liên thôn',
  'Đê sông',
] as const;
const VILLAGE_NAMES = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Thượng',
  'Hạ',
  'An Lạc',
  'Phú Lộc',
  'Tân Hưng',
  'Hòa Bình',
  'Thịnh Long',
  'Quang Trung',
  'Đoàn Kết',
  'Văn Minh',
] as const;

/** The unit's name as it reads inside a sentence: `xã Bình Giang`, `phường Lê Chân`. */
export const unitInSentence = (u: SeedUnit): string => `${u.type} ${u.shortName}`;
/** The commune's People's Committee: `UBND xã Bình Giang`. */
export const communeCommittee = (u: SeedUnit): string => `UBND ${unitInSentence(u)}`;
export const communePolice = (u: SeedUnit): string => `Công an ${unitInSentence(u)}`;

export interface SampleAddress {
  /** The spot as named inside a sentence: `đường Lạch Tray`, `thôn Hạ`, `Quốc lộ 5`. */
  street: string;
  /** The road there, inside a sentence, with its own word for road: `đường Lạch Tray`, `đường thôn Hạ`. */
  road: string;
  /** The full address: `Số 12 đường Lạch Tray, phường Lê Chân`, `Thôn Hạ, xã Bình Giang`. */
  text: string;
}

/** A road name as it reads mid-sentence: common nouns in lower case, `Quốc lộ` kept as a name. */
const inSentence = (road: string) => (road.startsWith('Quốc lộ') ? road : road.charAt(0).toLowerCase() + road.slice(1));

/** A sample address in the unit: a numbered street in wards, a village or road in communes. */
export function sampleAddress(rng: Rng, u: SeedUnit): SampleAddress {
  if (u.type === 'phường') {
    const street = pick(rng, u.formerProvince === 'hai-duong' ? STREETS_HD : STREETS_HP);
    const house = rng() < 0.75 ? `Số ${intBetween(rng, 1, 420)} ` : 'Ngõ ' + intBetween(rng, 2, 180) + ' ';
    return {
      street: `đường ${street}`,
      road: `đường ${street}`,
      text: `${house}đường ${street}, ${unitInSentence(u)}`,
    };
  }
  if (rng() < 0.55) {
    // "thôn" is a common noun (lower case mid-sentence); the village's name keeps its capitals.
    const name = rng() < 0.3 ? String(intBetween(rng, 1, 12)) : pick(rng, VILLAGE_NAMES);
    return { street: `thôn ${name}`, road: `đường thôn ${name}`, text: `Thôn ${name}, ${unitInSentence(u)}` };
  }
  const road = pick(rng, ROADS_RURAL);
  return { street: inSentence(road), road: inSentence(road), text: `${road}, ${unitInSentence(u)}` };
}

/** A sample landline (0225 Hải Phòng, 0220 the former Hải Dương) or mobile number. */
export function samplePhone(rng: Rng, u: SeedUnit | null, mobile = false): string {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
  if (mobile) return `09${digits(1)} ${digits(3)} ${digits(4)}`;
  // Landlines are 0225/0220 then seven digits starting with 3.
  const area = u?.formerProvince === 'hai-duong' ? '0220' : '0225';
  return `${area} 3${digits(2)} ${digits(4)}`;
}
