import type { ResourceFactory } from '../compose-client.js';
import type { CallOptions, Transport } from '../client.js';
import { PagedList } from '../paging.js';
import { newsEndpoints, type NewsArticle, type NewsSummary } from '../schemas/news.js';

export interface NewsListParams {
  category?: string;
  /** Unit code or slug: that commune's news. */
  unit?: string;
  limit?: number;
  cursor?: string;
}

/** The city's and the communes' news (tin tức). */
export class NewsResource {
  constructor(private readonly transport: Transport) {}

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
export const newsResource: ResourceFactory<'news'> = (t) => new NewsResource(t);
