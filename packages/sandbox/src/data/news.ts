import type { NewsArticle } from '@smart-haiphong/sdk';
import { type Rng, intBetween, pick, stream } from '../util/random.js';
import { DAY_MS, HOUR_MS, formatTimestamp } from '../util/time.js';
import type { SeedUnit } from './seed.js';
import { communeCommittee, unitInSentence } from './vocabulary.js';

export const NEWS_CATEGORIES = [
  { id: 'thong-bao', vi: 'Thông báo', en: 'Announcements' },
  { id: 'su-kien', vi: 'Sự kiện', en: 'Events' },
  { id: 'chinh-sach', vi: 'Chính sách', en: 'Policy' },
  { id: 'moi-truong', vi: 'Môi trường', en: 'Environment' },
  { id: 'van-hoa-du-lich', vi: 'Văn hóa – Du lịch', en: 'Culture and tourism' },
  { id: 'chuyen-doi-so', vi: 'Chuyển đổi số', en: 'Digital services' },
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
    'su-kien',
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
    'van-hoa-du-lich',
    'Cát Bà vào mùa du lịch hè, tăng cường kiểm tra giá dịch vụ',
    'Lực lượng chức năng kiểm tra niêm yết giá tại các cơ sở lưu trú và nhà hàng.',
  ],
  [
    'chinh-sach',
    'Hỗ trợ hộ nghèo, cận nghèo mua thẻ bảo hiểm y tế',
    'Chính sách hỗ trợ áp dụng cho các hộ có tên trong danh sách đã được phê duyệt.',
  ],
  [
    'moi-truong',
    'Khuyến cáo người dân phân loại rác tại nguồn',
    'Rác được phân thành rác hữu cơ, rác tái chế và rác còn lại.',
  ],
  [
    'su-kien',
    'Giải chạy vì cộng đồng vòng quanh hồ Tam Bạc',
    'Giải chạy quy tụ hàng nghìn vận động viên chuyên và không chuyên.',
  ],
  [
    'thong-bao',
    'Cảnh báo mưa lớn, nguy cơ ngập úng cục bộ tại khu vực nội thành',
    'Người dân cần theo dõi bản tin thời tiết và hạn chế di chuyển qua các điểm ngập.',
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
    'thong-bao',
    '{Unit} thông báo lịch tạm ngừng cấp điện để bảo dưỡng lưới điện',
    'Việc tạm ngừng cấp điện nhằm bảo dưỡng, sửa chữa đường dây; người dân chủ động sắp xếp sinh hoạt.',
  ],
  [
    'chinh-sach',
    '{Unit} công khai danh mục thủ tục hành chính tiếp nhận tại bộ phận một cửa',
    'Danh mục gồm các thủ tục về hộ tịch, chứng thực, đất đai, bảo trợ xã hội.',
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

/** News without origin-dependent URLs; `{origin}` is filled in when served. */
export type NewsRecord = NewsArticle;

/**
 * City-wide articles and one or more per commune (xã Bình Giang has several), newest first.
 * Every fourth body carries hostile markup, for the widgets' sanitiser.
 */
export function generateNews(opts: { seed: number; now: number; units: readonly SeedUnit[] }): NewsRecord[] {
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
      publishedAt: formatTimestamp(opts.now - ageDays * DAY_MS - Math.floor(rng() * 10 * HOUR_MS)),
      categoryId: cat.id,
      categoryName: cat.vi,
      unitCode: unit?.code ?? null,
      sample: true,
      bodyHtml: fill(lead),
      author: unit ? communeCommittee(unit) : 'Cổng thông tin điện tử thành phố (dữ liệu mẫu)',
      sourceUrl: null,
    });
  };
  for (let round = 0; round < 3; round++) {
    for (const topic of CITY_TOPICS) add(null, topic, rng() * 120);
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
  items.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  return items.map((item, k) => {
    const id = `news-${k + 1}`;
    return {
      id,
      ...item,
      bodyHtml: body(rng, item.title, item.bodyHtml, k % 4 === 1, '{image}'),
    };
  });
}
