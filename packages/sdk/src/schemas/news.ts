import * as z from 'zod/mini';
import { CursorParam, HttpUrl, LimitParam, Timestamp, list, page } from './common.js';
import { endpoint } from './endpoint.js';
import { UnitRef } from './units.js';

/** A news category (chuyên mục), e.g. `thong-bao`, `dien`, `nuoc`, `y-te`, `giao-duc`, `du-lich`. */
export const NewsCategory = z.object({
  id: z.string(),
  /** Name in Vietnamese. */
  name: z.string(),
  nameEn: z.string(),
});
export type NewsCategory = z.infer<typeof NewsCategory>;

/** An item of the news list. Text fields are plain text (show them as text, never as HTML). */
export const NewsSummary = z.object({
  id: z.string(),
  title: z.string(),
  /** One or two sentences, plain text. */
  summary: z.string(),
  /** Absolute URL of the lead image, or null. Untrusted: show only http(s) URLs. */
  imageUrl: z.nullable(HttpUrl),
  /** Alternative text of the image. */
  imageAlt: z.nullable(z.string()),
  /** Intrinsic size of the image in pixels, so that its box can be reserved before it loads; null when unknown. */
  imageWidth: z.nullable(z.int().check(z.positive())),
  imageHeight: z.nullable(z.int().check(z.positive())),
  publishedAt: Timestamp,
  /** One of the ids of `GET /v1/news/categories`. */
  categoryId: z.string(),
  /** The category's name in the request's language. */
  categoryName: z.string(),
  /** The commune it concerns, or null for city-wide news. */
  unitCode: z.nullable(z.string()),
  /** Who published it (the city's portal, a commune's People's Committee). */
  source: z.string(),
  /** The article's canonical page, absolute (for sharing and "read at the source"). */
  url: z.string(),
  /** True for the sandbox's sample data (dữ liệu mẫu). */
  sample: z.boolean(),
});
export type NewsSummary = z.infer<typeof NewsSummary>;

export const NewsArticle = z.extend(NewsSummary, {
  /** Article body as HTML from the city's CMS. Untrusted: sanitise before showing. */
  bodyHtml: z.string(),
  /** The writer or the issuing office, or null. */
  author: z.nullable(z.string()),
  /** Where the article was first published, when it is republished from elsewhere; else null. */
  sourceUrl: z.nullable(HttpUrl),
});
export type NewsArticle = z.infer<typeof NewsArticle>;

export const NewsListQuery = z.object({
  /** A category id; unknown ids are a 400 naming `query.category`. */
  category: z.optional(z.string().check(z.maxLength(100))),
  /** Unit code or slug: that commune's news only. */
  unit: z.optional(UnitRef),
  /** From `nextCursor`. */
  cursor: z.optional(CursorParam),
  /** 1 to 100. Default 10. */
  limit: z.optional(LimitParam),
});

export const newsEndpoints = {
  categories: endpoint({
    id: 'news.categories',
    method: 'GET',
    path: '/v1/news/categories',
    tag: 'news',
    summary: 'List news categories',
    response: list(NewsCategory),
  }),
  list: endpoint({
    id: 'news.list',
    method: 'GET',
    path: '/v1/news',
    tag: 'news',
    summary: 'List news, newest first',
    query: NewsListQuery,
    response: page(NewsSummary),
  }),
  get: endpoint({
    id: 'news.get',
    method: 'GET',
    path: '/v1/news/{id}',
    tag: 'news',
    summary: 'Get an article',
    params: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }),
    response: NewsArticle,
  }),
};
