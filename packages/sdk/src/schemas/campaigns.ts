import * as z from 'zod/mini';
import {
  REPORT_MAX_COUNT,
  REPORT_MAX_NAME,
  REPORT_MAX_REASON,
  REPORT_MAX_ROWS,
  checkCampaignReportRow,
} from '../campaign-report-rules.js';
import { CalendarDate, Timestamp, list } from './common.js';
import { endpoint } from './endpoint.js';
import { UnitRef } from './units.js';

/**
 * Rollout campaigns: a commune's dispatch asking its bodies (thôn, schools, the health
 * station, UBND's offices, mass organisations, the police…) to get their staff and the
 * people they serve to install the app and sign in with VNeID, and to report the result
 * on the form of Phụ lục 01 (an appendix of the dispatch) to the office that collects the
 * reports. The sandbox holds one sample campaign, of xã Bình Giang.
 */

/** A deadline of the campaign, shared by one or more groups of bodies. */
export const CampaignDeadline = z.object({
  /** Stable id, e.g. `officials`, `residents`. */
  id: z.string(),
  /** Who it is for, in Vietnamese, e.g. `Cán bộ, công chức, viên chức`. */
  name: z.string(),
  nameEn: z.string(),
  /**
   * The last day (Asia/Ho_Chi_Minh): reports of the groups under it are due by the end of
   * that day, and can be corrected until then.
   */
  dueDate: CalendarDate,
});
export type CampaignDeadline = z.infer<typeof CampaignDeadline>;

/** A group of bodies (thôn, schools, UBND's offices…), each group under one deadline. */
export const CampaignBodyGroup = z.object({
  /** Stable id, e.g. `hamlet`, `school`, `office`. Groups are data, not an enum. */
  id: z.string(),
  /** Vietnamese name, plural, e.g. `Các thôn`. */
  name: z.string(),
  nameEn: z.string(),
  /** Id of its {@link CampaignDeadline}. */
  deadlineId: z.string(),
  /** The deadline's date, repeated for convenience. */
  dueDate: CalendarDate,
});
export type CampaignBodyGroup = z.infer<typeof CampaignBodyGroup>;

/** The dispatch (công văn) that starts the campaign and that every report answers. */
export const CampaignDispatch = z.object({
  /** Its number as printed, e.g. `123/UBND-VHXH`. */
  number: z.string(),
  /** Its date. */
  date: CalendarDate,
  /** The issuing body, e.g. `Ủy ban nhân dân xã Bình Giang`. */
  issuer: z.string(),
  /** Its subject line (trích yếu), Vietnamese. */
  subject: z.string(),
  subjectEn: z.string(),
});
export type CampaignDispatch = z.infer<typeof CampaignDispatch>;

/** A rollout campaign of one commune. */
export const Campaign = z.object({
  /** Stable id, e.g. `binh-giang-2026-smart-haiphong`. */
  id: z.string(),
  /** The commune's official code, e.g. `10966`. */
  unitCode: z.string(),
  /** The commune's name, e.g. `Xã Bình Giang`. */
  unitName: z.string(),
  /** Vietnamese title. */
  title: z.string(),
  titleEn: z.string(),
  dispatch: CampaignDispatch,
  /** Who collects the reports: the body (UBND xã) and its office that handles them. */
  collector: z.object({
    /** e.g. `Ủy ban nhân dân xã Bình Giang`: the report's "Kính gửi". */
    body: z.string(),
    /** e.g. `Phòng Văn hóa – Xã hội`. */
    office: z.string(),
    officeEn: z.string(),
  }),
  /** The default managing body (đơn vị chủ quản) printed above a report's body name. */
  managingBody: z.string(),
  /** The place name printed before the report's date (`Bình Giang, ngày … tháng … năm …`). */
  place: z.string(),
  /** The last day for every report, whatever its group (the dispatch's final deadline). */
  reportDueDate: CalendarDate,
  deadlines: z.array(CampaignDeadline),
  /** Groups of bodies, in the order the dispatch lists them. */
  groups: z.array(CampaignBodyGroup),
  /** How many bodies are expected to report. */
  bodyCount: z.int().check(z.nonnegative()),
  /** True for sample data (dữ liệu mẫu). */
  sample: z.boolean(),
});
export type Campaign = z.infer<typeof Campaign>;

/** A body expected to report (a thôn, a school, an office…). */
export const CampaignBody = z.object({
  /** Stable id within the campaign, e.g. `thon-mau-1`. */
  id: z.string(),
  /** Its name as printed on the report, e.g. `Thôn mẫu 1`, `Trạm Y tế xã`. */
  name: z.string(),
  nameEn: z.string(),
  /** Id of its {@link CampaignBodyGroup}. */
  groupId: z.string(),
  /** Its report is due by the end of this day (its group's deadline). */
  dueDate: CalendarDate,
  /** Its default managing body (đơn vị chủ quản), prefilled in its report's header. */
  managingBody: z.string(),
  /** Title of its head who signs the report, e.g. `TRƯỞNG THÔN` (prefilled). */
  signerTitle: z.string(),
  /** True for sample data: no real thôn or school list was available. */
  sample: z.boolean(),
});
export type CampaignBody = z.infer<typeof CampaignBody>;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max));
const count = z
  .int({ error: 'must be a whole number' })
  .check(
    z.nonnegative({ error: 'must be 0 or more' }),
    z.lte(REPORT_MAX_COUNT, { error: `must be at most ${REPORT_MAX_COUNT}` }),
  );

/**
 * One row of the table as the officer sends it. STT is the row's position. The arithmetic
 * rules of {@link checkCampaignReportRow} run here too, so a refusal names the field:
 * `body.rows.2.installed` with `code: "installed_exceeds_total"` in `errors[]`.
 */
export const CampaignReportRowInput = z
  .object({
    /** Tên đơn vị: the sub-unit counted (a department, a class, a group of households…). */
    name: text(REPORT_MAX_NAME),
    /** Tổng số: people of the sub-unit expected to install, whole number ≥ 0. */
    total: count,
    /** Đã cài đặt: people who installed and signed in with VNeID, ≤ total. */
    installed: count,
    /** Chưa cài đặt: optional; when sent it must equal total − installed. */
    notInstalled: z.optional(count),
    /** Lý do chưa cài đặt: required when installed < total. */
    reason: z.optional(z.string().check(z.trim(), z.maxLength(REPORT_MAX_REASON))),
  })
  .check(
    z.superRefine((row, ctx) => {
      for (const i of checkCampaignReportRow(row)) {
        // `params` carries the rule and both languages; the sandbox answers in the request's language.
        ctx.issues.push({
          code: 'custom',
          path: i.path,
          message: i.en,
          input: row,
          params: { rule: i.rule, vi: i.vi, en: i.en },
        });
      }
    }),
  );
export type CampaignReportRowInput = z.input<typeof CampaignReportRowInput>;

/** A row as stored: Chưa cài đặt computed, STT numbered. */
export const CampaignReportRow = z.object({
  /** STT: 1, 2, 3… in table order. */
  stt: z.int().check(z.positive()),
  name: z.string(),
  total: z.int().check(z.nonnegative()),
  installed: z.int().check(z.nonnegative()),
  /** total − installed. */
  notInstalled: z.int().check(z.nonnegative()),
  /** Null when everyone installed and no reason was given. */
  reason: z.nullable(z.string()),
});
export type CampaignReportRow = z.infer<typeof CampaignReportRow>;

/** The head of the body who signs (and seals) the report. */
export const CampaignReportSigner = z.object({
  /** e.g. `TRƯỞNG THÔN`, `HIỆU TRƯỞNG`, `CHỦ TỊCH`. */
  title: text(100),
  /** Full name. */
  name: text(100),
});
export type CampaignReportSigner = z.infer<typeof CampaignReportSigner>;

/** The header of Phụ lục 01 as the officer fills it (the dispatch answered comes from the campaign). */
export const CampaignReportHeaderInput = z.object({
  /** Đơn vị chủ quản: the managing body printed above the body's name. */
  managingBody: text(200),
  /** The reporting body's name, as printed. */
  bodyName: text(200),
  /** `Số: …/…`, e.g. `05/BC-THCS`; absent when the body does not number its reports. */
  number: z.optional(z.string().check(z.trim(), z.maxLength(50))),
  /** The place name before the date, e.g. `Bình Giang`. */
  place: text(100),
  /** The report's date (ngày … tháng … năm …). */
  date: CalendarDate,
  /** `Kính gửi`: e.g. `Ủy ban nhân dân xã Bình Giang`. */
  recipient: text(200),
});
export type CampaignReportHeaderInput = z.infer<typeof CampaignReportHeaderInput>;

/** A report as an officer sends it (submit and correct). Text is normalised to NFC. */
export const CampaignReportSubmission = z.object({
  header: CampaignReportHeaderInput,
  /** The table, one row per sub-unit, 1–300 rows. */
  rows: z.array(CampaignReportRowInput).check(z.minLength(1, 'add at least one row'), z.maxLength(REPORT_MAX_ROWS)),
  /** Nơi nhận: where copies go, e.g. `["Như trên", "Lưu: VT"]`. */
  recipients: z.array(text(200)).check(z.minLength(1), z.maxLength(10)),
  signer: CampaignReportSigner,
});
export type CampaignReportSubmission = z.input<typeof CampaignReportSubmission>;

const Totals = z.object({
  total: z.int().check(z.nonnegative()),
  installed: z.int().check(z.nonnegative()),
  notInstalled: z.int().check(z.nonnegative()),
});

/** The header as stored: the dispatch answered is the campaign's. */
export const CampaignReportHeader = z.object({
  managingBody: z.string(),
  bodyName: z.string(),
  /** Null when not numbered. */
  number: z.nullable(z.string()),
  place: z.string(),
  date: CalendarDate,
  recipient: z.string(),
  /** The dispatch answered: number and date. */
  dispatch: z.object({ number: z.string(), date: CalendarDate }),
});
export type CampaignReportHeader = z.infer<typeof CampaignReportHeader>;

/** One version of a report: the first submission is version 1, every correction adds one. */
export const CampaignReportVersion = z.object({
  version: z.int().check(z.positive()),
  /** When this version was received. */
  at: Timestamp,
  header: CampaignReportHeader,
  rows: z.array(CampaignReportRow),
  /** The totals row (Tổng cộng). */
  totals: Totals,
  recipients: z.array(z.string()),
  signer: z.object({ title: z.string(), name: z.string() }),
});
export type CampaignReportVersion = z.infer<typeof CampaignReportVersion>;

/** A body's report: its latest version, with the earlier ones kept as history. */
export const CampaignReport = z.extend(CampaignReportVersion, {
  /** `<campaign>/<body>`. */
  id: z.string(),
  campaignId: z.string(),
  bodyId: z.string(),
  /** When version 1 was received. */
  submittedAt: Timestamp,
  /** The body's deadline. */
  dueDate: CalendarDate,
  /** Version 1 arrived after the end of `dueDate`. */
  late: z.boolean(),
  /** Corrections are still accepted (the deadline has not passed). */
  correctable: z.boolean(),
  /** Earlier versions, oldest first (empty until corrected). */
  history: z.array(CampaignReportVersion),
  sample: z.boolean(),
});
export type CampaignReport = z.infer<typeof CampaignReport>;

const Progress = {
  /** Bodies expected to report. */
  expected: z.int().check(z.nonnegative()),
  /** Bodies that have reported. */
  reported: z.int().check(z.nonnegative()),
  /** People counted in the reports (sum of Tổng số). */
  total: z.int().check(z.nonnegative()),
  /** People who installed (sum of Đã cài đặt). */
  installed: z.int().check(z.nonnegative()),
  /** installed / total, 0…1; null when nobody is counted yet. */
  share: z.nullable(z.number().check(z.gte(0), z.lte(1))),
};

/** The public summary: overall progress and progress per group (no names of late bodies). */
export const CampaignSummary = z.object({
  campaignId: z.string(),
  /** The time the figures are for. */
  asOf: Timestamp,
  overall: z.object(Progress),
  groups: z.array(
    z.object({ groupId: z.string(), name: z.string(), nameEn: z.string(), dueDate: CalendarDate, ...Progress }),
  ),
  sample: z.boolean(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

const Lateness = {
  /** Reported after their deadline. */
  late: z.int().check(z.nonnegative()),
  /** Not reported, and their deadline has passed. */
  overdue: z.int().check(z.nonnegative()),
  /** Not reported yet. */
  notReported: z.int().check(z.nonnegative()),
};

/** One body on the collecting office's dashboard. */
export const CampaignDashboardBody = z.object({
  body: CampaignBody,
  reported: z.boolean(),
  /** When version 1 arrived. */
  reportedAt: z.nullable(Timestamp),
  /** The latest version, null when not reported. */
  version: z.nullable(z.int().check(z.positive())),
  /** Reported after the deadline. */
  late: z.boolean(),
  /** Not reported and the deadline has passed. */
  overdue: z.boolean(),
  /** The report's totals row, null when not reported. */
  totals: z.nullable(Totals),
  /** installed / total of its report; null when not reported or total is 0. */
  share: z.nullable(z.number().check(z.gte(0), z.lte(1))),
});
export type CampaignDashboardBody = z.infer<typeof CampaignDashboardBody>;

/** The collecting office's view: who has reported and who has not, by group, against each deadline. */
export const CampaignDashboard = z.object({
  campaignId: z.string(),
  asOf: Timestamp,
  overall: z.object({ ...Progress, ...Lateness }),
  groups: z.array(
    z.object({
      groupId: z.string(),
      name: z.string(),
      nameEn: z.string(),
      dueDate: CalendarDate,
      /** The group's deadline has passed at `asOf`. */
      pastDue: z.boolean(),
      ...Progress,
      ...Lateness,
    }),
  ),
  /** Every body, in the campaign's order (group, then name). */
  bodies: z.array(CampaignDashboardBody),
  sample: z.boolean(),
});
export type CampaignDashboard = z.infer<typeof CampaignDashboard>;

/** A body of the signed-in officer, with its report if sent. */
export const MyCampaignReport = z.object({
  campaign: Campaign,
  body: CampaignBody,
  report: z.nullable(CampaignReport),
  /** A first report or a correction is accepted now (a first report is accepted late too, flagged). */
  canSubmit: z.boolean(),
  canCorrect: z.boolean(),
});
export type MyCampaignReport = z.infer<typeof MyCampaignReport>;

const Id = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/, 'must be an id of lower-case letters, digits and -'));
const CampaignParams = z.object({ campaign: Id });
const BodyParams = z.object({ campaign: Id, body: Id });

/** Extra answers every report write may give. */
const reportWriteProblems = {
  403: 'Signed in, but not the officer of this body (code `forbidden`)',
  409: 'Already reported (`already_reported`: correct it instead), not reported yet (`not_reported`) or past the deadline (`deadline_passed`)',
} as const;

export const campaignEndpoints = {
  list: endpoint({
    id: 'campaigns.list',
    method: 'GET',
    path: '/v1/campaigns',
    tag: 'campaigns',
    summary: 'Rollout campaigns, newest first; `unit` gives one commune’s',
    query: z.object({ unit: z.optional(UnitRef) }),
    response: list(Campaign),
  }),
  get: endpoint({
    id: 'campaigns.get',
    method: 'GET',
    path: '/v1/campaigns/{campaign}',
    tag: 'campaigns',
    summary: 'A campaign: its dispatch, deadlines, groups and collecting office',
    params: CampaignParams,
    response: Campaign,
  }),
  summary: endpoint({
    id: 'campaigns.summary',
    method: 'GET',
    path: '/v1/campaigns/{campaign}/summary',
    tag: 'campaigns',
    summary: 'Public progress of a campaign: overall and per group (no sign-in)',
    params: CampaignParams,
    response: CampaignSummary,
  }),
  bodies: endpoint({
    id: 'campaigns.bodies',
    method: 'GET',
    path: '/v1/campaigns/{campaign}/bodies',
    tag: 'campaigns',
    summary: 'The bodies expected to report, with their group and deadline',
    params: CampaignParams,
    query: z.object({ group: z.optional(Id) }),
    response: list(CampaignBody),
  }),
  dashboard: endpoint({
    id: 'campaigns.dashboard',
    method: 'GET',
    path: '/v1/campaigns/{campaign}/dashboard',
    tag: 'campaigns',
    summary: 'Who has reported and who has not, by group, with late flags (the collecting office)',
    params: CampaignParams,
    response: CampaignDashboard,
    auth: 'required',
    problems: { 403: 'Signed in, but not the collecting office of this commune (code `forbidden`)' },
  }),
  reports: endpoint({
    id: 'campaigns.reports',
    method: 'GET',
    path: '/v1/campaigns/{campaign}/reports',
    tag: 'campaigns',
    summary: 'Every report of a campaign with its rows, in the bodies’ order (the collecting office; for CSV)',
    params: CampaignParams,
    response: list(CampaignReport),
    auth: 'required',
    problems: { 403: 'Signed in, but not the collecting office of this commune (code `forbidden`)' },
  }),
  getReport: endpoint({
    id: 'campaigns.getReport',
    method: 'GET',
    path: '/v1/campaigns/{campaign}/bodies/{body}/report',
    tag: 'campaigns',
    summary: 'A body’s report with its history (its officer, or the collecting office)',
    params: BodyParams,
    response: CampaignReport,
    auth: 'required',
    problems: { 403: 'Signed in, but neither the officer of this body nor the collecting office (code `forbidden`)' },
  }),
  submitReport: endpoint({
    id: 'campaigns.submitReport',
    method: 'POST',
    path: '/v1/campaigns/{campaign}/bodies/{body}/report',
    tag: 'campaigns',
    summary: 'Send a body’s report (Phụ lục 01), once (needs an Idempotency-Key); accepted late, flagged',
    params: BodyParams,
    body: CampaignReportSubmission,
    response: CampaignReport,
    status: 201,
    auth: 'required',
    idempotent: true,
    problems: reportWriteProblems,
  }),
  correctReport: endpoint({
    id: 'campaigns.correctReport',
    method: 'PUT',
    path: '/v1/campaigns/{campaign}/bodies/{body}/report',
    tag: 'campaigns',
    summary: 'Correct a sent report until the body’s deadline; the earlier version is kept in `history`',
    params: BodyParams,
    body: CampaignReportSubmission,
    response: CampaignReport,
    auth: 'required',
    idempotent: true,
    problems: reportWriteProblems,
  }),
  mine: endpoint({
    id: 'campaigns.mine',
    method: 'GET',
    path: '/v1/me/campaign-reports',
    tag: 'campaigns',
    summary: 'The bodies the signed-in officer reports for, with their reports (empty for a citizen)',
    response: list(MyCampaignReport),
    auth: 'required',
  }),
};
