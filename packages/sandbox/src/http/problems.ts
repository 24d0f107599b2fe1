import type { Problem } from '@smart-haiphong/sdk';

export type Lang = 'vi' | 'en';

/** Pick Vietnamese or English from `Accept-Language` (Vietnamese unless English comes first). */
export function pickLang(header: string | null): Lang {
  if (!header) return 'vi';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((l) => l.tag.startsWith('vi') || l.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'vi';
}

const TITLES: Record<string, { vi: string; en: string }> = {
  validation_failed: { vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request is not valid' },
  invalid_json: { vi: 'Nội dung không phải JSON hợp lệ', en: 'The body is not valid JSON' },
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  method_not_allowed: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  unauthorized: { vi: 'Cần đăng nhập', en: 'Sign-in required' },
  invalid_token: { vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn', en: 'The access token is invalid or expired' },
  forbidden: { vi: 'Không có quyền', en: 'Forbidden' },
  rate_limited: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  idempotency_key_required: { vi: 'Thiếu khóa Idempotency-Key', en: 'The Idempotency-Key header is required' },
  idempotency_key_reused: {
    vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác',
    en: 'The Idempotency-Key was used for a different request',
  },
  unsupported_media_type: { vi: 'Định dạng không được hỗ trợ', en: 'Unsupported media type' },
  payload_too_large: { vi: 'Tệp quá lớn', en: 'Payload too large' },
  outside_city: { vi: 'Vị trí nằm ngoài thành phố Hải Phòng', en: 'The location is outside Hải Phòng' },
  invalid_dossier_code: { vi: 'Mã hồ sơ không đúng định dạng', en: 'Not a dossier code' },
  conflict: { vi: 'Xung đột trạng thái', en: 'Conflict' },
  already_reported: {
    vi: 'Đơn vị đã gửi báo cáo; hãy sửa báo cáo đã gửi',
    en: 'This body has reported already; correct the report instead',
  },
  not_reported: { vi: 'Đơn vị chưa gửi báo cáo', en: 'This body has not reported yet' },
  deadline_passed: {
    vi: 'Đã quá hạn, không thể sửa báo cáo',
    en: 'The deadline has passed: the report can no longer be corrected',
  },
  bad_request: { vi: 'Yêu cầu không đọc được', en: 'The request cannot be read' },
  invalid_tracking_code: { vi: 'Mã phản ánh không đúng định dạng', en: 'Not a feedback tracking code' },
  already_rated: { vi: 'Hồ sơ đã được đánh giá', en: 'This dossier has been rated already' },
  not_rateable: {
    vi: 'Chỉ đánh giá được hồ sơ đã trả kết quả',
    en: 'Only a dossier whose result was returned can be rated',
  },
  internal_error: { vi: 'Lỗi máy chủ', en: 'Internal server error' },
  service_unavailable: { vi: 'Dịch vụ tạm thời không khả dụng', en: 'Service unavailable' },
  sandbox_response_invalid: {
    vi: 'Câu trả lời của sandbox sai hợp đồng API',
    en: 'The sandbox answer breaks the API contract',
  },
};

export interface ProblemExtras {
  detail?: string;
  param?: string;
  errors?: { param: string; message: string }[];
  headers?: Record<string, string>;
  [key: string]: unknown;
}

/** An RFC 9457 problem answer with a stable `code`. */
export function problem(status: number, code: string, lang: Lang, extras: ProblemExtras = {}): Response {
  const { headers, ...rest } = extras;
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[code]?.[lang] ?? code,
    status,
    code,
    ...rest,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}

/** Thrown from handlers to answer with a problem. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(extras.detail ?? code);
  }
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
