import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseDossierCode, type FeedbackSubmission } from '../src/index.js';
import { clientFor, startSandbox, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.close());

const samples = async () => {
  const response = await fetch(new URL('/sandbox/samples', sandbox.url));
  assert.equal(response.status, 200);
  return (await response.json()) as {
    dossiers: { code: string; status: number; overdue: boolean }[];
    feedback: { id: string; trackingCode: string }[];
    placeIds: string[];
    newsIds: string[];
  };
};

describe('units', () => {
  it("lists all 114 of Hải Phòng's commune-level units, Bình Giang among them", async () => {
    const { items } = await clientFor(sandbox).units.list();
    assert.equal(items.length, 114);
    assert.equal(items.filter((u) => u.type === 'phường').length, 45);
    assert.equal(items.filter((u) => u.type === 'xã').length, 67);
    assert.equal(items.filter((u) => u.type === 'đặc khu').length, 2);
    const binhGiang = items.find((u) => u.code === '10966');
    assert.equal(binhGiang?.name, 'Xã Bình Giang');
    assert.equal(binhGiang?.slug, 'binh-giang');
  });

  it('gets a unit by code or by slug, and filters by type', async () => {
    const client = clientFor(sandbox);
    const [byCode, bySlug] = await Promise.all([client.units.get('10966'), client.units.get('binh-giang')]);
    assert.deepEqual(byCode, bySlug);
    const { items } = await client.units.list({ type: 'đặc khu' });
    assert.deepEqual(items.map((u) => u.shortName).sort(), ['Bạch Long Vĩ', 'Cát Hải']);
  });
});

describe('config', () => {
  it('names the hotline and the identity provider, and says it is sample data', async () => {
    const config = await clientFor(sandbox).config.get();
    assert.equal(config.hotline, '1022');
    assert.equal(config.sampleData, true);
    assert.ok(config.identityProvider.authorizationEndpoint.startsWith(sandbox.url.replace(/\/$/, '')));
  });
});

describe('feedback', () => {
  it('lists categories with notices, and statuses in order', async () => {
    const client = clientFor(sandbox);
    const { items: categories } = await client.feedback.categories();
    assert.ok(categories.length >= 5);
    assert.ok(categories.some((c) => c.groupName === 'Sự cố hạ tầng kỹ thuật'));
    const { items: statuses } = await client.feedback.statuses();
    assert.deepEqual(
      statuses.map((s) => s.order),
      [...statuses.map((s) => s.order)].sort((a, b) => a - b),
    );
  });

  it('filters the list by unit, status and text, and pages with for await', async () => {
    const client = clientFor(sandbox);
    const page = await client.feedback.list({ unit: 'binh-giang', limit: 5 });
    assert.ok(page.items.length > 0);
    assert.ok(page.items.every((f) => f.unitCode === '10966'));
    const resolved = await client.feedback.list({ status: 'resolved', limit: 20 });
    assert.ok(resolved.items.every((f) => f.status === 'resolved'));

    let seen = 0;
    const ids = new Set<string>();
    for await (const item of client.feedback.list({ unit: 'binh-giang', limit: 3 })) {
      ids.add(item.id);
      if (++seen === 10) break;
    }
    assert.equal(ids.size, 10, 'pages do not repeat items');
  });

  it('answers clusters bounded by the view, and nearby reports nearest first', async () => {
    const client = clientFor(sandbox);
    const city = await client.feedback.clusters({ bbox: [105.9, 20.4, 107.2, 21.2], zoom: 9 });
    assert.ok(city.items.length > 0 && city.items.length <= 500);
    const counted = city.items.reduce((n, i) => n + (i.kind === 'cluster' ? i.count : 1), 0);
    assert.equal(counted, city.total);
    const unit = await client.units.get('binh-giang');
    const near = await client.feedback.list({ near: unit.centroid, radius: 5000, limit: 20 });
    assert.ok(near.items.length > 0);
  });

  it('gets a report with its timeline; submits once per idempotency key', async () => {
    const client = clientFor(sandbox);
    const { feedback } = await samples();
    const report = await client.feedback.get(feedback[0]!.id);
    assert.equal((await client.feedback.get(feedback[0]!.trackingCode)).id, report.id, 'found by tracking code too');
    assert.ok(report.timeline.length >= 1);

    const unit = await client.units.get('binh-giang');
    const submission: FeedbackSubmission = {
      categoryId: (await client.feedback.categories()).items[0]!.id,
      title: 'Đường ngập sau mưa',
      content: 'Đoạn đường trước chợ ngập sâu sau mỗi trận mưa lớn.',
      location: unit.centroid,
      photoIds: [],
      public: true,
    };
    const key = crypto.randomUUID();
    const first = await client.feedback.submit(submission, { idempotencyKey: key });
    const second = await client.feedback.submit(submission, { idempotencyKey: key });
    assert.equal(second.id, first.id);
    assert.equal((await client.feedback.get(first.id)).title, 'Đường ngập sau mưa');
  });

  it('uploads a photo and serves the same bytes back', async () => {
    const client = clientFor(sandbox);
    // The smallest valid PNG: 1×1 transparent pixel.
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    const media = await client.feedback.uploadMedia(new Blob([png], { type: 'image/png' }));
    const stored = new Uint8Array(await (await fetch(new URL(media.url, sandbox.url))).arrayBuffer());
    assert.deepEqual(stored, png);
  });
});

describe('dossiers', () => {
  it('looks a dossier up as typed, with the applicant masked and the code parsed', async () => {
    const client = clientFor(sandbox);
    const { dossiers } = await samples();
    assert.deepEqual(
      [...new Set(dossiers.map((d) => d.status))].sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      'samples cover all ten national statuses',
    );
    assert.ok(dossiers.some((d) => d.overdue));
    const code = dossiers[0]!.code;
    const typed = ` ${code.toLowerCase().replace(/-/g, ' - ')} `;
    const dossier = await client.dossiers.lookup(typed);
    assert.equal(dossier.code, code);
    assert.equal(dossier.receivedDate, parseDossierCode(code)?.receivedDate);
    assert.match(dossier.applicantName, /\*/);
    assert.ok(dossier.status.code >= 1 && dossier.status.code <= 10);
    assert.equal(typeof dossier.status.raw, 'string');
    assert.equal('applicantPhone' in dossier, false);
  });
});

describe('procedures, places, news', () => {
  it('searches procedures ignoring tone marks', async () => {
    const client = clientFor(sandbox);
    const page = await client.procedures.search({ q: 'khai sinh' });
    assert.ok(page.items.some((p) => p.name.includes('khai sinh')));
    const one = await client.procedures.get(page.items[0]!.id);
    assert.equal(one.id, page.items[0]!.id);
  });

  it('finds places nearby, nearest first and within the radius; real OSM places are credited', async () => {
    const client = clientFor(sandbox);
    // Nhà hát lớn Hải Phòng, the city centre.
    const { items } = await client.places.nearby({ lat: 20.8561, lon: 106.6822, radius: 3000, limit: 50 });
    assert.ok(items.length > 0);
    for (let i = 1; i < items.length; i++) assert.ok(items[i]!.distanceMeters >= items[i - 1]!.distanceMeters);
    assert.ok(items.every((p) => p.distanceMeters <= 3000));
    const hospitals = await client.places.search({ q: 'benh vien', category: 'health' });
    assert.ok(hospitals.items.some((p) => p.source === 'osm' && p.attribution.includes('OpenStreetMap')));
    const { items: categories } = await client.places.categories();
    assert.ok(categories.length >= 10);
    const place = await client.places.get(items[0]!.id);
    assert.equal(place.name, items[0]!.name);
  });

  it('pages nearby places with for-await, nearest first, never past the nearest 500', async () => {
    const client = clientFor(sandbox);
    const seen: number[] = [];
    for await (const p of client.places.nearby({ lat: 20.8561, lon: 106.6822, radius: 50_000, limit: 100 })) {
      seen.push(p.distanceMeters);
    }
    assert.equal(seen.length, 500);
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => a - b),
    );
    const first = await client.places.nearby({
      lat: 20.8561,
      lon: 106.6822,
      category: ['health'],
      q: 'benh vien',
      limit: 3,
    });
    assert.ok(first.nextCursor);
    assert.ok(first.items.every((p) => p.categoryId === 'health' && p.attribution.length > 0));
  });

  it("lists a commune's news and gets an article", async () => {
    const client = clientFor(sandbox);
    const page = await client.news.list({ unit: 'binh-giang', limit: 5 });
    assert.ok(page.items.length > 0);
    const article = await client.news.get(page.items[0]!.id);
    assert.ok(article.bodyHtml.length > 0);
    assert.equal(article.url, page.items[0]!.url);
  });

  it('lists news categories and filters by one, newest first', async () => {
    const client = clientFor(sandbox);
    const { items: categories } = await client.news.categories();
    assert.ok(['dien', 'nuoc', 'y-te', 'giao-duc', 'du-lich'].every((id) => categories.some((c) => c.id === id)));
    const water = await client.news.list({ category: 'nuoc', limit: 3 });
    assert.ok(water.items.length > 0 && water.items.every((a) => a.categoryId === 'nuoc'));
    const dates = water.items.map((a) => Date.parse(a.publishedAt));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
    await assert.rejects(
      Promise.resolve(client.news.list({ category: 'khong-co' })),
      (e: Error & { param?: string }) => e.param === 'query.category',
    );
  });
});
