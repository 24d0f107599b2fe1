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
  /** A citizen's words for it (Vietnamese, with tone marks), for category search. */
  keywords: readonly string[];
  keywordsEn: readonly string[];
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
    keywords: ['ổ gà', 'ổ voi', 'đường hỏng', 'đường xuống cấp', 'nứt đường', 'sụt lún', 'mặt đường', 'cầu hỏng'],
    keywordsEn: ['pothole', 'broken road', 'road surface', 'subsidence', 'bridge'],
    weight: { urban: 14, rural: 16 },
    agency: 'commune',
  },
  {
    id: 'ngap-ung',
    group: 'ha-tang',
    name: 'Ngập úng, thoát nước',
    nameEn: 'Flooding and drainage',
    keywords: ['ngập nước', 'ngập lụt', 'cống tắc', 'nắp cống', 'hố ga', 'mương', 'nước đọng', 'triều cường'],
    keywordsEn: ['flood', 'drain', 'sewer', 'manhole', 'standing water', 'high tide'],
    weight: { urban: 10, rural: 7 },
    agency: 'commune',
  },
  {
    id: 'chieu-sang',
    group: 'ha-tang',
    name: 'Chiếu sáng công cộng',
    nameEn: 'Street lighting',
    keywords: ['đèn đường', 'bóng đèn', 'cột đèn', 'đèn chiếu sáng', 'đèn hỏng', 'đèn không sáng', 'đường tối'],
    keywordsEn: ['street light', 'lamp', 'lamp post', 'dark street'],
    weight: { urban: 8, rural: 6 },
    agency: 'commune',
  },
  {
    id: 'cay-xanh',
    group: 'ha-tang',
    name: 'Cây xanh',
    nameEn: 'Trees and green spaces',
    keywords: ['cây đổ', 'gãy cành', 'cành cây', 'cắt tỉa cây', 'cây chết', 'bồn cây', 'công viên'],
    keywordsEn: ['fallen tree', 'branch', 'tree pruning', 'park'],
    weight: { urban: 6, rural: 3 },
    agency: 'commune',
  },
  {
    id: 'rac-thai',
    group: 'ha-tang',
    name: 'Rác thải, vệ sinh môi trường',
    nameEn: 'Waste and sanitation',
    keywords: ['rác', 'bãi rác', 'đổ trộm rác', 'thu gom rác', 'xác động vật', 'mùi hôi'],
    keywordsEn: ['rubbish', 'garbage', 'dumping', 'waste collection', 'smell'],
    weight: { urban: 14, rural: 14 },
    agency: 'commune',
  },
  {
    id: 'cap-nuoc',
    group: 'ha-tang',
    name: 'Cấp nước sạch',
    nameEn: 'Water supply',
    keywords: ['nước sạch', 'mất nước', 'nước yếu', 'vỡ ống nước', 'rò rỉ nước', 'nước bẩn'],
    keywordsEn: ['water cut', 'low pressure', 'burst pipe', 'leak', 'dirty water'],
    weight: { urban: 4, rural: 6 },
    agency: 'commune',
  },
  {
    id: 'tin-hieu-giao-thong',
    group: 'ha-tang',
    name: 'Đèn tín hiệu, biển báo giao thông',
    nameEn: 'Traffic lights and signs',
    keywords: [
      'đèn giao thông',
      'đèn tín hiệu',
      'đèn xanh đèn đỏ',
      'biển báo',
      'biển cấm',
      'vạch kẻ đường',
      'gương cầu lồi',
    ],
    keywordsEn: ['traffic light', 'signal', 'road sign', 'road markings', 'traffic mirror'],
    weight: { urban: 5, rural: 2 },
    agency: 'Sở Xây dựng thành phố Hải Phòng',
  },
  {
    id: 'an-ninh-trat-tu',
    group: 'kt-vh-xh',
    name: 'An ninh trật tự',
    nameEn: 'Public order and security',
    notice: EMERGENCY,
    keywords: ['trộm cắp', 'đánh nhau', 'gây rối', 'cờ bạc', 'ma túy', 'đua xe', 'tụ tập'],
    keywordsEn: ['theft', 'fight', 'disturbance', 'gambling', 'drugs', 'street racing'],
    weight: { urban: 7, rural: 5 },
    agency: 'police',
  },
  {
    id: 'lan-chiem-via-he',
    group: 'kt-vh-xh',
    name: 'Lấn chiếm vỉa hè, lòng đường',
    nameEn: 'Pavements and roads encroached on',
    keywords: ['vỉa hè', 'lòng đường', 'chợ cóc', 'họp chợ', 'đỗ xe', 'bán hàng rong', 'quán lấn chiếm'],
    keywordsEn: ['pavement', 'sidewalk', 'street market', 'parking', 'street vendor'],
    weight: { urban: 10, rural: 3 },
    agency: 'commune',
  },
  {
    id: 'tieng-on',
    group: 'kt-vh-xh',
    name: 'Tiếng ồn, ô nhiễm',
    nameEn: 'Noise and pollution',
    keywords: ['tiếng ồn', 'karaoke', 'loa kẹo kéo', 'khói bụi', 'đốt rơm rạ', 'nước thải', 'ô nhiễm'],
    keywordsEn: ['noise', 'karaoke', 'smoke', 'dust', 'burning straw', 'waste water', 'pollution'],
    weight: { urban: 6, rural: 4 },
    agency: 'commune',
  },
  {
    id: 'an-toan-thuc-pham',
    group: 'kt-vh-xh',
    name: 'An toàn thực phẩm',
    nameEn: 'Food safety',
    keywords: ['ngộ độc', 'thực phẩm bẩn', 'quán ăn', 'hàng kém chất lượng', 'thịt bẩn'],
    keywordsEn: ['food poisoning', 'unsafe food', 'restaurant', 'food stall'],
    weight: { urban: 2, rural: 2 },
    agency: 'commune',
  },
  {
    id: 'y-te-giao-duc',
    group: 'kt-vh-xh',
    name: 'Y tế, giáo dục',
    nameEn: 'Health and education',
    keywords: ['trạm y tế', 'bệnh viện', 'trường học', 'học sinh', 'tiêm chủng', 'lạm thu'],
    keywordsEn: ['health station', 'hospital', 'school', 'pupils', 'vaccination', 'extra fees'],
    weight: { urban: 3, rural: 3 },
    agency: 'commune',
  },
  {
    id: 'dat-dai-xay-dung',
    group: 'kt-vh-xh',
    name: 'Đất đai, trật tự xây dựng',
    nameEn: 'Land and building order',
    keywords: ['xây dựng trái phép', 'xây không phép', 'lấn chiếm đất', 'tranh chấp đất', 'sổ đỏ', 'công trình'],
    keywordsEn: ['illegal building', 'building permit', 'land dispute', 'land title', 'construction'],
    weight: { urban: 4, rural: 6 },
    agency: 'commune',
  },
  {
    id: 'gop-y-do-thi',
    group: 'gop-y',
    name: 'Góp ý quy hoạch, chỉnh trang đô thị',
    nameEn: 'Ideas for planning and the townscape',
    keywords: ['quy hoạch', 'chỉnh trang', 'sân chơi', 'vườn hoa', 'đề xuất'],
    keywordsEn: ['planning', 'townscape', 'playground', 'proposal'],
    weight: { urban: 2, rural: 1 },
    agency: 'Sở Xây dựng thành phố Hải Phòng',
  },
  {
    id: 'gop-y-cai-cach',
    group: 'gop-y',
    name: 'Góp ý cải cách hành chính, chuyển đổi số',
    nameEn: 'Ideas for administrative reform and digital services',
    keywords: ['dịch vụ công', 'chuyển đổi số', 'ứng dụng', 'cải cách', 'thủ tục rườm rà'],
    keywordsEn: ['online services', 'digital', 'app', 'red tape'],
    weight: { urban: 1, rural: 1 },
    agency: 'commune',
  },
  {
    id: 'ho-so-tre-hen',
    group: 'thu-tuc',
    name: 'Hồ sơ chậm, trễ hẹn',
    nameEn: 'Late dossiers',
    keywords: ['trễ hẹn', 'hồ sơ chậm', 'chậm trả kết quả', 'chờ lâu', 'một cửa'],
    keywordsEn: ['late dossier', 'delay', 'waiting', 'one-stop office'],
    weight: { urban: 2, rural: 2 },
    agency: 'commune',
  },
  {
    id: 'thai-do-can-bo',
    group: 'thu-tuc',
    name: 'Thái độ, tác phong cán bộ',
    nameEn: 'Conduct of officials',
    keywords: ['cán bộ', 'thái độ', 'hách dịch', 'gây phiền hà', 'nhũng nhiễu', 'tiêu cực'],
    keywordsEn: ['official', 'rude', 'harassment', 'bribe'],
    weight: { urban: 1, rural: 1 },
    agency: 'commune',
  },
  {
    id: 'thuc-hien-chi-dao',
    group: 'chi-dao',
    name: 'Thực hiện chỉ đạo của lãnh đạo thành phố',
    nameEn: "Carrying out the city leaders' directions",
    keywords: ['chỉ đạo', 'ý kiến chỉ đạo', 'kết luận', 'lãnh đạo thành phố'],
    keywordsEn: ['direction', 'instruction', 'conclusion', 'city leaders'],
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
  keywords: [...c.keywords],
  keywordsEn: [...c.keywordsEn],
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
