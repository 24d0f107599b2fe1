import * as z from 'zod/mini';
import { TEXT_LIMITS } from '../limits.js';
import { CalendarDate, Timestamp, citizenText, list } from './common.js';
import { endpoint } from './endpoint.js';

/**
 * The ten dossier status codes of the national public service portal
 * (Cổng Dịch vụ công quốc gia). "Trễ hạn" (overdue) is not a status: it is the
 * `overdue` flag, from the due date.
 */
export const DOSSIER_STATUSES = {
  1: { vi: 'Mới đăng ký', en: 'Newly registered' },
  2: { vi: 'Được tiếp nhận', en: 'Accepted' },
  3: { vi: 'Không được tiếp nhận', en: 'Not accepted' },
  4: { vi: 'Đang xử lý', en: 'Being processed' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Additional papers requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment of fees requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn at the citizen’s request' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
} as const satisfies Record<number, { vi: string; en: string }>;
export type DossierStatusCode = keyof typeof DOSSIER_STATUSES;

/** A dossier status: the national code, its name, and the provider's own wording kept beside it. */
export const DossierStatus = z.object({
  /** National status code 1…10. */
  code: z.int().check(z.gte(1), z.lte(10)),
  /** The national name in Vietnamese. */
  name: z.string(),
  /** The status exactly as the provider's system wrote it. */
  raw: z.string(),
});
export type DossierStatus = z.infer<typeof DossierStatus>;

export const DossierEvent = z.object({
  status: DossierStatus,
  at: Timestamp,
  /** The agency or desk that acted. */
  actor: z.nullable(z.string()),
  note: z.nullable(z.string()),
});
export type DossierEvent = z.infer<typeof DossierEvent>;

/** A dossier as anyone holding its code may see it: personal data masked. */
export const DossierPublic = z.object({
  /** The dossier code in canonical form, e.g. `000.00.01.H26-260930-0012`. */
  code: z.string(),
  /** When the dossier was received (from the code). */
  receivedDate: CalendarDate,
  procedureId: z.string(),
  procedureName: z.string(),
  /** The receiving agency. */
  agency: z.string(),
  status: DossierStatus,
  submittedAt: Timestamp,
  /** When the result is due (null when the procedure has no deadline). */
  dueAt: z.nullable(Timestamp),
  /** Past the due date and not yet done. */
  overdue: z.boolean(),
  /** When the result was returned or processing ended. */
  completedAt: z.nullable(Timestamp),
  /** The applicant's name, masked (`Ng*** V** A*`). */
  applicantName: z.string(),
  timeline: z.array(DossierEvent),
  /** Whether the owner has rated the service. */
  rated: z.boolean(),
  sample: z.boolean(),
});
export type DossierPublic = z.infer<typeof DossierPublic>;

/** The owner's view: personal data in full. */
export const Dossier = z.extend(DossierPublic, {
  applicantPhone: z.nullable(z.string()),
  applicantAddress: z.nullable(z.string()),
  /** Papers submitted. */
  documents: z.array(z.object({ name: z.string(), received: z.boolean() })),
  rating: z.nullable(z.object({ score: z.int(), comment: z.nullable(z.string()), at: Timestamp })),
});
export type Dossier = z.infer<typeof Dossier>;

/** A rating of how the dossier was handled (đánh giá mức độ hài lòng). */
export const DossierRating = z.object({
  /** 1 (very dissatisfied) … 5 (very satisfied). */
  score: z.int().check(z.gte(1), z.lte(5)),
  /** At most 1000 characters (`TEXT_LIMITS.dossiers.ratingComment`). */
  comment: z.optional(citizenText(TEXT_LIMITS.dossiers.ratingComment)),
});
export type DossierRating = z.infer<typeof DossierRating>;

export const dossierEndpoints = {
  lookup: endpoint({
    id: 'dossiers.lookup',
    method: 'GET',
    path: '/v1/dossiers/{code}',
    tag: 'dossiers',
    summary: 'Look a dossier up by its code (personal data masked)',
    params: z.object({ code: z.string().check(z.minLength(1), z.maxLength(60)) }),
    response: DossierPublic,
    rateLimited: true,
  }),
  mine: endpoint({
    id: 'dossiers.mine',
    method: 'GET',
    path: '/v1/me/dossiers',
    tag: 'dossiers',
    summary: "The signed-in citizen's dossiers, newest first",
    response: list(Dossier),
    auth: 'required',
  }),
  rate: endpoint({
    id: 'dossiers.rate',
    method: 'POST',
    path: '/v1/dossiers/{code}/rating',
    tag: 'dossiers',
    summary: 'Rate how a dossier of yours was handled',
    params: z.object({ code: z.string().check(z.minLength(1), z.maxLength(60)) }),
    body: DossierRating,
    response: Dossier,
    auth: 'required',
  }),
};
