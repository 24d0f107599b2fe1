import * as z from 'zod/mini';
import { CursorParam, HttpUrl, LimitParam, Timestamp, page } from './common.js';
import { endpoint } from './endpoint.js';
import { UnitRef } from './units.js';

export const NewsSummary = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  imageUrl: z.nullable(HttpUrl),
  /** Alternative text of the image. */
  imageAlt: z.nullable(z.string()),
  publishedAt: Timestamp,
  /** e.g. `thong-bao` (announcements), `su-kien` (events). */
  categoryId: z.string(),
  categoryName: z.string(),
  /** The commune it concerns, or null for city-wide news. */
  unitCode: z.nullable(z.string()),
  sample: z.boolean(),
});
export type NewsSummary = z.infer<typeof NewsSummary>;

export const NewsArticle = z.extend(NewsSummary, {
  /** Article body as HTML from the city's CMS. Untrusted: sanitise before showing. */
  bodyHtml: z.string(),
  author: z.nullable(z.string()),
  /** Where the article was first published. */
  sourceUrl: z.nullable(HttpUrl),
});
export type NewsArticle = z.infer<typeof NewsArticle>;

export const NewsListQuery = z.object({
  category: z.optional(z.string().check(z.maxLength(100))),
  unit: z.optional(UnitRef),
  cursor: z.optional(CursorParam),
  limit: z.optional(LimitParam),
});

export const newsEndpoints = {
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
