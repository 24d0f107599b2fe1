import * as z from 'zod/mini';
import {
  BBoxParam,
  CursorParam,
  DateParam,
  HttpUrl,
  LatLon,
  LimitParam,
  PointParam,
  TextQueryParam,
  Timestamp,
  intParam,
  list,
  page,
} from './common.js';
import { TEXT_LIMITS } from '../limits.js';
import { citizenText } from './citizen-text.js';
import { endpoint } from './endpoint.js';
import { UnitRef } from './units.js';

/**
 * A feedback category (chuyên mục). Categories are data, not an enum: the city
 * adds and renames them.
 */
export const FeedbackCategory = z.object({
  /** Stable id, e.g. `ha-tang`. */
  id: z.string(),
  /** Vietnamese name, e.g. `Sự cố hạ tầng kỹ thuật`. */
  name: z.string(),
  /** English name. */
  nameEn: z.string(),
  /** Id of the group it is shown under. */
  group: z.string(),
  /** Vietnamese name of the group. */
  groupName: z.string(),
  groupNameEn: z.string(),
  /** A notice to show before the citizen writes (e.g. emergencies: call 113/114/115). */
  notice: z.nullable(z.object({ vi: z.string(), en: z.string() })),
  /**
   * A citizen's own words for this category, in Vietnamese with tone marks, for category
   * search (e.g. street lighting: `đèn đường`, `bóng đèn`, `cột đèn`). May be empty.
   * Match with `matchesCategory`, which ignores tone marks.
   */
  keywords: z.array(z.string()),
  /** The same in English. May be empty. */
  keywordsEn: z.array(z.string()),
});
export type FeedbackCategory = z.infer<typeof FeedbackCategory>;

/**
 * A feedback status. Statuses are data too; the sandbox uses the published flow of
 * Vietnamese cities: `pending` (chờ tiếp nhận) → `accepted` (chờ xử lý) →
 * `in_progress` (đang xử lý) / `transferred` (chuyển xử lý) → `resolved` (đã xử lý) | `rejected` (từ chối).
 */
export const FeedbackStatus = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** No further action is expected (resolved or rejected). */
  closed: z.boolean(),
  /** Position in the flow, for ordering legends. */
  order: z.int(),
});
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

/** A public photo of a feedback report (metadata stripped). */
export const Photo = z.object({
  id: z.string(),
  /** The photo, metadata stripped (http(s)). */
  url: HttpUrl,
  /** A small version for lists (http(s)). */
  thumbnailUrl: HttpUrl,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
});
export type Photo = z.infer<typeof Photo>;

/** A feedback report as it appears in lists and on the map. Reporter identity is never public. */
export const FeedbackSummary = z.object({
  id: z.string(),
  /** Short code the citizen quotes to the 1022 hotline, e.g. `PA-260512-0042`. */
  trackingCode: z.string(),
  categoryId: z.string(),
  /** Status code, see {@link FeedbackStatus}. */
  status: z.string(),
  title: z.string(),
  /** The first ~160 characters of the content. */
  excerpt: z.string(),
  location: LatLon,
  /** Code of the unit the location falls in. */
  unitCode: z.string(),
  address: z.nullable(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  photoCount: z.int().check(z.nonnegative()),
  thumbnailUrl: z.nullable(HttpUrl),
  /** The authority has published an answer. */
  answered: z.boolean(),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

export const TimelineEntry = z.object({
  status: z.string(),
  at: Timestamp,
  /** Who acted: an agency name, never a citizen's. */
  actor: z.nullable(z.string()),
  note: z.nullable(z.string()),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** The authority's public answer. */
export const FeedbackAnswer = z.object({
  agency: z.string(),
  body: z.string(),
  answeredAt: Timestamp,
});
export type FeedbackAnswer = z.infer<typeof FeedbackAnswer>;

/** A feedback report with its content, photos, timeline and answer. */
export const Feedback = z.extend(FeedbackSummary, {
  content: z.string(),
  photos: z.array(Photo),
  timeline: z.array(TimelineEntry),
  answer: z.nullable(FeedbackAnswer),
  /** Shown publicly; a private report is visible to its reporter only. */
  public: z.boolean(),
  /** Citizens following it (for "someone already reported this"). */
  followers: z.int().check(z.nonnegative()),
  /** True for generated sample data. */
  sample: z.boolean(),
});
export type Feedback = z.infer<typeof Feedback>;

/**
 * What a citizen sends. Text fields are cleaned (`cleanText`: NFC, invisible and control
 * characters removed, trimmed) and then counted in characters the citizen sees, by the
 * server as by the SDK; their limits are `TEXT_LIMITS.feedback`.
 */
export const FeedbackSubmission = z.object({
  categoryId: z.string().check(z.minLength(1)),
  /** 5–150 characters. */
  title: citizenText(TEXT_LIMITS.feedback.title),
  /** 10–5000 characters; line breaks kept. */
  content: citizenText(TEXT_LIMITS.feedback.content),
  location: LatLon,
  /** The commune the citizen chose; derived from the location when absent. */
  unit: z.optional(UnitRef),
  /** Where it is, in words (street, landmark): at most 300 characters. */
  address: z.optional(citizenText(TEXT_LIMITS.feedback.address)),
  /** Ids returned by the media upload, in display order. */
  photoIds: z.array(z.string()).check(z.maxLength(10)),
  /** Publish the report (the reporter's identity is never published). */
  public: z.boolean(),
  /** Contact details for the authority; never public. */
  contact: z.optional(
    z.object({
      /** 1–100 characters. */
      name: citizenText(TEXT_LIMITS.feedback.contactName),
      phone: z.optional(z.string().check(z.regex(/^\+?[0-9 .-]{8,15}$/, 'phone must be 8–15 digits'))),
      email: z.optional(z.email()),
    }),
  ),
});
export type FeedbackSubmission = z.infer<typeof FeedbackSubmission>;

/** The answer to a submission. */
export const FeedbackReceipt = z.object({
  id: z.string(),
  trackingCode: z.string(),
  status: z.string(),
  createdAt: Timestamp,
});
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;

/**
 * An uploaded photo as stored: without metadata (EXIF such as GPS and camera serial, XMP,
 * IPTC, ICC profiles, comments, text chunks, thumbnails and bytes after the image's end;
 * a JPEG keeps only its orientation). `bytes`, `width` and `height` describe the stored image.
 */
export const MediaUpload = z.object({
  id: z.string(),
  /** Where the stored photo is served (http(s)). */
  url: HttpUrl,
  contentType: z.string(),
  bytes: z.int().check(z.positive()),
  width: z.nullable(z.int()),
  height: z.nullable(z.int()),
});
export type MediaUpload = z.infer<typeof MediaUpload>;

/** A map feature: a cluster of reports or a single report. */
export const FeedbackClusterItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cluster'),
    /** Stable for this zoom and filter; use it as a feature id. */
    id: z.string(),
    lat: z.number(),
    lon: z.number(),
    count: z.int().check(z.positive()),
    /** Zoom at which the cluster breaks apart. */
    expansionZoom: z.int(),
  }),
  z.object({
    kind: z.literal('report'),
    id: z.string(),
    lat: z.number(),
    lon: z.number(),
    status: z.string(),
    categoryId: z.string(),
  }),
]);
export type FeedbackClusterItem = z.infer<typeof FeedbackClusterItem>;

export const FeedbackClusters = z.object({
  zoom: z.int(),
  items: z.array(FeedbackClusterItem),
  /** Reports matching in the bbox. */
  total: z.int().check(z.nonnegative()),
});
export type FeedbackClusters = z.infer<typeof FeedbackClusters>;

/**
 * A feedback report as its tracking code shows it (the citizen's "Xem phản ánh"): category,
 * commune, status with its timeline, the authority's public answer and photos. The reporter's
 * identity is never shown. A report its reporter kept private shows only its progress (category,
 * commune, status, timeline) to anyone else; its reporter, signed in, sees it all.
 */
export const FeedbackLookup = z.object({
  id: z.string(),
  /** Canonical tracking code, e.g. `PA-261130-0001`. */
  trackingCode: z.string(),
  category: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }),
  /** The commune (xã, phường, đặc khu) it is in. */
  unit: z.object({ code: z.string(), name: z.string() }),
  /** The current status, with its names. */
  status: FeedbackStatus,
  /** Each step with its status's names, oldest first. */
  timeline: z.array(z.extend(TimelineEntry, { statusName: z.string(), statusNameEn: z.string() })),
  /** Null while there is none, or when the report is private and the caller is not its reporter. */
  answer: z.nullable(FeedbackAnswer),
  /** Null when the report is private and the caller is not its reporter. */
  title: z.nullable(z.string()),
  content: z.nullable(z.string()),
  address: z.nullable(z.string()),
  photos: z.array(Photo),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The report is public (shown on the map and in lists). */
  public: z.boolean(),
  /** True for generated sample data. */
  sample: z.boolean(),
});
export type FeedbackLookup = z.infer<typeof FeedbackLookup>;

const filters = {
  /** Comma-separated category ids. */
  category: z.optional(z.string().check(z.maxLength(500))),
  /** Comma-separated status codes. */
  status: z.optional(z.string().check(z.maxLength(200))),
  unit: z.optional(UnitRef),
  /** Created on or after this date (Asia/Ho_Chi_Minh). */
  from: z.optional(DateParam),
  /** Created on or before this date. */
  to: z.optional(DateParam),
  /** Text; tone marks and đ/d are ignored. */
  q: z.optional(TextQueryParam),
};

export const FeedbackListQuery = z.object({
  ...filters,
  bbox: z.optional(BBoxParam),
  /** `lat,lon`: only reports within `radius` metres of it, nearest first. */
  near: z.optional(PointParam),
  radius: z.optional(intParam(1, 50_000)),
  cursor: z.optional(CursorParam),
  limit: z.optional(LimitParam),
});
export const FeedbackClusterQuery = z.object({
  ...filters,
  bbox: BBoxParam,
  zoom: intParam(0, 22),
});

export const FeedbackPage = page(FeedbackSummary);
const Id = z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) });

export const feedbackEndpoints = {
  categories: endpoint({
    id: 'feedback.categories',
    method: 'GET',
    path: '/v1/feedback/categories',
    tag: 'feedback',
    summary: 'List feedback categories (chuyên mục)',
    response: list(FeedbackCategory),
  }),
  statuses: endpoint({
    id: 'feedback.statuses',
    method: 'GET',
    path: '/v1/feedback/statuses',
    tag: 'feedback',
    summary: 'List feedback statuses in flow order',
    response: list(FeedbackStatus),
  }),
  list: endpoint({
    id: 'feedback.list',
    method: 'GET',
    path: '/v1/feedback',
    tag: 'feedback',
    summary: 'List public feedback, newest first (nearest first with `near`)',
    query: FeedbackListQuery,
    response: FeedbackPage,
  }),
  clusters: endpoint({
    id: 'feedback.clusters',
    method: 'GET',
    path: '/v1/feedback/clusters',
    tag: 'feedback',
    summary: 'Clusters and single reports for a map view (bbox + zoom)',
    query: FeedbackClusterQuery,
    response: FeedbackClusters,
  }),
  get: endpoint({
    id: 'feedback.get',
    method: 'GET',
    path: '/v1/feedback/{id}',
    tag: 'feedback',
    summary: 'Get a report by id or tracking code, with its answer and timeline',
    params: Id,
    response: Feedback,
    auth: 'optional',
  }),
  submit: endpoint({
    id: 'feedback.submit',
    method: 'POST',
    path: '/v1/feedback',
    tag: 'feedback',
    summary: 'Send a feedback report (needs an Idempotency-Key)',
    body: FeedbackSubmission,
    response: FeedbackReceipt,
    status: 201,
    auth: 'optional',
    idempotent: true,
  }),
  uploadMedia: endpoint({
    id: 'feedback.uploadMedia',
    method: 'POST',
    path: '/v1/media',
    tag: 'feedback',
    summary:
      'Upload a photo (JPEG, PNG or WebP bytes, at most 8192 px a side and 40 megapixels). Metadata ' +
      '(EXIF, XMP, ICC, comments, trailing bytes) is removed before it is stored and served; bytes ' +
      'that are not a whole image are refused (400/415)',
    binaryBody: ['image/jpeg', 'image/png', 'image/webp'],
    response: MediaUpload,
    status: 201,
    idempotent: true,
  }),
  lookup: endpoint({
    id: 'feedback.lookup',
    method: 'GET',
    path: '/v1/feedback/lookup/{code}',
    tag: 'feedback',
    summary: 'Look a feedback report up by its tracking code (PA-YYMMDD-NNNN), as its reporter follows it',
    params: z.object({ code: z.string().check(z.minLength(1), z.maxLength(60)) }),
    response: FeedbackLookup,
    auth: 'optional',
    rateLimited: true,
  }),
};
