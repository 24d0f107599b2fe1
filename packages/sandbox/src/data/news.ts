import type { NewsArticle } from '@smart-haiphong/sdk';
import { type Rng, intBetween, pick, stream } from '../util/random.js';
import { DAY_MS, HOUR_MS, formatTimestamp } from '../util/time.js';
import type { SeedUnit } from './seed.js';
import { communeCommittee, unitInSentence } from './vocabulary.js';

/**
 * News categories: the city's own, and the utility topics named by the city's guide (điện,
 * nước, y tế, giáo dục, du lịch).
 */
export const NEWS_CATEGORIES = [
  { id: 'thong-bao', vi: 'Thông báo', en: 'Announcements' },
  { id: 'su-kien', vi: 'Sự kiện', en: 'Events' },
  { id: 'chinh-sach', vi: 'Chính sách', en: 'Policy' },
  { id: 'chuyen-doi-so', vi: 'Chuyển đổi số', en: 'Digital services' },
  { id: 'moi-truong', vi: 'Môi trường', en: 'Environment' },
  { id: 'van-hoa', vi: 'Văn hóa – Thể thao', en: 'Culture and sport' },
  { id: 'dien', vi: 'Điện', en: 'Electricity' },
  { id: 'nuoc', vi: 'Nước sạch', en: 'Water' },
  { id: 'y-te', vi: 'Y tế', en: 'Health' },
  { id: 'giao-duc', vi: 'Giáo dục', en: 'Education' },
  { id: 'du-lich', vi: 'Du lịch', en: 'Tourism' },
] as const;

/** Every title says it is sample data. */
export const SAMPLE_PREFIX = 'Dữ liệu mẫu: ';

const CITY_TOPICS: [category: string, title: string, lead: string][] = [
  [
    'thong-bao',
    'Hải Phòng công bố đường dây nóng 1022 tiếp nhận phản ánh 24/7',
    'Người dân có thể gọi 1022 hoặc gửi phản ánh qua ứng dụng Công dân số Hải Phòng bất cứ lúc nào.',
  ],
  [
    'chuyen-doi-so',
    'Hướng dẫn gửi phản ánh kèm ảnh và vị trí trên ứng dụng Smart Hải Phòng',
    'Ảnh được thu nhỏ và xóa thông tin vị trí, thiết bị trước khi gửi để bảo vệ dữ liệu cá nhân.',
  ],
  [
    'chinh-sach',
    'Thành phố vận hành 114 đơn vị hành chính cấp xã từ ngày 1/7/2025',
    'Sau sắp xếp, thành phố có 45 phường, 67 xã và 2 đặc khu Cát Hải, Bạch Long Vĩ.',
  ],
  [
    'van-hoa',
    'Lễ hội Hoa Phượng Đỏ thu hút đông đảo người dân và du khách',
    'Chuỗi hoạt động văn hóa, nghệ thuật diễn ra tại trung tâm thành phố trong nhiều ngày.',
  ],
  [
    'moi-truong',
    'Ra quân chiến dịch làm sạch bãi biển Đồ Sơn',
    'Hàng trăm đoàn viên thanh niên tham gia thu gom rác thải dọc bờ biển.',
  ],
  [
    'thong-bao',
    'Phân luồng giao thông phục vụ thi công cầu trên tuyến quốc lộ 5',
    'Các phương tiện được hướng dẫn đi theo lộ trình thay thế trong thời gian thi công.',
  ],
  [
    'chuyen-doi-so',
    'Nộp hồ sơ trực tuyến toàn trình: tra cứu tiến độ bằng mã hồ sơ',
    'Người dân nhập mã hồ sơ để xem trạng thái xử lý mà không cần đến bộ phận một cửa.',
  ],
  [
    'du-lich',
    'Cát Bà vào mùa du lịch hè, tăng cường kiểm tra giá dịch vụ',
    'Lực lượng chức năng kiểm tra niêm yết giá tại các cơ sở lưu trú và nhà hàng.',
  ],
  [
    'y-te',
    'Hỗ trợ hộ nghèo, cận nghèo mua thẻ bảo hiểm y tế',
    'Chính sách hỗ trợ áp dụng cho các hộ có tên trong danh sách đã được phê duyệt.',
  ],
  [
    'moi-truong',
    'Khuyến cáo người dân phân loại rác tại nguồn',
    'Rác được phân thành rác hữu cơ, rác tái chế và rác còn lại.',
  ],
  [
    'van-hoa',
    'Giải chạy vì cộng đồng vòng quanh hồ Tam Bạc',
    'Giải chạy quy tụ hàng nghìn vận động viên chuyên và không chuyên.',
  ],
  [
    'thong-bao',
    'Cảnh báo mưa lớn, nguy cơ ngập úng cục bộ tại khu vực nội thành',
    'Người dân cần theo dõi bản tin thời tiết và hạn chế di chuyển qua các điểm ngập.',
  ],
  [
    'dien',
    'Giá bán lẻ điện sinh hoạt theo Quyết định 1279/QĐ-BCT áp dụng từ ngày 10/5/2025',
    'Biểu giá bán lẻ điện sinh hoạt gồm 6 bậc thang, giá chưa bao gồm thuế giá trị gia tăng.',
  ],
  [
    'dien',
    'Khuyến cáo sử dụng điện an toàn, tiết kiệm trong mùa nắng nóng',
    'Người dân nên hạn chế dùng nhiều thiết bị công suất lớn cùng lúc vào giờ cao điểm buổi tối.',
  ],
  [
    'nuoc',
    'Thông báo tạm ngừng cấp nước để sửa chữa đường ống',
    'Đơn vị cấp nước đề nghị các hộ dân chủ động dự trữ nước trong thời gian sửa chữa.',
  ],
  [
    'nuoc',
    'Khuyến cáo sử dụng nước sạch tiết kiệm trong mùa khô',
    'Người dân kiểm tra, sửa chữa vòi nước rò rỉ và báo ngay khi phát hiện đường ống vỡ.',
  ],
  [
    'y-te',
    'Tiêm chủng mở rộng cho trẻ em tại trạm y tế xã, phường',
    'Cha mẹ mang theo sổ tiêm chủng khi đưa trẻ đến trạm y tế theo lịch hẹn.',
  ],
  [
    'giao-duc',
    'Hướng dẫn đăng ký tuyển sinh trực tuyến vào lớp 1 và lớp 6',
    'Phụ huynh đăng ký trên cổng tuyển sinh trực tuyến, không cần nộp hồ sơ giấy.',
  ],
  [
    'giao-duc',
    'Tra cứu kết quả thi tuyển sinh vào lớp 10 bằng số báo danh',
    'Thí sinh nhập số báo danh để xem điểm từng môn và tổng điểm xét tuyển.',
  ],
  [
    'du-lich',
    'Gợi ý hành trình tham quan di tích lịch sử trong nội thành',
    'Nhiều đình, chùa, đền cổ trong nội thành mở cửa đón khách tham quan hằng ngày.',
  ],
  [
    'chuyen-doi-so',
    'Cảnh giác với tin nhắn giả mạo chứa <img src=x onerror=alert("tiêu đề")> và đường link lạ',
    'Không bấm vào <a href="javascript:alert(1)">liên kết lạ</a>; dòng này phải hiện nguyên văn, kể cả các dấu < >.',
  ],
];

const LOCAL_TOPICS: [category: string, title: string, lead: string][] = [
  [
    'moi-truong',
    '{Unit} ra quân tổng vệ sinh môi trường',
    'Cán bộ và nhân dân trên địa bàn đã thu gom rác thải, khơi thông cống rãnh tại các tuyến đường chính.',
  ],
  [
    'thong-bao',
    'Lịch tiếp công dân tháng này của {unit}',
    'Lãnh đạo {unit} tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở UBND.',
  ],
  [
    'chuyen-doi-so',
    '{Unit} hướng dẫn người dân cài đặt và sử dụng ứng dụng công dân số',
    'Tổ công nghệ số cộng đồng hỗ trợ người dân tại nhà văn hóa các thôn, tổ dân phố.',
  ],
  [
    'su-kien',
    '{Unit} tổ chức hội nghị đối thoại với nhân dân',
    'Hội nghị đã tiếp thu nhiều ý kiến về giao thông nông thôn, vệ sinh môi trường và an ninh trật tự.',
  ],
  [
    'dien',
    '{Unit} thông báo lịch tạm ngừng cấp điện để bảo dưỡng lưới điện',
    'Việc tạm ngừng cấp điện nhằm bảo dưỡng, sửa chữa đường dây; người dân chủ động sắp xếp sinh hoạt.',
  ],
  [
    'chinh-sach',
    '{Unit} công khai danh mục thủ tục hành chính tiếp nhận tại bộ phận một cửa',
    'Danh mục gồm các thủ tục về hộ tịch, chứng thực, đất đai, bảo trợ xã hội.',
  ],
  [
    'nuoc',
    '{Unit} thông báo lịch cấp nước luân phiên giữa các thôn, tổ dân phố',
    'Các khu vực được cấp nước theo lịch; người dân chủ động dự trữ nước sinh hoạt.',
  ],
  [
    'y-te',
    '{Unit} tổ chức khám sức khỏe miễn phí cho người cao tuổi',
    'Trạm y tế phối hợp khám, tư vấn và phát thuốc thông thường cho người cao tuổi trên địa bàn.',
  ],
  [
    'giao-duc',
    '{Unit} hỗ trợ học sinh có hoàn cảnh khó khăn trước năm học mới',
    'Sách vở, đồ dùng học tập được trao cho học sinh có hoàn cảnh khó khăn.',
  ],
];

const HOSTILE = [
  '<script>alert("Dữ liệu mẫu: thẻ script này phải bị loại bỏ")</script>',
  '<img src="x" onerror="alert(\'onerror\')" alt="ảnh lỗi">',
  '<a href="javascript:alert(\'link\')">Xem chi tiết</a>',
  '<iframe src="https://example.com/" width="10" height="10"></iframe>',
  '<p style="position:fixed;inset:0;background:red" onclick="alert(1)">Nội dung có thuộc tính nguy hiểm</p>',
];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function body(rng: Rng, title: string, lead: string, hostile: boolean, imageUrl: string): string {
  const parts = [
    `<p><strong>${escapeHtml(lead)}</strong></p>`,
    `<p>${escapeHtml(pick(rng, ['Theo thông tin từ cơ quan chức năng,', 'Trong thời gian tới,', 'Để bảo đảm quyền lợi của người dân,']))} ${escapeHtml(
      pick(rng, [
        'các đơn vị liên quan được giao phối hợp triển khai đồng bộ các giải pháp, báo cáo kết quả định kỳ.',
        'người dân được khuyến khích phản ánh qua đường dây nóng 1022 khi phát hiện vấn đề.',
        'thông tin chi tiết được niêm yết công khai tại trụ sở và trên cổng thông tin điện tử.',
      ]),
    )}</p>`,
    `<figure><img src="${imageUrl}" alt="${escapeHtml(title)}" width="1200" height="630"><figcaption>Ảnh minh họa (dữ liệu mẫu)</figcaption></figure>`,
    '<ul><li>Thời gian: trong giờ hành chính</li><li>Liên hệ: đường dây nóng 1022</li></ul>',
  ];
  if (hostile) parts.splice(1 + intBetween(rng, 0, 2), 0, pick(rng, HOSTILE), pick(rng, HOSTILE));
  parts.push('<p><em>Đây là dữ liệu mẫu của môi trường thử nghiệm Smart Hải Phòng, không phải tin thật.</em></p>');
  return parts.join('\n');
}

/** An article with `{origin}` and `{image}` placeholders, filled in when served. */
export type NewsRecord = NewsArticle;

/** Size of the sample lead images (`/sandbox/images/news/{id}.svg`). */
export const NEWS_IMAGE_SIZE = { width: 1200, height: 630 } as const;
const CITY_SOURCE = 'Cổng thông tin điện tử thành phố (dữ liệu mẫu)';

/**
 * City-wide articles and one or more per commune (xã Bình Giang has one of each local topic),
 * newest first; the three newest are a few hours old. Every fourth body carries hostile markup
 * and one title, summary and alt text carry markup, for the widgets' sanitiser and escaping.
 * With `count` larger than that set, older articles are added (for paging and node-budget
 * tests: 10 000 works); smaller, only the newest are kept.
 */
export function generateNews(opts: {
  seed: number;
  now: number;
  units: readonly SeedUnit[];
  count?: number | undefined;
}): NewsRecord[] {
  const rng = stream(opts.seed, 'news');
  const items: Omit<NewsRecord, 'id'>[] = [];
  const add = (unit: SeedUnit | null, [categoryId, title, lead]: [string, string, string], ageDays: number) => {
    const fill = (s: string) =>
      unit
        ? s
            .replace(
              '{Unit}',
              unitInSentence(unit).replace(/^./, (c) => c.toUpperCase()),
            )
            .replace('{unit}', unitInSentence(unit))
        : s;
    const cat = NEWS_CATEGORIES.find((c) => c.id === categoryId) ?? NEWS_CATEGORIES[0];
    const t = fill(title);
    items.push({
      title: SAMPLE_PREFIX + t,
      summary: fill(lead),
      imageUrl: '{image}',
      imageAlt: `Ảnh minh họa: ${t}`,
      imageWidth: NEWS_IMAGE_SIZE.width,
      imageHeight: NEWS_IMAGE_SIZE.height,
      publishedAt: formatTimestamp(opts.now - Math.round(ageDays * DAY_MS) - Math.floor(rng() * 2 * HOUR_MS)),
      categoryId: cat.id,
      categoryName: cat.vi,
      unitCode: unit?.code ?? null,
      source: unit ? `${communeCommittee(unit)} (dữ liệu mẫu)` : CITY_SOURCE,
      url: '{origin}',
      sample: true,
      bodyHtml: fill(lead),
      author: rng() < 0.2 ? null : unit ? `Văn phòng ${communeCommittee(unit)}` : 'Ban biên tập (dữ liệu mẫu)',
      sourceUrl: null,
    });
  };
  for (let round = 0; round < 3; round++) {
    CITY_TOPICS.forEach((topic, k) => add(null, topic, round === 0 && k < 3 ? 0.1 * (k + 1) : rng() * 120));
  }
  for (const unit of opts.units) {
    const n = unit.code === '10966' ? LOCAL_TOPICS.length : 1;
    for (let k = 0; k < n; k++)
      add(
        unit,
        unit.code === '10966' ? (LOCAL_TOPICS[k] as [string, string, string]) : pick(rng, LOCAL_TOPICS),
        rng() * 90,
      );
  }
  // Older archive items, for large lists.
  for (let k = 0; items.length < (opts.count ?? 0); k++) {
    const unit = k % 3 === 0 ? null : (opts.units[k % opts.units.length] ?? null);
    add(unit, unit ? pick(rng, LOCAL_TOPICS) : pick(rng, CITY_TOPICS), 120 + rng() * 1000);
  }
  items.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  if (opts.count !== undefined) items.length = Math.min(items.length, opts.count);
  return items.map((item, k) => {
    const id = `news-${k + 1}`;
    // Some items have no image, so that lists show both.
    const image = k % 9 === 5 ? null : '{image}';
    return {
      id,
      ...item,
      imageUrl: image,
      imageAlt: image ? item.imageAlt : null,
      imageWidth: image ? item.imageWidth : null,
      imageHeight: image ? item.imageHeight : null,
      bodyHtml: body(rng, item.title, item.bodyHtml, k % 4 === 1, '{image}'),
    };
  });
}
