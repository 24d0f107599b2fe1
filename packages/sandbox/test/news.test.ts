import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NewsArticle, NewsCategory, NewsSummary } from '@smart-haiphong/sdk';
import { createSandbox } from '../src/index.js';
import { NOW, call, testSandbox } from './helpers.js';

const sandbox = testSandbox();

type Page = { items: NewsSummary[]; nextCursor: string | null; total?: number };

test("categories include the guide's utility topics, named in Vietnamese and English", async () => {
  const { items } = (await call<{ items: NewsCategory[] }>(sandbox, '/v1/news/categories')).body;
  const ids = items.map((c) => c.id);
  for (const id of ['dien', 'nuoc', 'y-te', 'giao-duc', 'du-lich', 'thong-bao']) assert.ok(ids.includes(id), id);
  assert.deepEqual(
    items.filter((c) => ['dien', 'nuoc', 'y-te', 'giao-duc', 'du-lich'].includes(c.id)).map((c) => c.name),
    ['Điện', 'Nước sạch', 'Y tế', 'Giáo dục', 'Du lịch'],
  );
  assert.ok(items.every((c) => c.nameEn.length > 0 && c.name === c.name.normalize('NFC')));
  // Every category has news.
  for (const id of ids) {
    const page = (await call<Page>(sandbox, `/v1/news?category=${id}&limit=1`)).body;
    assert.ok(page.items.length === 1 && page.items[0]!.categoryId === id, id);
  }
});

test('the list is newest first across pages, every item with what a card needs', async () => {
  const all: NewsSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = (await call<Page>(sandbox, `/v1/news?limit=25${cursor ? `&cursor=${cursor}` : ''}`)).body;
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  assert.ok(all.length > 150, `${all.length} items`);
  assert.equal(new Set(all.map((a) => a.id)).size, all.length);
  all.forEach((a, k) => k && assert.ok(Date.parse(a.publishedAt) <= Date.parse(all[k - 1]!.publishedAt)));
  assert.ok(NOW - Date.parse(all[0]!.publishedAt) < 12 * 3_600_000, 'the newest is a few hours old');
  for (const a of all) {
    assert.ok(a.url.startsWith('http://sandbox.test/sandbox/news/'), a.url);
    assert.ok(a.source.includes('dữ liệu mẫu'), a.source);
    if (a.imageUrl) assert.deepEqual([a.imageWidth, a.imageHeight, typeof a.imageAlt], [1200, 630, 'string']);
    else assert.deepEqual([a.imageWidth, a.imageHeight, a.imageAlt], [null, null, null]);
  }
  assert.ok(all.some((a) => a.imageUrl === null) && all.some((a) => a.imageUrl !== null));
  // One item carries markup in its text fields, for the widgets' escaping tests.
  assert.ok(all.some((a) => a.title.includes('<img src=x onerror=') && a.summary.includes('javascript:')));
});

test("a commune's news, in a category; names in the request's language", async () => {
  const page = (await call<Page>(sandbox, '/v1/news?unit=binh-giang&limit=100')).body;
  assert.ok(page.items.length >= 9);
  assert.ok(page.items.every((a) => a.unitCode === '10966'));
  const power = (await call<Page>(sandbox, '/v1/news?unit=10966&category=dien')).body;
  assert.ok(power.items.length >= 1 && power.items.every((a) => a.categoryId === 'dien' && a.unitCode === '10966'));
  assert.equal(power.items[0]!.categoryName, 'Điện');
  const en = (await call<Page>(sandbox, '/v1/news?category=nuoc&limit=1', { headers: { 'accept-language': 'en' } }))
    .body;
  assert.equal(en.items[0]!.categoryName, 'Water');
});

test('an article: hostile body kept for the sanitiser, author, source and a canonical page', async () => {
  const list = (await call<Page>(sandbox, '/v1/news?limit=8')).body.items;
  const articles = await Promise.all(
    list.map(async (a) => (await call<NewsArticle>(sandbox, `/v1/news/${a.id}`)).body),
  );
  assert.ok(articles.some((a) => /<script|onerror=|javascript:/.test(a.bodyHtml)));
  for (const a of articles) {
    assert.ok(a.bodyHtml.includes('<figure><img src="http://sandbox.test/sandbox/images/news/'));
    const pageHtml = await call(sandbox, new URL(a.url).pathname);
    assert.equal(pageHtml.status, 200);
    assert.match(pageHtml.headers.get('content-type') ?? '', /text\/html/);
    assert.ok(!pageHtml.text.includes('<script'), 'the canonical page escapes everything');
  }
});

test('bad news queries are problems naming the field', async () => {
  for (const [query, param] of [
    ['category=khong-co', 'query.category'],
    ['unit=khong-co', 'query.unit'],
    ['limit=0', 'query.limit'],
    ['cursor=abc', 'query.cursor'],
  ] as const) {
    const r = await call(sandbox, `/v1/news?${query}`);
    assert.equal(r.status, 400, query);
    assert.equal(r.body.param, param, query);
  }
  assert.equal((await call(sandbox, '/v1/news/news-999999')).status, 404);
});

test('news scales to 10 000 items for node-budget tests, pages stay fast and bounded', async () => {
  const big = createSandbox({ seed: 1, feedback: 10, places: 10, news: 10_000, now: NOW, validateResponses: true });
  assert.equal(big.store.news.length, 10_000);
  const first = (await call<Page>(big, '/v1/news?limit=100')).body;
  assert.equal(first.total, 10_000);
  assert.equal(first.items.length, 100);
  const t0 = performance.now();
  const last = (await call<Page>(big, '/v1/news/news-10000')).body as unknown as NewsArticle;
  assert.equal(last.id, 'news-10000');
  assert.ok(performance.now() - t0 < 200);
  // The smaller default keeps only the newest.
  const small = createSandbox({ seed: 1, feedback: 10, places: 10, news: 20, now: NOW });
  assert.equal(small.store.news.length, 20);
});
