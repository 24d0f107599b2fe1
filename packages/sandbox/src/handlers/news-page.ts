import type { NewsRecord } from '../data/news.js';

const newsById = new WeakMap<readonly NewsRecord[], Map<string, NewsRecord>>();

/** An article by id (indexed once per store: the list can hold 10 000). */
export function findNews(news: readonly NewsRecord[], id: string): NewsRecord | undefined {
  let index = newsById.get(news);
  if (!index) newsById.set(news, (index = new Map(news.map((a) => [a.id, a]))));
  return index.get(id);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The canonical page of a sample article (`/sandbox/news/{id}`, the `url` of the contract): its
 * title, date and summary as text. The body is not shown here: it holds hostile sample markup
 * and the server has no sanitiser; the API serves it for the widgets to sanitise.
 */
export function newsPageHtml(a: NewsRecord): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(a.title)}</title></head>
<body><main><article>
<h1>${escapeHtml(a.title)}</h1>
<p><time datetime="${escapeHtml(a.publishedAt)}">${escapeHtml(a.publishedAt)}</time> · ${escapeHtml(a.source)}</p>
<p>${escapeHtml(a.summary)}</p>
<p><em>Dữ liệu mẫu của môi trường thử nghiệm Smart Hải Phòng, không phải tin thật. / Sample data of the Smart Hải Phòng sandbox, not real news.</em></p>
</article></main></body></html>
`;
}
