import type { SharedStrings } from '../types.js';

/** Vietnamese, the default language (NFC): the strings every widget shares. */
const vi: SharedStrings = {
  state: {
    loading: 'Đang tải…',
    empty: 'Chưa có dữ liệu.',
    retry: 'Thử lại',
    offline: 'Bạn đang ngoại tuyến. Nội dung sẽ được cập nhật khi có mạng trở lại.',
  },
  error: {
    network: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng.',
    offline: 'Bạn đang ngoại tuyến, chưa tải được nội dung.',
    timeout: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
    notFound: 'Không tìm thấy dữ liệu được yêu cầu.',
    unauthorized: 'Bạn cần đăng nhập để xem nội dung này.',
    rateLimited: 'Có quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.',
    rateLimitedRetryAfter: 'Có quá nhiều yêu cầu. Vui lòng thử lại sau {seconds} giây.',
    badRequest: 'Yêu cầu không hợp lệ.',
    server: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
    contract: 'Dữ liệu nhận được không đúng định dạng. Vui lòng thử lại sau.',
    unknown: 'Đã có lỗi xảy ra.',
  },
  unitType: {
    xã: 'Xã',
    phường: 'Phường',
    'đặc khu': 'Đặc khu',
  },
};

export default vi;
