import type { Config, Credit, Me, NewsArticle, NewsSummary, Place } from '@smart-haiphong/sdk';
import { matchesSearch, parsePoint, searchKey } from '@smart-haiphong/sdk';
import { campaignAccountBySub } from '../data/campaigns.js';
import { SAMPLE_CITIZEN } from '../data/dossiers.js';
import { NEWS_CATEGORIES } from '../data/news.js';
import { PLACE_CATEGORIES } from '../data/places.js';
import { cursorInt, decodeCursor, encodeCursor } from '../http/cursor.js';
import { ProblemError } from '../http/problems.js';
import type { Handler, RequestContext } from './context.js';

const invalid = (param: string, message: string) =>
  new ProblemError(400, 'validation_failed', { param, detail: message, errors: [{ param, message }] });

function offsetOf(query: Record<string, string>): number {
  if (!query.cursor) return 0;
  const o = cursorInt(decodeCursor(query.cursor), 'o');
  if (o === null) throw invalid('query.cursor', 'not a cursor of this list');
  return o;
}

/** An offset-paged slice of a list. */
function pageOf<T>(all: readonly T[], query: Record<string, string>, defaultLimit: number) {
  const offset = offsetOf(query);
  const limit = query.limit ? Number(query.limit) : defaultLimit;
  return {
    items: all.slice(offset, offset + limit),
    nextCursor: offset + limit < all.length ? encodeCursor({ o: offset + limit }) : null,
    total: all.length,
  };
}

function placeCategories(query: Record<string, string>): Uint8Array | null {
  if (!query.category) return null;
  const mask = new Uint8Array(256);
  for (const id of query.category
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const k = PLACE_CATEGORIES.findIndex((c) => c.id === id);
    if (k < 0) throw invalid('query.category', `unknown category: ${id}`);
    mask[k] = 1;
  }
  return mask;
}

/** The credits the seed data's licences ask for (see seed/README.md), per language. */
const CREDITS: Record<'vi' | 'en', Credit[]> = {
  vi: [
    { text: 'Dữ liệu mẫu' },
    { text: '© OpenStreetMap contributors (ODbL)', url: 'https://www.openstreetmap.org/copyright' },
    { text: 'open-admin-data (CC BY 4.0)' },
    { text: 'GeoNames (CC BY 4.0)', url: 'https://www.geonames.org' },
    { text: 'Danh mục ĐVHC: Cục Thống kê' },
  ],
  en: [
    { text: 'Sample data' },
    { text: '© OpenStreetMap contributors (ODbL)', url: 'https://www.openstreetmap.org/copyright' },
    { text: 'open-admin-data (CC BY 4.0)' },
    { text: 'GeoNames (CC BY 4.0)', url: 'https://www.geonames.org' },
    { text: 'Administrative units: Cục Thống kê (National Statistics Office)' },
  ],
};

const newsItem = (a: NewsArticle, origin: string): NewsArticle => {
  const image = `${origin}/sandbox/images/news/${a.id}.svg`;
  return { ...a, imageUrl: image, bodyHtml: a.bodyHtml.replaceAll('{image}', image) };
};

const newsCategoryName = (id: string, ctx: RequestContext) => {
  const c = NEWS_CATEGORIES.find((x) => x.id === id);
  return c ? c[ctx.lang] : id;
};

export const catalogueHandlers: Record<string, Handler> = {
  'units.list': ({ query }, { store }) => ({
    items: query.type ? store.units.list.filter((u) => u.type === query.type) : store.units.list,
  }),

  'units.get': ({ params }, { store }) => {
    const i = store.units.indexOf(params.unit ?? '');
    if (i < 0) throw new ProblemError(404, 'not_found', { param: 'path.unit', detail: `no unit ${params.unit}` });
    return store.units.list[i];
  },

  'config.get': ({ origin, lang }, { store, options }): Config => ({
    name: lang === 'en' ? 'Smart Hải Phòng (sandbox)' : 'Smart Hải Phòng (môi trường thử nghiệm)',
    mapStyleUrl: options.mapStyleUrl,
    basemapUrl: `${origin}/sandbox/basemap/land.json`,
    credits: CREDITS[lang],
    attribution: CREDITS[lang].map((c) => c.text).join(' · '),
    hotline: '1022',
    emergencyNumbers:
      lang === 'en'
        ? [
            { number: '113', name: 'Police' },
            { number: '114', name: 'Fire and rescue' },
            { number: '115', name: 'Ambulance' },
          ]
        : [
            { number: '113', name: 'Công an' },
            { number: '114', name: 'Cứu hỏa, cứu nạn' },
            { number: '115', name: 'Cấp cứu' },
          ],
    requireSignIn: options.requireSignIn,
    identityProvider: {
      name: lang === 'en' ? 'VNeID (sandbox sign-in)' : 'VNeID (đăng nhập thử nghiệm)',
      authorizationEndpoint: `${origin}/sandbox/oauth/authorize`,
      tokenEndpoint: `${origin}/sandbox/oauth/token`,
      clientId: options.clientId,
      scopes: ['openid', 'profile'],
    },
    maxPhotos: options.maxPhotos,
    maxPhotoBytes: options.maxPhotoBytes,
    cityBBox: store.cityBBox,
    sampleData: true,
  }),

  'auth.me': ({ sub }): Me => {
    if (sub === SAMPLE_CITIZEN.sub) return { ...SAMPLE_CITIZEN, roles: [] };
    // Dev sign-in roles of the rollout campaign (officers of a body, the collecting office).
    const account = sub ? campaignAccountBySub(sub) : null;
    if (!account) throw new ProblemError(404, 'not_found');
    return { sub: account.sub, name: account.name, phone: null, email: null, roles: account.roles };
  },

  'procedures.search': ({ query }, { store }) => {
    const fieldKey = query.field ? searchKey(query.field) : null;
    const matches = store.procedures.filter(
      (p) =>
        (!query.q || matchesSearch(`${p.name} ${p.field} ${p.code}`, query.q)) &&
        (fieldKey === null || searchKey(p.field) === fieldKey) &&
        (!query.level || p.level === query.level),
    );
    return pageOf(matches, query, 20);
  },

  'procedures.get': ({ params }, { store }) => {
    const p = store.procedures.find((x) => x.id === params.id || x.code === params.id);
    if (!p) throw new ProblemError(404, 'not_found', { param: 'path.id', detail: `no procedure ${params.id}` });
    return p;
  },

  'places.categories': () => ({ items: PLACE_CATEGORIES }),

  'places.nearby': ({ query }, { store }) => {
    const { lat, lon } = parsePoint(query.point ?? '');
    const radius = query.radius ? Number(query.radius) : 2000;
    const limit = query.limit ? Number(query.limit) : 20;
    const categories = placeCategories(query);
    const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
    const places = store.places;
    const hits = places.spatial.nearest(
      lat,
      lon,
      radius,
      limit,
      (i) => (categories === null || categories[places.category[i] as number] === 1) && places.matchesWords(i, words),
    );
    return {
      items: hits.map((h) => ({ ...(places.list[h.id] as Place), distanceMeters: Math.round(h.distance * 10) / 10 })),
    };
  },

  'places.search': ({ query }, { store }) => {
    const places = store.places;
    const categories = placeCategories(query);
    const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
    let unitCode: string | null = null;
    if (query.unit) {
      const u = store.units.indexOf(query.unit);
      if (u < 0) throw invalid('query.unit', `unknown unit: ${query.unit}`);
      unitCode = store.units.list[u]?.code ?? null;
    }
    const offset = offsetOf(query);
    const limit = query.limit ? Number(query.limit) : 20;
    const items: Place[] = [];
    let total = 0;
    for (const i of places.byName) {
      const p = places.list[i] as Place;
      if (categories && categories[places.category[i] as number] !== 1) continue;
      if (unitCode !== null && p.unitCode !== unitCode) continue;
      if (!places.matchesWords(i, words)) continue;
      if (total >= offset && items.length < limit) items.push(p);
      total++;
    }
    return { items, nextCursor: offset + limit < total ? encodeCursor({ o: offset + limit }) : null, total };
  },

  'places.get': ({ params }, { store }) => {
    const i = store.places.byId.get(params.id ?? '');
    if (i === undefined)
      throw new ProblemError(404, 'not_found', { param: 'path.id', detail: `no place ${params.id}` });
    return store.places.list[i];
  },

  'news.list': (ctx, { store }) => {
    const { query, origin } = ctx;
    let unitCode: string | null = null;
    if (query.unit) {
      const u = store.units.indexOf(query.unit);
      if (u < 0) throw invalid('query.unit', `unknown unit: ${query.unit}`);
      unitCode = store.units.list[u]?.code ?? null;
    }
    const matches = store.news.filter(
      (a) => (!query.category || a.categoryId === query.category) && (unitCode === null || a.unitCode === unitCode),
    );
    const page = pageOf(matches, query, 10);
    return {
      ...page,
      items: page.items.map((a): NewsSummary => {
        const { bodyHtml: _b, author: _a, sourceUrl: _s, ...summary } = newsItem(a, origin);
        return { ...summary, categoryName: newsCategoryName(a.categoryId, ctx) };
      }),
    };
  },

  'news.get': (ctx, { store }) => {
    const a = store.news.find((x) => x.id === ctx.params.id);
    if (!a) throw new ProblemError(404, 'not_found', { param: 'path.id', detail: `no article ${ctx.params.id}` });
    return { ...newsItem(a, ctx.origin), categoryName: newsCategoryName(a.categoryId, ctx) };
  },
};
