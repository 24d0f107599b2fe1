import { randomUUID } from '../pkce.js';
import type { CallOptions, IdempotentCallOptions, Transport } from '../client.js';
import type { BBox, LatLon } from '../schemas/common.js';
import {
  feedbackEndpoints,
  type Feedback,
  type FeedbackCategory,
  type FeedbackClusters,
  type FeedbackLookup,
  type FeedbackReceipt,
  type FeedbackStatus,
  type FeedbackSubmission,
  type FeedbackSummary,
  type MediaUpload,
} from '../schemas/feedback.js';
import { parseLookupCode } from '../lookup-code.js';
import { PagedList } from '../paging.js';
import { normalizeText } from '../text.js';

/** Filters shared by the list and the map. */
export interface FeedbackFilters {
  /** Category ids. */
  category?: string | readonly string[];
  /** Status codes. */
  status?: string | readonly string[];
  /** Unit code or slug. */
  unit?: string;
  /** Created on or after, `YYYY-MM-DD`. */
  from?: string;
  /** Created on or before, `YYYY-MM-DD`. */
  to?: string;
  /** Text; tone marks and đ/d are ignored. */
  q?: string;
}

export interface FeedbackListParams extends FeedbackFilters {
  bbox?: BBox;
  /** Only reports within `radius` metres of this point, nearest first. */
  near?: LatLon;
  radius?: number;
  limit?: number;
  cursor?: string;
}

export interface FeedbackClusterParams extends FeedbackFilters {
  bbox: BBox;
  zoom: number;
}

const filterQuery = (p: FeedbackFilters) => ({
  category: p.category,
  status: p.status,
  unit: p.unit,
  from: p.from,
  to: p.to,
  q: p.q,
});

/** Citizens' feedback (phản ánh kiến nghị) and the authorities' answers. */
export class FeedbackResource {
  constructor(private readonly transport: Transport) {}

  categories(options?: CallOptions): Promise<{ items: FeedbackCategory[] }> {
    return this.transport.call(feedbackEndpoints.categories, {}, options);
  }

  statuses(options?: CallOptions): Promise<{ items: FeedbackStatus[] }> {
    return this.transport.call(feedbackEndpoints.statuses, {}, options);
  }

  /** Public reports, newest first (nearest first with `near`). Await for a page or `for await` every item. */
  list(params: FeedbackListParams = {}, options?: CallOptions): PagedList<FeedbackSummary> {
    return new PagedList((cursor) =>
      this.transport.call(
        feedbackEndpoints.list,
        {
          query: {
            ...filterQuery(params),
            bbox: params.bbox,
            near: params.near ? [params.near.lat, params.near.lon] : undefined,
            radius: params.radius,
            limit: params.limit,
            cursor: cursor ?? params.cursor,
          },
        },
        options,
      ),
    );
  }

  /** Clusters and single reports for a map view: the payload is bounded by the view. */
  clusters(params: FeedbackClusterParams, options?: CallOptions): Promise<FeedbackClusters> {
    return this.transport.call(
      feedbackEndpoints.clusters,
      { query: { ...filterQuery(params), bbox: params.bbox, zoom: Math.round(params.zoom) } },
      options,
    );
  }

  /** A report by id or tracking code. */
  get(id: string, options?: CallOptions): Promise<Feedback> {
    return this.transport.call(feedbackEndpoints.get, { params: { id } }, options);
  }

  /**
   * Send a report; resolves to its receipt (`id`, `trackingCode`, `status: 'pending'`, `createdAt`).
   * Text is normalised to NFC with invisible characters removed.
   *
   * **Exactly once.** Every attempt carries one `Idempotency-Key` (a new UUID per call, or
   * `options.idempotencyKey`); the server applies a key once and answers a repeat with the
   * first answer. The SDK itself retries with the same key after a network error, a timeout,
   * 408/429/5xx, and a 2xx answer it could not read (cut short, dropped after the headers,
   * breaking the contract). When the call still fails, the report may or may not have been
   * recorded: the error carries the key (`error.idempotencyKey`, on every {@link ShpError} it
   * throws), and retrying with it can never create a second report:
   *
   * ```ts
   * try {
   *   receipt = await client.feedback.submit(report);
   * } catch (e) {
   *   if (!isShpError(e) || e.type === 'http' && e.status < 500 && e.status !== 408 && e.status !== 429) throw e;
   *   receipt = await client.feedback.submit(report, { idempotencyKey: e.idempotencyKey });
   * }
   * ```
   *
   * To resend after a reload, keep the key with the report (or pass your own from the start,
   * as the outbox does). A key is bound to its body: the same key with an edited report is a
   * 422 `idempotency_key_reused`. An abort by `options.signal` rejects with the signal's
   * reason, which carries no key: pass your own key when you may resend an aborted report.
   *
   * Errors: `ShpHttpError` 400 (`param` names the field), 401 when sign-in is required,
   * 422 (key reused), 429/503 after the retries; `ShpNetworkError`, `ShpTimeoutError`,
   * `ShpContractError` (all with `idempotencyKey`).
   */
  submit(submission: FeedbackSubmission, options: IdempotentCallOptions = {}): Promise<FeedbackReceipt> {
    const json: FeedbackSubmission = {
      ...submission,
      title: normalizeText(submission.title).trim(),
      content: normalizeText(submission.content).trim(),
      ...(submission.address !== undefined ? { address: normalizeText(submission.address).trim() } : {}),
    };
    return this.transport.call(
      feedbackEndpoints.submit,
      { json, idempotencyKey: options.idempotencyKey ?? randomUUID() },
      options,
    );
  }

  /**
   * Upload a photo (JPEG, PNG or WebP); resolves to `{ id, url, contentType, bytes, width, height }`:
   * pass `id` in a report's `photoIds`. Strip its metadata first: the bytes are stored as sent.
   *
   * Exactly once, as {@link submit}: one `Idempotency-Key` per call (or `options.idempotencyKey`),
   * retried by the SDK with the same key after a lost or unreadable answer; every error it
   * throws carries the key (`error.idempotencyKey`), and an upload retried with it stores
   * the photo once and answers with the same `id`.
   * Errors: `ShpHttpError` 413 (too large), 415 (not one of the three formats), and those of {@link submit}.
   */
  uploadMedia(photo: Blob, options: IdempotentCallOptions = {}): Promise<MediaUpload> {
    return this.transport.call(
      feedbackEndpoints.uploadMedia,
      {
        binary: photo,
        contentType: photo.type || 'application/octet-stream',
        idempotencyKey: options.idempotencyKey ?? randomUUID(),
      },
      options,
    );
  }

  /**
   * Follow a report by its tracking code as people type or paste it (`pa 261130 0001`, an SMS
   * around `PA-261130-0001`): category, commune, status timeline, public answer, photos. A private
   * report shows only its progress unless the caller is its reporter. Errors: 400
   * `invalid_tracking_code`, 404 `not_found`, 429 `rate_limited` with `retryAfter`.
   */
  lookup(trackingCode: string, options?: CallOptions): Promise<FeedbackLookup> {
    const found = parseLookupCode(trackingCode);
    const code = found?.kind === 'feedback' ? found.code : trackingCode.trim();
    return this.transport.call(feedbackEndpoints.lookup, { params: { code } }, options);
  }
}

/** Builds the `feedback` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const feedbackResource = (t: Transport): FeedbackResource => new FeedbackResource(t);
