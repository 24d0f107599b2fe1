import * as z from 'zod/mini';
import { CursorParam, LimitParam, TextQueryParam } from './common.js';
import { endpoint } from './endpoint.js';

/**
 * Administrative procedures (thủ tục hành chính) as the National Public Service Portal
 * (Cổng Dịch vụ công quốc gia, dichvucong.gov.vn) publishes them. Only what the portal states
 * is carried: a field the portal leaves empty is `null` or an empty list, never filled in.
 * The portal publishes in Vietnamese only; fixed labels (levels, subjects, channels) come in both
 * languages.
 */

/** Levels of government that perform a procedure. */
export const PROCEDURE_LEVELS = {
  commune: { vi: 'Cấp xã', en: 'Commune level' },
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  ministry: { vi: 'Cấp bộ', en: 'Ministry level' },
  other: { vi: 'Cơ quan khác', en: 'Other bodies' },
} as const;
export const ProcedureLevel = z.enum(['commune', 'province', 'ministry', 'other']);
export type ProcedureLevel = z.infer<typeof ProcedureLevel>;

/** How a dossier can be filed: `in_person` (trực tiếp), `online` (trực tuyến), `post` (bưu chính). */
export const ProcedureChannelId = z.enum(['in_person', 'online', 'post']);
export type ProcedureChannelId = z.infer<typeof ProcedureChannelId>;

/** Who a procedure is for (đối tượng thực hiện), e.g. `citizen` = Công dân Việt Nam. */
export const ProcedureSubject = z.object({
  /** Stable id, e.g. `citizen`, `enterprise`, `cooperative`. */
  id: z.string(),
  /** The portal's label, e.g. `Công dân Việt Nam`. */
  name: z.string(),
  nameEn: z.string(),
});
export type ProcedureSubject = z.infer<typeof ProcedureSubject>;

/** Where the catalogue comes from, to be shown with it (the credit its publisher asks for). */
export const ProcedureSource = z.object({
  /** `Cổng Dịch vụ công quốc gia`. */
  name: z.string(),
  nameEn: z.string(),
  /** The portal's address. */
  url: z.string(),
  /** When the catalogue was read from the portal, `YYYY-MM-DD`. */
  retrieved: z.string(),
  /** One line to show wherever procedures are shown. */
  credit: z.string(),
  creditEn: z.string(),
  /** The terms of use, as stated by the source. */
  licence: z.string(),
});
export type ProcedureSource = z.infer<typeof ProcedureSource>;

/** A procedure in search results. */
export const ProcedureSummary = z.object({
  /** The national procedure code, also the id: `1.001193`. */
  id: z.string(),
  /** National procedure code (mã thủ tục), e.g. `1.001193`. */
  code: z.string(),
  /** Name as published, e.g. `Thủ tục đăng ký khai sinh`. */
  name: z.string(),
  /** Field (lĩnh vực), e.g. `Hộ tịch`. */
  field: z.string(),
  /** Id of the field for filtering: its name as a slug, e.g. `ho-tich`. */
  fieldId: z.string(),
  /** Levels that perform it; every procedure here includes `commune`. */
  levels: z.array(ProcedureLevel),
  /** Ids of who it is for, see {@link ProcedureSubject}. */
  subjects: z.array(z.string()),
  /** Dossiers can be filed online (the portal lists a `Trực tuyến` channel). */
  onlineAvailable: z.boolean(),
  /** The agency that handles it, as the portal names it; null when the portal names none. */
  agency: z.nullable(z.string()),
  /** The procedure's page on the national portal (where to file online). */
  portalUrl: z.string(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcessingTime = z.object({
  value: z.number().check(z.nonnegative()),
  unit: z.enum(['working_days', 'days', 'hours']),
  /** In Vietnamese, e.g. `3 ngày làm việc`. */
  text: z.string(),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

/** One way to file, with its processing time and fee. */
export const ProcedureChannel = z.object({
  channel: ProcedureChannelId,
  /** `Trực tiếp`, `Trực tuyến`, `Dịch vụ bưu chính`. */
  name: z.string(),
  nameEn: z.string(),
  /** Null when the portal gives none, or a number without a unit that the procedure's text does not explain. */
  processingTime: z.nullable(ProcessingTime),
  /** Null when the portal gives no fee. */
  fee: z.nullable(
    z.object({
      /** Amount in VND: 0 when free (`Miễn phí`), null when it is set locally or not stated. */
      amountVnd: z.nullable(z.int().check(z.nonnegative())),
      /** As stated, e.g. `Miễn phí`, `70.000 đồng`. */
      text: z.string(),
    }),
  ),
  /** The portal's notes on this channel (fee rules, exemptions, deadlines), Vietnamese. */
  notes: z.array(z.string()),
});
export type ProcedureChannel = z.infer<typeof ProcedureChannel>;

export const RequiredPaper = z.object({
  name: z.string(),
  /** Originals (bản chính) to file. */
  original: z.int().check(z.nonnegative()),
  /** Copies (bản sao) to file. */
  copies: z.int().check(z.nonnegative()),
});
export type RequiredPaper = z.infer<typeof RequiredPaper>;

/** Papers under one heading of the portal (`Giấy tờ phải nộp`, `Lưu ý`, a case…). */
export const RequiredPaperGroup = z.object({
  /** The heading, or null for the main list. */
  title: z.nullable(z.string()),
  /** `notes`: the group holds remarks (`Lưu ý`), not papers to bring. */
  kind: z.enum(['papers', 'notes']),
  papers: z.array(RequiredPaper),
});
export type RequiredPaperGroup = z.infer<typeof RequiredPaperGroup>;

/** A procedure with everything its detail view shows. */
export const Procedure = z.extend(ProcedureSummary, {
  channels: z.array(ProcedureChannel),
  requiredPapers: z.array(RequiredPaperGroup),
  /** What the citizen receives (kết quả thực hiện). */
  results: z.array(z.object({ name: z.string(), code: z.nullable(z.string()) })),
  /** Legal basis (căn cứ pháp lý): document codes, with the title the portal gives where it gives one. */
  legalBasis: z.array(z.object({ code: z.string(), title: z.nullable(z.string()) })),
  /** Steps (trình tự thực hiện), one paragraph each, Vietnamese. */
  steps: z.array(z.string()),
  /** The steps were cut in the source: the portal page has the rest. */
  stepsTruncated: z.boolean(),
  /** Conditions (yêu cầu, điều kiện), when the portal states any. */
  conditions: z.nullable(z.string()),
  conditionsTruncated: z.boolean(),
  /** The decision that published the procedure, e.g. `163/QĐ-BTP`. */
  publishingDecision: z.nullable(z.string()),
  /** Who it is for, with labels. */
  subjectDetails: z.array(ProcedureSubject),
  source: ProcedureSource,
});
export type Procedure = z.infer<typeof Procedure>;

const FacetCount = z.object({
  /** The filter value to send. */
  value: z.string(),
  /** Vietnamese label. */
  label: z.string(),
  labelEn: z.string(),
  /** Matching procedures with this value (given the other filters). */
  count: z.int().check(z.nonnegative()),
});
export type ProcedureFacetCount = z.infer<typeof FacetCount>;

/** A page of search results, with the count of every match and facet counts. */
export const ProcedurePage = z.object({
  items: z.array(ProcedureSummary),
  nextCursor: z.nullable(z.string()),
  /** Every match, across pages. */
  total: z.int().check(z.nonnegative()),
  /**
   * Counts per filter value. Each facet counts with the other filters applied but not its own,
   * so that a chosen field still shows what the other fields hold.
   */
  facets: z.object({
    field: z.array(FacetCount),
    subject: z.array(FacetCount),
    level: z.array(FacetCount),
    online: z.array(FacetCount),
  }),
  source: ProcedureSource,
});
export type ProcedurePage = z.infer<typeof ProcedurePage>;

export const ProcedureSearchQuery = z.object({
  /**
   * Text as citizens type it: tone marks, đ/d and case are ignored, words in any order; a code
   * (`1.001193`) finds that procedure. Ranked: exact code, then name starting with the words,
   * then names with all the words, then some.
   */
  q: z.optional(TextQueryParam),
  /** Field id (`ho-tich`) or name (`Hộ tịch`); comma-separated for several. */
  field: z.optional(z.string().check(z.maxLength(500))),
  /** Subject id (`citizen`); comma-separated for several (any of them). */
  subject: z.optional(z.string().check(z.maxLength(300))),
  /** `commune`, `province`, `ministry` or `other`. */
  level: z.optional(ProcedureLevel),
  /** `true`: only procedures that can be filed online; `false`: only those that cannot. */
  online: z.optional(z.enum(['true', 'false'])),
  cursor: z.optional(CursorParam),
  limit: z.optional(LimitParam),
});

export const procedureEndpoints = {
  search: endpoint({
    id: 'procedures.search',
    method: 'GET',
    path: '/v1/procedures',
    tag: 'procedures',
    summary: 'Search procedures as citizens type (tone marks ignored), with filters, counts and facets',
    query: ProcedureSearchQuery,
    response: ProcedurePage,
  }),
  get: endpoint({
    id: 'procedures.get',
    method: 'GET',
    path: '/v1/procedures/{id}',
    tag: 'procedures',
    summary: 'Get a procedure by its national code (`1.001193`)',
    params: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }),
    response: Procedure,
  }),
};
