import type { FeedbackCategory, FeedbackStatus } from '@smart-haiphong/sdk';

/**
 * Feedback categories: the five groups named in the city's guide, with finer categories
 * under them. The city keeps these as data; so does the sandbox.
 */
const GROUPS = {
  'gop-y': { vi: 'Góp ý hiến kế', en: 'Suggestions and initiatives' },
  'kt-vh-xh': {
    vi: 'Kinh tế – văn hóa – xã hội – quốc phòng an ninh',
    en: 'Economy, culture, society, defence and security',
  },
  'ha-tang': { vi: 'Sự cố hạ tầng kỹ thuật', en: 'Technical infrastructure incidents' },
  'thu-tuc': { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  'chi-dao': { vi: 'Thực hiện chỉ đạo lãnh đạo thành phố', en: "Carrying out the city leaders' directions" },
} as const;
type GroupId = keyof typeof GROUPS;

const EMERGENCY = {
  vi: 'Trường hợp khẩn cấp, gọi 113 (công an), 114 (cứu hỏa), 115 (cấp cứu).',
  en: 'In an emergency, call 113 (police), 114 (fire and rescue), 115 (ambulance).',
};

/** A category with what the generator needs to write plausible reports. */
export interface CategoryDef {
  id: string;
  group: GroupId;
  name: string;
  nameEn: string;
  notice?: { vi: string; en: string };
  /** Relative frequency in urban wards and in rural communes. */
  weight: { urban: number; rural: number };
  /** Who usually answers: the commune, or a city department. */
  agency: 'commune' | 'police' | string;
}

export const CATEGORY_DEFS: readonly CategoryDef[] = [
  {
    id: 'duong-hu-hong',
    group: 'ha-tang',
    name: 'Đường hư hỏng, ổ gà',
    nameEn: 'Damaged roads and potholes',
    weight: { urban: 14, rural: 16 },
    agency: 'commune',
  },
  {
    id: 'ngap-ung',
    group: 'ha-tang',
    name: 'Ngập úng, thoát nước',
    nameEn: 'Flooding and drainage',
    weight: { urban: 10, rural: 7 },
    agency: 'commune',
  },
  {
    id: 'chieu-sang',
    group: 'ha-tang',
    name: 'Chiếu sáng công cộng',
    nameEn: 'Street lighting',
    weight: { urban: 8, rural: 6 },
    agency: 'commune',
  },
  {
    id: 'cay-xanh',
    group: 'ha-tang',
    name: 'Cây xanh',
    nameEn: 'Trees and green spaces',
    weight: { urban: 6, rural: 3 },
    agency: 'commune',
  },
  {
    id: 'rac-thai',
    group: 'ha-tang',
    name: 'Rác thải, vệ sinh môi trường',
    nameEn: 'Waste and sanitation',
    weight: { urban: 14, rural: 14 },
    agency: 'commune',
  },
  {
    id: 'cap-nuoc',
    group: 'ha-tang',
    name: 'Cấp nước sạch',
    nameEn: 'Water supply',
    weight: { urban: 4, rural: 6 },
    agency: 'commune',
  },
  {
    id: 'tin-hieu-giao-thong',
    group: 'ha-tang',
    name: 'Đèn tín hiệu, biển báo giao thông',
    nameEn: 'Traffic lights and signs',
    weight: { urban: 5, rural: 2 },
    agency: 'Sở Xây dựng thành phố Hải Phòng',
  },
  {
    id: 'an-ninh-trat-tu',
    group: 'kt-vh-xh',
    name: 'An ninh trật tự',
    nameEn: 'Public order and security',
    notice: EMERGENCY,
    weight: { urban: 7, rural: 5 },
    agency: 'police',
  },
  {
    id: 'lan-chiem-via-he',
    group: 'kt-vh-xh',
    name: 'Lấn chiếm vỉa hè, lòng đường',
    nameEn: 'Pavements and roads encroached on',
    weight: { urban: 10, rural: 3 },
    agency: 'commune',
  },
  {
    id: 'tieng-on',
    group: 'kt-vh-xh',
    name: 'Tiếng ồn, ô nhiễm',
    nameEn: 'Noise and pollution',
    weight: { urban: 6, rural: 4 },
    agency: 'commune',
  },
  {
    id: 'an-toan-thuc-pham',
    group: 'kt-vh-xh',
    name: 'An toàn thực phẩm',
    nameEn: 'Food safety',
    weight: { urban: 2, rural: 2 },
    agency: 'commune',
  },
  {
    id: 'y-te-giao-duc',
    group: 'kt-vh-xh',
    name: 'Y tế, giáo dục',
    nameEn: 'Health and education',
    weight: { urban: 3, rural: 3 },
    agency: 'commune',
  },
  {
    id: 'dat-dai-xay-dung',
    group: 'kt-vh-xh',
    name: 'Đất đai, trật tự xây dựng',
    nameEn: 'Land and building order',
    weight: { urban: 4, rural: 6 },
    agency: 'commune',
  },
  {
    id: 'gop-y-do-thi',
    group: 'gop-y',
    name: 'Góp ý quy hoạch, chỉnh trang đô thị',
    nameEn: 'Ideas for planning and the townscape',
    weight: { urban: 2, rural: 1 },
    agency: 'Sở Xây dựng thành phố Hải Phòng',
  },
  {
    id: 'gop-y-cai-cach',
    group: 'gop-y',
    name: 'Góp ý cải cách hành chính, chuyển đổi số',
    nameEn: 'Ideas for administrative reform and digital services',
    weight: { urban: 1, rural: 1 },
    agency: 'commune',
  },
  {
    id: 'ho-so-tre-hen',
    group: 'thu-tuc',
    name: 'Hồ sơ chậm, trễ hẹn',
    nameEn: 'Late dossiers',
    weight: { urban: 2, rural: 2 },
    agency: 'commune',
  },
  {
    id: 'thai-do-can-bo',
    group: 'thu-tuc',
    name: 'Thái độ, tác phong cán bộ',
    nameEn: 'Conduct of officials',
    weight: { urban: 1, rural: 1 },
    agency: 'commune',
  },
  {
    id: 'thuc-hien-chi-dao',
    group: 'chi-dao',
    name: 'Thực hiện chỉ đạo của lãnh đạo thành phố',
    nameEn: "Carrying out the city leaders' directions",
    weight: { urban: 1, rural: 1 },
    agency: 'Văn phòng UBND thành phố Hải Phòng',
  },
];

export const CATEGORIES: readonly FeedbackCategory[] = CATEGORY_DEFS.map((c) => ({
  id: c.id,
  name: c.name,
  nameEn: c.nameEn,
  group: c.group,
  groupName: GROUPS[c.group].vi,
  groupNameEn: GROUPS[c.group].en,
  notice: c.notice ?? null,
}));

export const GROUP_IDS = Object.keys(GROUPS) as GroupId[];

/** The published flow of Vietnamese cities (iHanoi): see FeedbackStatus in the SDK. */
export const STATUSES: readonly FeedbackStatus[] = [
  { code: 'pending', name: 'Chờ tiếp nhận', nameEn: 'Awaiting acceptance', closed: false, order: 1 },
  { code: 'accepted', name: 'Chờ xử lý', nameEn: 'Awaiting processing', closed: false, order: 2 },
  { code: 'in_progress', name: 'Đang xử lý', nameEn: 'In progress', closed: false, order: 3 },
  { code: 'transferred', name: 'Chuyển xử lý', nameEn: 'Transferred', closed: false, order: 4 },
  { code: 'resolved', name: 'Đã xử lý', nameEn: 'Resolved', closed: true, order: 5 },
  { code: 'rejected', name: 'Từ chối', nameEn: 'Rejected', closed: true, order: 6 },
];

export const STATUS = { pending: 0, accepted: 1, in_progress: 2, transferred: 3, resolved: 4, rejected: 5 } as const;
export const categoryIndex = new Map(CATEGORY_DEFS.map((c, i) => [c.id, i]));
export const statusIndex = new Map(STATUSES.map((s, i) => [s.code, i]));
