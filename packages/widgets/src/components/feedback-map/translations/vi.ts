import type { MarkerMapStrings } from '../../../internal/marker-map/marker-map.translations.js';
import markerMap from '../../../internal/marker-map/translations/vi.js';
import type { FeedbackMapStrings } from '../feedback-map.translations.js';

/** Vietnamese, the default language (NFC): the strings of <shp-feedback-map>. */
const vi: { feedbackMap: FeedbackMapStrings; markerMap: MarkerMapStrings } = {
  // The shared map's words (MapLibre's included) come in this chunk.
  ...markerMap,
  feedbackMap: {
    label: 'Bản đồ phản ánh',
    mapLabel: 'Bản đồ phản ánh. Dùng phím mũi tên để di chuyển, + và − để phóng to, thu nhỏ.',
    cluster: { other: '{count} phản ánh. Phóng to để xem' },
    pin: 'Phản ánh {category}, {status}',
    pinApproximate: 'Phản ánh {category}, {status}, vị trí gần đúng',
    approximate: 'Vị trí gần đúng',
    approximateNote: 'Phản ánh không có vị trí chính xác; điểm trên bản đồ là trung tâm của {unit}.',
    location: 'Vị trí',
    legend: 'Chú giải trạng thái',
    legendCluster: 'Nhóm phản ánh (số lượng)',
    filters: 'Bộ lọc',
    category: 'Lĩnh vực',
    status: 'Trạng thái',
    all: 'Tất cả',
    from: 'Từ ngày',
    to: 'Đến ngày',
    resetFilters: 'Đặt lại bộ lọc',
    list: 'Danh sách phản ánh trong khung nhìn',
    listCount: { zero: 'Không có phản ánh nào trong khung nhìn', other: '{count} phản ánh trong khung nhìn' },
    listShown: 'Đang hiện {shown}/{count}',
    loadMore: 'Xem thêm phản ánh',
    noReports: 'Không có phản ánh nào phù hợp với bộ lọc trong khung nhìn này.',
    answered: 'Đã có trả lời',
    photos: { other: '{count} ảnh' },
    back: 'Quay lại danh sách',
    details: 'Chi tiết phản ánh',
    trackingCode: 'Mã phản ánh',
    commune: 'Xã, phường',
    date: 'Ngày gửi',
    timeline: 'Quá trình xử lý',
    answer: 'Trả lời của cơ quan chức năng',
    noAnswer: 'Chưa có trả lời.',
    answeredBy: '{agency}, ngày {date}',
    photo: 'Ảnh {index}/{count}',
    openPhoto: 'Xem ảnh {index}/{count} toàn màn hình',
    closePhoto: 'Đóng ảnh',
    share: 'Liên kết chia sẻ',
    copyLink: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết.',
    pick: 'Phản ánh tại đây',
    sampleData: 'Dữ liệu mẫu',
  },
};

export default vi;
