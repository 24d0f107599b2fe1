import type { NewsFeedStrings } from '../news-feed.translations.js';

/** Vietnamese, the default language (NFC): the strings of <shp-news-feed>. */
const vi: { newsFeed: NewsFeedStrings } = {
  newsFeed: {
    label: 'Tin tức',
    category: 'Chuyên mục',
    allCategories: 'Tất cả chuyên mục',
    more: 'Xem thêm',
    loadingMore: 'Đang tải thêm tin…',
    added: 'Đã tải thêm {count} tin.',
    end: { zero: 'Chưa có tin tức.', other: 'Đã hiển thị tất cả {count} tin.' },
    empty: 'Chưa có tin tức.',
    emptyCategory: 'Chưa có tin trong chuyên mục này.',
    cityWide: 'Toàn thành phố',
    sample: 'Dữ liệu mẫu',
    back: 'Quay lại danh sách tin',
    source: 'Nguồn',
    author: 'Tác giả',
    readOriginal: 'Xem bài gốc',
    republishedFrom: 'Đăng lại từ',
    share: 'Liên kết chia sẻ',
    copy: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết.',
    externalLink: '(trang ngoài, mở trong thẻ mới)',
    loadedAt: 'Tin đã tải lúc {time}',
    feedNotXml: 'Nguồn tin RSS/Atom của xã không đọc được: tài liệu không phải XML.',
    feedNotAFeed: 'Địa chỉ nguồn tin của xã không phải là RSS hoặc Atom.',
    feedTooLarge: 'Nguồn tin RSS/Atom của xã quá lớn để hiển thị.',
    feedUnreachable: 'Không tải được nguồn tin RSS/Atom của xã.',
    feedPartial: 'Chưa đọc được nguồn tin riêng của xã; đang hiển thị tin từ hệ thống chung.',
    noFeed: 'Chưa đặt địa chỉ nguồn tin (feed-url).',
  },
};

export default vi;
