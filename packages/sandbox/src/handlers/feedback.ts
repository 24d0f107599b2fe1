import { type FeedbackReceipt, type FeedbackSubmission, type MediaUpload, parsePoint } from '@smart-haiphong/sdk';
import { CATEGORIES, STATUSES, categoryIndex } from '../data/feedback-catalog.js';
import { cursorInt, decodeCursor, encodeCursor } from '../http/cursor.js';
import { ProblemError, json } from '../http/problems.js';
import { inBBox } from '../util/geo.js';
import { type CleanImage, ImageRejected, cleanImage } from '../util/image-clean.js';
import { formatTimestamp } from '../util/time.js';
import type { Handler } from './context.js';
import { feedbackFilter } from './feedback-filter-query.js';

const invalid = (param: string, message: string) =>
  new ProblemError(400, 'validation_failed', { param, detail: message, errors: [{ param, message }] });

export const feedbackHandlers: Record<string, Handler> = {
  'feedback.categories': () => ({ items: CATEGORIES }),

  'feedback.statuses': () => ({ items: STATUSES }),

  'feedback.list': async ({ query, origin }, { store, options }) => {
    const filter = feedbackFilter(query, store);
    const limit = query.limit ? Number(query.limit) : 20;
    const near = query.near
      ? { ...parsePoint(query.near), radius: query.radius ? Number(query.radius) : 2000 }
      : undefined;
    // A cursor is one this list made: `{ b }` (newest first) or `{ o }` (nearest first).
    // Anything else (`e30`, i.e. `{}`) is refused, not read as page 1: a client would loop.
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const position = cursorInt(cursor, near ? 'o' : 'b');
    if (query.cursor && (position === null || Object.keys(cursor ?? {}).length !== 1))
      throw invalid('query.cursor', 'not a cursor of this list: pass nextCursor as it was given');
    const page = await store.feedback.list(filter, {
      limit,
      budgetMs: options.textSearchBudgetMs,
      ...(near ? { near } : {}),
      ...(position !== null ? (near ? { offset: position } : { before: position }) : {}),
    });
    const next: Record<string, number> | null =
      page.next === null ? null : 'before' in page.next ? { b: page.next.before } : { o: page.next.offset };
    return {
      items: page.ids.map((i) => store.feedback.describe.summary(i, origin)),
      nextCursor: next ? encodeCursor(next) : null,
      ...(page.total !== undefined ? { total: page.total } : {}),
    };
  },

  'feedback.clusters': ({ query }, { store }) => {
    const filter = feedbackFilter(query, store);
    const bbox = filter.bbox ?? store.cityBBox;
    return store.feedback.clusters(bbox, Number(query.zoom), { ...filter, bbox: null });
  },

  'feedback.get': ({ params, origin, sub }, { store }) => {
    const i = store.feedback.find(params.id ?? '');
    if (i < 0 || (!store.feedback.isPublic(i) && (sub === null || store.feedback.reporterOf(i) !== sub))) {
      throw new ProblemError(404, 'not_found', { detail: `no feedback report ${params.id}`, param: 'path.id' });
    }
    return store.feedback.describe.full(i, origin);
  },

  'feedback.submit': ({ body, sub, origin, lang }, { store, options }) => {
    if (options.requireSignIn && sub === null)
      throw new ProblemError(401, 'unauthorized', { headers: { 'www-authenticate': 'Bearer' } });
    const s = body as FeedbackSubmission;
    const category = categoryIndex.get(s.categoryId);
    if (category === undefined) throw invalid('body.categoryId', `unknown category: ${s.categoryId}`);
    if (!inBBox(store.cityBBox, s.location.lat, s.location.lon)) {
      const message = lang === 'en' ? 'The location is outside Hải Phòng' : 'Vị trí nằm ngoài thành phố Hải Phòng';
      throw invalid('body.location', message);
    }
    let unit: number;
    if (s.unit !== undefined) {
      unit = store.units.indexOf(s.unit);
      if (unit < 0) throw invalid('body.unit', `unknown unit: ${s.unit}`);
    } else unit = store.units.nearest(s.location.lat, s.location.lon);
    if (s.photoIds.length > options.maxPhotos) throw invalid('body.photoIds', `at most ${options.maxPhotos} photos`);
    const photos = s.photoIds.map((id, k) => {
      const m = store.media.get(id);
      if (!m) throw invalid(`body.photoIds.${k}`, `unknown photo: ${id}`);
      return { id, width: m.width, height: m.height };
    });
    for (const p of photos) store.media.attach(p.id);
    const i = store.feedback.submit({
      lat: s.location.lat,
      lon: s.location.lon,
      category,
      unit,
      details: {
        // The contract's schema has cleaned the text (cleanText) and checked its limits.
        title: s.title,
        content: s.content,
        address: s.address || null,
        photos,
        public: s.public,
        reporterSub: sub,
        contact: s.contact ?? null,
      },
    });
    const receipt: FeedbackReceipt = {
      id: store.feedback.describe.id(i),
      trackingCode: store.feedback.describe.trackingCode(i),
      status: 'pending',
      createdAt: formatTimestamp(store.feedback.cols.created[i] as number),
    };
    return json(receipt, 201, { location: `${origin}/v1/feedback/${receipt.id}` });
  },

  'feedback.uploadMedia': ({ request, bytes, origin }, { store, options }) => {
    const declared = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!['image/jpeg', 'image/png', 'image/webp'].includes(declared)) {
      throw new ProblemError(415, 'unsupported_media_type', {
        detail: 'send JPEG, PNG or WebP bytes with their content type',
        param: 'header.content-type',
      });
    }
    if (bytes.length === 0) throw invalid('body', 'the photo is empty');
    if (bytes.length > options.maxPhotoBytes) {
      throw new ProblemError(413, 'payload_too_large', {
        param: 'body',
        detail: `at most ${options.maxPhotoBytes} bytes`,
        maxBytes: options.maxPhotoBytes,
      });
    }
    // Stored and served without metadata; bytes that are not a whole image are refused.
    let image: CleanImage;
    try {
      image = cleanImage(bytes);
    } catch (e) {
      if (!(e instanceof ImageRejected)) throw e;
      if (e.reason === 'format' && e.message.startsWith('the bytes are not'))
        throw new ProblemError(415, 'unsupported_media_type', { detail: e.message, param: 'body' });
      throw invalid('body', e.message);
    }
    if (image.contentType !== declared) {
      throw new ProblemError(415, 'unsupported_media_type', {
        detail: `the bytes are ${image.contentType}, not ${declared}`,
        param: 'header.content-type',
      });
    }
    const m = store.media.add(image);
    const upload: MediaUpload = {
      id: m.id,
      url: `${origin}/v1/media/${m.id}`,
      contentType: m.contentType,
      bytes: m.bytes.length,
      width: m.width,
      height: m.height,
    };
    return json(upload, 201, { location: upload.url });
  },
};
