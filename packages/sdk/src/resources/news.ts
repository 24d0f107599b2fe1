import type { CallOptions, Transport } from '../client.js';
import { PagedList } from '../paging.js';
import { newsEndpoints, type NewsArticle, type NewsCategory, type NewsSummary } from '../schemas/news.js';

export interface NewsListParams {
  /** A category id from `categories()`. */
  category?: string;
  /** Unit code or slug: that commune's news. */
  unit?: string;
  /** Items per page, 1 to 100. Default 10. */
  limit?: number;
  /** Start from a page's `nextCursor`. */
  cursor?: string;
}

/** The city's and the communes' news (tin tức). */
export class NewsResource {
  constructor(private readonly transport: Transport) {}

  /** The categories (chuyên mục), names in the client's locale. */
  categories(options?: CallOptions): Promise<{ items: NewsCategory[] }> {
    return this.transport.call(newsEndpoints.categories, {}, options);
  }

  /** News newest first, paged: await it for the first page or `for await` over every item. */
  list(params: NewsListParams = {}, options?: CallOptions): PagedList<NewsSummary> {
    return new PagedList((cursor) =>
      this.transport.call(newsEndpoints.list, { query: { ...params, cursor: cursor ?? params.cursor } }, options),
    );
  }

  /** An article. `bodyHtml` is untrusted HTML: sanitise it before showing it. */
  get(id: string, options?: CallOptions): Promise<NewsArticle> {
    return this.transport.call(newsEndpoints.get, { params: { id } }, options);
  }
}

/** Builds the `news` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const newsResource = (t: Transport): NewsResource => new NewsResource(t);
