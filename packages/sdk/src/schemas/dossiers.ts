import * as z from 'zod/mini';
import { TEXT_LIMITS } from '../limits.js';
import { citizenText } from './citizen-text.js';
import { CalendarDate, CursorParam, LimitParam, Timestamp, page } from './common.js';
import { endpoint } from './endpoint.js';

/**
 * The ten dossier status codes of the national public service portal
 * (Cổng Dịch vụ công quốc gia). "Trễ hạn" (overdue) is not a status: the client computes
 * it from `dueAt` and `holidays` at the time of viewing ({@link dossierDeadline}).
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
  /** The agency or desk that acted (never a citizen). */
  actor: z.nullable(z.string()),
  note: z.nullable(z.string()),
});
export type DossierEvent = z.infer<typeof DossierEvent>;

/** A paper the agency asks for at status 5 (Yêu cầu bổ sung giấy tờ). */
export const RequestedPaper = z.object({
  /** As the procedure's list names it. */
  name: z.string(),
  /** Originals (bản chính) to bring. */
  original: z.int().check(z.nonnegative()),
  /** Copies (bản sao) to bring. */
  copies: z.int().check(z.nonnegative()),
  /** What is wrong or missing, e.g. `Bản sao chưa được chứng thực`. */
  note: z.nullable(z.string()),
});
export type RequestedPaper = z.infer<typeof RequestedPaper>;

/** What the agency asked for at status 5: the papers, why, and by when. */
export const DossierSupplement = z.object({
  requestedAt: Timestamp,
  /** The agency's reason, in Vietnamese. */
  reason: z.string(),
  papers: z.array(RequestedPaper),
  /** Bring or upload them by this date (inclusive); null when the agency set none. */
  deadline: z.nullable(CalendarDate),
  /** Where to bring them (the receiving desk); they can also be uploaded where `online` is true. */
  place: z.string(),
  /** The papers can be sent online on the national portal (the procedure has an online channel). */
  online: z.boolean(),
});
export type DossierSupplement = z.infer<typeof DossierSupplement>;

/** A way to pay a fee. */
export const PaymentMethod = z.object({
  /** `online`: a payment page; `counter`: pay at the desk; `transfer`: bank transfer to the agency. */
  kind: z.enum(['online', 'counter', 'transfer']),
  name: z.string(),
  nameEn: z.string(),
  /** The payment page (absolute URL) for `online`; null otherwise. */
  url: z.nullable(z.string()),
  /** Where or how, in Vietnamese (the desk, the account). */
  details: z.nullable(z.string()),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** The fee due at status 6 (Yêu cầu thực hiện nghĩa vụ tài chính). */
export const DossierPayment = z.object({
  /** Total due, VND. */
  amountVnd: z.int().check(z.nonnegative()),
  items: z.array(z.object({ description: z.string(), amountVnd: z.int().check(z.nonnegative()) })),
  /** Pay by this date (inclusive); null when none was set. */
  deadline: z.nullable(CalendarDate),
  /** The payment reference to quote (the dossier code unless the agency gives another). */
  reference: z.string(),
  methods: z.array(PaymentMethod),
});
export type DossierPayment = z.infer<typeof DossierPayment>;

/** Where and when the result is collected (statuses 9 and 10). */
export const DossierResultPickup = z.object({
  /** What is handed over, from the procedure's results, e.g. `Giấy khai sinh`. */
  result: z.string(),
  /** `in_person`: at the desk; `post`: sent by post; `online`: an electronic result on the portal. */
  channel: z.enum(['in_person', 'post', 'online']),
  /** The desk, e.g. `Bộ phận Một cửa, UBND xã Bình Giang`. */
  place: z.string(),
  /** Street address, when known. */
  address: z.nullable(z.string()),
  /** Opening hours, in Vietnamese. */
  hours: z.string(),
  /** Collect from (the appointment on the receipt). */
  from: Timestamp,
  /** Collect by, when the agency set a limit. */
  until: z.nullable(Timestamp),
  /** What to bring to collect it. */
  bring: z.array(z.string()),
  /** When it was collected or delivered (status 10); null before. */
  collectedAt: z.nullable(Timestamp),
});
export type DossierResultPickup = z.infer<typeof DossierResultPickup>;

/** A dossier as anyone holding its code may see it: personal data masked. */
export const DossierPublic = z.object({
  /** The dossier code in canonical form, e.g. `000.00.01.H26-260930-0012`. */
  code: z.string(),
  /** When the dossier was received (from the code). */
  receivedDate: CalendarDate,
  /** The procedure's national code (`1.001193`): `procedures.get(procedureId)` gives its detail. */
  procedureId: z.string(),
  procedureName: z.string(),
  /** The receiving agency. */
  agency: z.string(),
  /** The desk that received and handles it, e.g. `Bộ phận Một cửa, UBND xã Bình Giang`. */
  desk: z.string(),
  status: DossierStatus,
  submittedAt: Timestamp,
  /**
   * When the result is due (null when the procedure has no deadline). Whether it is late, and by
   * how many working days, depends on when it is viewed: see {@link dossierDeadline}.
   */
  dueAt: z.nullable(Timestamp),
  /**
   * Public holidays (weekdays off) from the received date to a year after the due date, for
   * counting working days; Saturdays and Sundays are never working days.
   */
  holidays: z.array(CalendarDate),
  /** When the result was ready or processing ended (statuses 3, 7, 8, 9, 10); null while open. */
  completedAt: z.nullable(Timestamp),
  /** The applicant's name, masked (`Ng*** V** A*`). */
  applicantName: z.string(),
  timeline: z.array(DossierEvent),
  /** At status 5: the papers asked for. Null otherwise. */
  supplement: z.nullable(DossierSupplement),
  /** At status 6: the fee due and how to pay. Null otherwise. */
  payment: z.nullable(DossierPayment),
  /** At statuses 9 and 10: where and when to collect the result. Null otherwise. */
  resultPickup: z.nullable(DossierResultPickup),
  /** Whether the owner has rated the service. */
  rated: z.boolean(),
  /** The owner may rate it now: status 10 and not rated yet. */
  rateable: z.boolean(),
  sample: z.boolean(),
});
export type DossierPublic = z.infer<typeof DossierPublic>;

/**
 * The criteria of the national survey of satisfaction with public administrative services
 * (the five factors of the Đề án đo lường sự hài lòng, Quyết định 2640/QĐ-BNV, 10/10/2017).
 */
export const DOSSIER_RATING_CRITERIA = {
  access: { vi: 'Tiếp cận dịch vụ hành chính công', en: 'Access to the public service' },
  procedure: { vi: 'Thủ tục hành chính', en: 'The administrative procedure' },
  official: { vi: 'Công chức trực tiếp giải quyết công việc', en: 'The official who handled the case' },
  result: { vi: 'Kết quả cung ứng dịch vụ hành chính công', en: 'The result delivered' },
  feedback: {
    vi: 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị',
    en: 'Handling of comments, complaints and requests',
  },
} as const;
export type DossierRatingCriterionId = keyof typeof DOSSIER_RATING_CRITERIA;
export const DossierRatingCriterionId = z.enum(['access', 'procedure', 'official', 'result', 'feedback']);

/** The five-point scale of the survey: 1 Rất không hài lòng … 5 Rất hài lòng. */
export const DOSSIER_RATING_SCALE = {
  1: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
  2: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  3: { vi: 'Bình thường', en: 'Neutral' },
  4: { vi: 'Hài lòng', en: 'Satisfied' },
  5: { vi: 'Rất hài lòng', en: 'Very satisfied' },
} as const;

/** The criteria and scale, for building the rating form. */
export const DossierRatingCriteria = z.object({
  criteria: z.array(z.object({ id: DossierRatingCriterionId, name: z.string(), nameEn: z.string() })),
  scale: z.array(z.object({ value: z.int(), name: z.string(), nameEn: z.string() })),
  /** Where the criteria come from. */
  source: z.string(),
});
export type DossierRatingCriteria = z.infer<typeof DossierRatingCriteria>;

/** The official who handled a dossier, shown to its owner (for "Đánh giá cán bộ"). */
export const DossierOfficial = z.object({
  name: z.string(),
  /** Position, e.g. `Công chức Bộ phận Một cửa`. */
  position: z.string(),
  /** The desk they work at. */
  desk: z.string(),
});
export type DossierOfficial = z.infer<typeof DossierOfficial>;

/** A rating as recorded: each criterion's score and comment, and who was rated. */
export const DossierRatingRecord = z.object({
  criteria: z.array(
    z.object({
      id: DossierRatingCriterionId,
      name: z.string(),
      score: z.int().check(z.gte(1), z.lte(5)),
      comment: z.nullable(z.string()),
    }),
  ),
  /** Mean of the scores, one decimal. */
  average: z.number(),
  comment: z.nullable(z.string()),
  /** The official rated (null when the dossier names none); the desk otherwise. */
  official: z.nullable(DossierOfficial),
  desk: z.string(),
  at: Timestamp,
});
export type DossierRatingRecord = z.infer<typeof DossierRatingRecord>;

/** The owner's view: personal data in full. */
export const Dossier = z.extend(DossierPublic, {
  applicantPhone: z.nullable(z.string()),
  applicantAddress: z.nullable(z.string()),
  /** Papers submitted. */
  documents: z.array(z.object({ name: z.string(), received: z.boolean() })),
  /** The official handling it (owner only). */
  official: z.nullable(DossierOfficial),
  rating: z.nullable(DossierRatingRecord),
});
export type Dossier = z.infer<typeof Dossier>;

// Cleaned, then counted as the citizen sees it (`TEXT_LIMITS.dossiers.ratingComment`, at most 1000).
const Comment = citizenText(TEXT_LIMITS.dossiers.ratingComment);

/**
 * A rating of how a dossier was handled (đánh giá mức độ hài lòng): every criterion of
 * {@link DOSSIER_RATING_CRITERIA} once, each 1–5 with an optional comment.
 */
export const DossierRating = z.object({
  criteria: z
    .array(
      z.object({
        id: DossierRatingCriterionId,
        /** 1 (Rất không hài lòng) … 5 (Rất hài lòng). */
        score: z.int().check(z.gte(1), z.lte(5)),
        comment: z.optional(Comment),
      }),
    )
    .check(
      z.refine(
        (list) =>
          list.length === Object.keys(DOSSIER_RATING_CRITERIA).length &&
          new Set(list.map((c) => c.id)).size === list.length,
        'rate each of the five criteria exactly once',
      ),
    ),
  /** An overall comment. */
  comment: z.optional(Comment),
});
export type DossierRating = z.infer<typeof DossierRating>;

const Code = z.object({ code: z.string().check(z.minLength(1), z.maxLength(60)) });

export const dossierEndpoints = {
  lookup: endpoint({
    id: 'dossiers.lookup',
    method: 'GET',
    path: '/v1/dossiers/{code}',
    tag: 'dossiers',
    summary: 'Look a dossier up by its code (personal data masked)',
    params: Code,
    response: DossierPublic,
    rateLimited: true,
  }),
  mine: endpoint({
    id: 'dossiers.mine',
    method: 'GET',
    path: '/v1/me/dossiers',
    tag: 'dossiers',
    summary: "The signed-in citizen's dossiers, newest first, unmasked",
    query: z.object({ cursor: z.optional(CursorParam), limit: z.optional(LimitParam) }),
    response: page(Dossier),
    auth: 'required',
  }),
  ratingCriteria: endpoint({
    id: 'dossiers.ratingCriteria',
    method: 'GET',
    path: '/v1/dossiers/rating-criteria',
    tag: 'dossiers',
    summary: 'The criteria and scale of the satisfaction rating (Quyết định 2640/QĐ-BNV)',
    response: DossierRatingCriteria,
  }),
  rate: endpoint({
    id: 'dossiers.rate',
    method: 'POST',
    path: '/v1/dossiers/{code}/rating',
    tag: 'dossiers',
    summary: 'Rate a dossier of yours whose result was returned (status 10), once: 409 after',
    params: Code,
    body: DossierRating,
    response: Dossier,
    auth: 'required',
  }),
};
