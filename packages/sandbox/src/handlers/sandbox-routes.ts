import { dossierDeadline } from '@smart-haiphong/sdk';
import { CAMPAIGN_ID, SAMPLE_BODIES, SAMPLE_REPORT_TIMES } from '../data/campaigns.js';
import { CATEGORY_DEFS, STATUSES } from '../data/feedback-catalog.js';
import { SAMPLE_CITIZEN } from '../data/dossiers.js';
import { feedbackPhotoSvg, newsImageSvg } from '../data/images.js';
// Imported statically: in the browser, MSW answers every */sandbox/* URL, the sandbox's own modules included.
import land from '../../seed/land.json' with { type: 'json' };
import { ProblemError, json } from '../http/problems.js';
import { decodePathSegment } from '../http/router.js';
import { findNews, newsPageHtml } from './news-page.js';
import type { RequestContext, SandboxServices } from './context.js';

const svg = (body: string) =>
  new Response(body, {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'public, max-age=86400',
      // An SVG opened on its own is a document: it may draw, never run script.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });

/**
 * Routes outside the contract: sample images, served media, the dev sign-in, the OpenAPI
 * document and the list of sample ids. Returns null when the path is not one of them.
 */
export async function sandboxRoute(ctx: RequestContext, s: SandboxServices): Promise<Response | null> {
  const { url, request } = ctx;
  const path = url.pathname;
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const { store } = s;

  const allowed = methodsOf(path);
  if (allowed && !allowed.includes(method)) {
    const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', ');
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow: `${allow}, OPTIONS` } });
    throw new ProblemError(405, 'method_not_allowed', { detail: `use ${allow}`, headers: { allow } });
  }

  const media = /^\/v1\/media\/([^/]+)$/.exec(path);
  if (media && method === 'GET') {
    const id = decodePathSegment(media[1] as string);
    if (id === null) {
      const message = 'the percent-encoding is not valid UTF-8';
      throw new ProblemError(400, 'validation_failed', { param: 'path.id', errors: [{ param: 'path.id', message }] });
    }
    const m = store.media.get(id);
    if (!m) throw new ProblemError(404, 'not_found', { param: 'path.id' });
    const extension = m.contentType.slice('image/'.length).replace('jpeg', 'jpg');
    return new Response(m.bytes.slice(), {
      headers: {
        'content-type': m.contentType,
        'content-length': String(m.bytes.length),
        'cache-control': 'private, max-age=3600',
        'content-disposition': `inline; filename="${m.id}.${extension}"`,
        // Opened on its own, an upload is a picture and nothing else: no script, no plugins.
        'content-security-policy': "default-src 'none'; img-src 'self'; sandbox",
      },
    });
  }

  if (!path.startsWith('/sandbox/') && path !== '/openapi.json') return null;

  if (path === '/openapi.json' && method === 'GET') {
    const { buildOpenApi } = await import('@smart-haiphong/sdk/openapi');
    return json(buildOpenApi({ serverUrl: ctx.origin }));
  }
  if (path === '/sandbox/oauth/authorize' && method === 'GET') return s.oauth.authorize(url, ctx.origin);
  if (path === '/sandbox/oauth/token' && method === 'POST') return s.oauth.token(request);
  if (path === '/sandbox/samples' && method === 'GET') return json(await samples(ctx, s));
  if (path === '/sandbox/basemap/land.json' && method === 'GET') {
    return new Response(JSON.stringify(land), {
      headers: { 'content-type': 'application/geo+json', 'cache-control': 'public, max-age=86400' },
    });
  }

  const pay = /^\/sandbox\/pay\/([^/]+)$/.exec(path);
  if (pay && method === 'GET') return samplePaymentPage(decodeURIComponent(pay[1] as string), s);

  const photo = /^\/sandbox\/images\/feedback\/(fb-\d+)\/(\d+)\.svg$/.exec(path);
  if (photo && method === 'GET') {
    const i = store.feedback.find(photo[1] as string);
    const n = Number(photo[2]);
    if (i < 0 || n < 1 || n > (store.feedback.cols.photos[i] as number) || store.feedback.submitted.has(i)) {
      throw new ProblemError(404, 'not_found');
    }
    const label = CATEGORY_DEFS[store.feedback.cols.category[i] as number]?.name ?? '';
    return svg(feedbackPhotoSvg(photo[1] as string, n, label, url.searchParams.get('size') === 'thumb'));
  }
  const newsImage = /^\/sandbox\/images\/news\/(news-\d+)\.svg$/.exec(path);
  if (newsImage && method === 'GET') {
    const article = findNews(store.news, newsImage[1] as string);
    if (!article) throw new ProblemError(404, 'not_found');
    return svg(newsImageSvg(article.id, article.title));
  }
  const newsPage = /^\/sandbox\/news\/(news-\d+)$/.exec(path);
  if (newsPage && method === 'GET') {
    const article = findNews(store.news, newsPage[1] as string);
    if (!article) throw new ProblemError(404, 'not_found');
    return new Response(newsPageHtml(article), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; img-src 'self'",
      },
    });
  }
  throw new ProblemError(404, 'not_found', { detail: 'no such resource' });
}

/** The methods of the routes outside the contract, by path; undefined for other paths. */
export function methodsOf(path: string): string[] | undefined {
  if (path === '/sandbox/oauth/token') return ['POST'];
  if (
    /^\/v1\/media\/[^/]+$/.test(path) ||
    path === '/openapi.json' ||
    path === '/sandbox/oauth/authorize' ||
    path === '/sandbox/samples' ||
    path === '/sandbox/basemap/land.json' ||
    /^\/sandbox\/images\/(feedback|news)\//.test(path) ||
    /^\/sandbox\/news\/[^/]+$/.test(path)
  )
    return ['GET'];
  return undefined;
}

/** Ids and codes to demo and test with: dossiers at several statuses (some overdue), reports, places, news. */
async function samples(ctx: RequestContext, { store, now }: SandboxServices) {
  const records = [...store.dossiers.values()];
  // Overdue is computed at the time of asking, as clients do: never stored.
  const overdueNow = (r: (typeof records)[number]) => dossierDeadline(r.dossier, now()).overdue;
  const byStatus = new Map<number, (typeof records)[number]>();
  for (const r of records)
    if (r.ownerSub === null && !overdueNow(r) && !byStatus.has(r.dossier.status.code))
      byStatus.set(r.dossier.status.code, r);
  const late = new Map<number, (typeof records)[number]>();
  for (const r of records)
    if (r.ownerSub === null && overdueNow(r) && !late.has(r.dossier.status.code)) late.set(r.dossier.status.code, r);
  const dossier = (r: (typeof records)[number]) => ({
    code: r.dossier.code,
    status: r.dossier.status.code,
    statusName: r.dossier.status.name,
    overdue: overdueNow(r),
    ownedBySampleCitizen: r.ownerSub !== null,
    procedureId: r.dossier.procedureId,
  });

  const fb = store.feedback;
  const picked: number[] = [];
  const seen = new Set<number>();
  let withPhoto = -1;
  let answered = -1;
  for (let i = fb.cols.baseCount - 1; i >= 0 && (seen.size < STATUSES.length || withPhoto < 0 || answered < 0); i--) {
    const st = fb.cols.status[i] as number;
    if (!seen.has(st)) {
      seen.add(st);
      picked.push(i);
    }
    if (withPhoto < 0 && (fb.cols.photos[i] as number) > 0) withPhoto = i;
    if (answered < 0 && st === 4) answered = i;
  }
  for (const i of [withPhoto, answered]) if (i >= 0 && !picked.includes(i)) picked.push(i);
  const binhGiang = store.units.indexOf('10966');
  const binhGiangReport = (await fb.list({ ...emptyUnitFilter(binhGiang) }, { limit: 1 })).ids[0];
  if (binhGiangReport !== undefined && !picked.includes(binhGiangReport)) picked.push(binhGiangReport);

  return {
    sample: true,
    note: 'Dữ liệu mẫu của môi trường thử nghiệm / sample data of the sandbox',
    origin: ctx.origin,
    citizen: SAMPLE_CITIZEN,
    dossiers: [
      ...[...byStatus.values()].sort((a, b) => a.dossier.status.code - b.dossier.status.code),
      ...[...late.values()].sort((a, b) => a.dossier.status.code - b.dossier.status.code),
      ...records.filter((r) => r.ownerSub !== null),
    ].map(dossier),
    feedback: picked.map((i) => ({
      id: fb.describe.id(i),
      trackingCode: fb.describe.trackingCode(i),
      status: STATUSES[fb.cols.status[i] as number]?.code,
      unitCode: store.units.list[fb.cols.unit[i] as number]?.code,
      photoCount: fb.cols.photos[i],
    })),
    placeIds: [
      ...store.places.list.slice(0, 3).map((p) => p.id),
      ...store.places.list
        .filter((p) => p.source === 'sample')
        .slice(0, 5)
        .map((p) => p.id),
    ],
    newsIds: [
      ...store.news.slice(0, 3).map((a) => a.id),
      ...store.news
        .filter((a) => a.unitCode === '10966')
        .slice(0, 2)
        .map((a) => a.id),
    ],
    procedureIds: ['1.001193', '1.000894', '1.004873', '2.000815', '1.001612'].filter((c) => store.procedures.get(c)),
    units: { binhGiang: { code: '10966', slug: 'binh-giang' } },
    // The rollout campaign: the dev sign-in's `login_hint` for each role, and bodies that have not reported.
    campaign: {
      id: CAMPAIGN_ID,
      signIn: {
        citizen: 'citizen',
        collector: 'collector:binh-giang',
        officers: SAMPLE_BODIES.map((b) => `officer:${b.id}`),
      },
      notReported: SAMPLE_BODIES.filter((b) => !SAMPLE_REPORT_TIMES[b.id]).map((b) => b.id),
    },
    counts: {
      feedback: fb.size,
      places: store.places.list.length,
      dossiers: store.dossiers.size,
      news: store.news.length,
    },
  };
}

/** The sample payment page a status-6 dossier links to: says what would be paid, takes no money. */
function samplePaymentPage(code: string, { store }: SandboxServices): Response {
  const d = store.dossiers.get(code)?.dossier;
  if (!d?.payment) throw new ProblemError(404, 'not_found', { detail: `no payment for ${code}` });
  const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const amount = d.payment.amountVnd.toLocaleString('vi-VN');
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Thanh toán mẫu / Sample payment</title>
<main style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">
<h1>Thanh toán mẫu</h1><p>Môi trường thử nghiệm: không có giao dịch thật. / Sandbox: no real payment is made.</p>
<dl><dt>Hồ sơ / Dossier</dt><dd>${esc(d.code)}</dd><dt>Thủ tục / Procedure</dt><dd>${esc(d.procedureName)}</dd>
<dt>Số tiền / Amount</dt><dd>${esc(amount)} đồng</dd></dl></main></html>`;
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

function emptyUnitFilter(unit: number) {
  return { categories: null, statuses: null, unit, from: -Infinity, to: Infinity, q: null, bbox: null };
}
