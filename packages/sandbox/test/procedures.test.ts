import assert from 'node:assert/strict';
import { test } from 'node:test';
import seed from '../seed/procedures.json' with { type: 'json' };
import { ORIGIN, call, testSandbox } from './helpers.js';

const sandbox = testSandbox({ feedback: 200 });

/**
 * Real citizen queries, typed without tone marks as on a phone, and the procedure of the
 * national catalogue each must find first.
 */
const QUERIES: [query: string, code: string, name: string][] = [
  ['dang ky ket hon', '1.000894', 'Thủ tục đăng ký kết hôn'],
  ['dang ky khai sinh', '1.001193', 'Thủ tục đăng ký khai sinh'],
  ['dang ky khai tu', '1.000656', 'Thủ tục đăng ký khai tử'],
  ['xac nhan tinh trang hon nhan', '1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'],
  ['dang ky tam tru', '1.004194', 'Đăng ký tạm trú'],
  ['dang ky thuong tru', '1.004222', 'Đăng ký thường trú'],
  ['cap lai the can cuoc', '1.014064', 'Cấp lại thẻ căn cước'],
  ['ho kinh doanh', '1.001612', 'Đăng ký thành lập hộ kinh doanh'],
  ['nuoi con nuoi', '2.001263', 'Đăng ký việc nuôi con nuôi trong nước'],
  ['dang ky giam ho', '1.004837', 'Thủ tục đăng ký giám hộ'],
  ['cai chinh ho tich', '1.004859', 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc'],
  ['ho ngheo', '1.011607', 'Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm'],
  // Words in any order, a word still being typed, a code, marks and case as typed.
  ['ket hon dang ky', '1.000894', 'Thủ tục đăng ký kết hôn'],
  ['dang ky ket h', '1.000894', 'Thủ tục đăng ký kết hôn'],
  ['1.001193', '1.001193', 'Thủ tục đăng ký khai sinh'],
  ['ĐĂNG KÝ  khai-sinh', '1.001193', 'Thủ tục đăng ký khai sinh'],
];

for (const [q, code, name] of QUERIES) {
  test(`"${q}" finds ${code} (${name}) first`, async () => {
    const r = await call(sandbox, `/v1/procedures?q=${encodeURIComponent(q)}&limit=5`);
    assert.equal(r.status, 200);
    assert.equal(r.body.items[0]?.code, code, JSON.stringify(r.body.items.map((p: { name: string }) => p.name)));
    assert.equal(r.body.items[0].name, name);
  });
}

test('ranking: exact code, then name prefix, then all words, then some', async () => {
  const q = async (text: string) =>
    (await call(sandbox, `/v1/procedures?q=${encodeURIComponent(text)}&limit=100`)).body.items as {
      code: string;
      name: string;
    }[];
  const prefix = await q('dang ky ket hon');
  const key = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  // Every name that starts with the words comes before every name that only holds them.
  const starts = prefix.map((p) => /^(thu tuc )?dang ky ket hon/.test(key(p.name)));
  assert.ok(starts.indexOf(false) > 0);
  assert.equal(starts.lastIndexOf(true), starts.indexOf(false) - 1);
  // All words before some words.
  const holds = prefix.map((p) => ['dang', 'ky', 'ket', 'hon'].every((w) => key(p.name).split(/\W+/).includes(w)));
  assert.ok(holds.indexOf(false) > 0);
  assert.equal(holds.lastIndexOf(true), holds.indexOf(false) - 1);
  // A code being typed lists the codes that start with it.
  const partial = await q('1.0046');
  assert.ok(partial.length >= 2 && partial.every((p) => p.code.startsWith('1.0046')));
});

test('filters narrow the count; facets count each filter with the others applied', async () => {
  const all = (await call(sandbox, '/v1/procedures?limit=1')).body;
  assert.equal(all.total, 447);
  const hoTich = all.facets.field.find((f: { label: string }) => f.label === 'Hộ tịch');
  assert.equal(hoTich.value, 'ho-tich');
  const byField = (await call(sandbox, '/v1/procedures?field=ho-tich&limit=100')).body;
  assert.equal(byField.total, hoTich.count);
  assert.ok(byField.items.every((p: { field: string }) => p.field === 'Hộ tịch'));
  // A field by its name, tone marks optional, gives the same.
  assert.equal((await call(sandbox, '/v1/procedures?field=ho%20tich&limit=1')).body.total, byField.total);
  const online = (await call(sandbox, '/v1/procedures?field=ho-tich&online=true&limit=100')).body;
  assert.ok(online.total < byField.total && online.total > 0);
  assert.ok(online.items.every((p: { onlineAvailable: boolean }) => p.onlineAvailable));
  assert.equal(online.total, byField.facets.online.find((f: { value: string }) => f.value === 'true').count);
  const business = (await call(sandbox, '/v1/procedures?subject=enterprise&level=province&limit=100')).body;
  assert.ok(business.total > 0 && business.total < all.total);
  assert.ok(
    business.items.every(
      (p: { subjects: string[]; levels: string[] }) =>
        p.subjects.includes('enterprise') && p.levels.includes('province'),
    ),
  );
  // The field facet, with a field chosen, still counts the other fields.
  assert.ok(byField.facets.field.length > 1);
  const withText = (await call(sandbox, '/v1/procedures?q=khai%20sinh&field=ho-tich&limit=100')).body;
  assert.ok(withText.total < byField.total);
  const bad = await call(sandbox, '/v1/procedures?field=khong-co');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.param, 'query.field');
  assert.equal((await call(sandbox, '/v1/procedures?subject=aliens')).body.param, 'query.subject');
  assert.equal((await call(sandbox, '/v1/procedures?online=maybe')).body.param, 'query.online');
});

test('results are paged with counts; pages do not overlap and cover every match', async () => {
  const seen: string[] = [];
  let cursor = '';
  let total = 0;
  for (let k = 0; k < 20; k++) {
    const r = (await call(sandbox, `/v1/procedures?q=thue&limit=25${cursor ? `&cursor=${cursor}` : ''}`)).body;
    total = r.total;
    seen.push(...r.items.map((p: { code: string }) => p.code));
    if (!r.nextCursor) break;
    cursor = r.nextCursor;
  }
  assert.ok(total > 25);
  assert.equal(seen.length, total);
  assert.equal(new Set(seen).size, total);
});

test('the detail carries what the portal publishes, with the source credited', async () => {
  const r = await call(sandbox, '/v1/procedures/1.000894');
  assert.equal(r.status, 200);
  const p = r.body;
  assert.equal(p.name, 'Thủ tục đăng ký kết hôn');
  assert.equal(p.field, 'Hộ tịch');
  assert.match(p.portalUrl, /^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
  assert.ok(p.channels.length >= 1 && p.channels.every((c: { name: string }) => c.name.length > 0));
  assert.ok(p.requiredPapers.some((g: { kind: string; papers: unknown[] }) => g.kind === 'papers' && g.papers.length));
  assert.ok(p.steps.length > 0);
  assert.ok(p.legalBasis.some((l: { code: string }) => l.code === '123/2015/NĐ-CP'));
  assert.ok(p.subjectDetails.some((s: { name: string }) => s.name === 'Công dân Việt Nam'));
  assert.equal(p.source.name, 'Cổng Dịch vụ công quốc gia');
  assert.match(p.source.credit, /Cổng Dịch vụ công quốc gia/);
  const page = await call(sandbox, '/v1/procedures?q=ket%20hon');
  assert.equal(page.body.source.url, 'https://dichvucong.gov.vn/');
  const missing = await call(sandbox, '/v1/procedures/9.999999');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.param, 'path.id');
});

test("the seed builder repaired the crawl's known flaws", () => {
  const procedures = seed.procedures;
  assert.equal(procedures.length, 447);
  assert.match(JSON.stringify(seed.attribution), /Cổng Dịch vụ công quốc gia/);
  for (const p of procedures) {
    // Legal-basis codes end in a known issuer, not in a stray letter or the next code's digits.
    for (const l of p.legalBasis)
      assert.match(
        l.code,
        /^\d+[a-z]?(\.\d+)?\/\d{4}\/(?:[\p{Lu}]+-)*(?:CP|TTg|QH\d\d|UBTVQH\d\d|B[\p{Lu}]+|CTN|UBTƯMTTQVN|HĐTP|NHNN|TANDTC|VKSNDTC|KTNN)$/u,
        `${p.code}: ${l.code}`,
      );
    // Result codes lost the clipped letters of the next result's name; names start whole.
    for (const r of p.results) {
      if (r.code) assert.match(r.code, /^KQ\.[A-Z]\d+\.\d{5,6}$/, `${p.code}: ${r.code}`);
      assert.ok(!/^(ăn bản|uyết định|iấy|hông báo|rích lục|hẻ )/u.test(r.name), `${p.code}: ${r.name}`);
    }
    for (const g of p.requiredPapers)
      for (const x of g.papers) {
        assert.ok(!/\.(docx?|pdf|xlsx?)$/i.test(x.name), `${p.code}: form file left in "${x.name}"`);
        assert.ok(x.original <= 10 && x.copies <= 10, `${p.code}: quantity ${x.original}/${x.copies}`);
      }
    // A processing time always has its unit; one the source gave without a unit was repaired or dropped.
    for (const c of p.channels) if (c.processingTime) assert.ok(c.processingTime.text.match(/ngày|giờ/));
  }
  // The evidence-based repairs happened (counts from the build).
  assert.ok(seed.repairs.resultNames > 100 && seed.repairs.fileNames > 100 && seed.repairs.quantities > 50);
  const land = procedures.flatMap((p) => p.requiredPapers.flatMap((g) => g.papers)).map((x) => x.name);
  assert.ok(
    land.some((n) => /Luật Đất đai năm 2024$/.test(n)),
    'a year moved back from the quantity',
  );
});

test('search answers in p99 ≤ 5 ms in process (the whole request, parsing to JSON)', async () => {
  const queries = [...QUERIES.map(([q]) => q), 'thue', 'dat dai', 'ho tich', 'xe', 'can cuoc', 'bao hiem xa hoi'];
  const url = (q: string, k: number) =>
    `${ORIGIN}/v1/procedures?q=${encodeURIComponent(q)}&limit=20${k % 2 ? '&online=true' : ''}`;
  // As served (`pnpm start`): answers are not re-validated against their schema.
  const served = testSandbox({ feedback: 200, validateResponses: false });
  // Warm up every query in both variants: the first calls pay for compiling the code paths.
  for (let round = 0; round < 6; round++)
    for (const q of queries) await (await served.handle(new Request(url(q, round)))).text();
  // Wall time counts whatever else the machine runs (CI shares cores); CPU time is this process's
  // own work, which is what the budget is about. Other processes still disturb it (caches, cores
  // shared), so the budget is checked on the quietest of three passes; all three are printed.
  const p = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)] as number;
  const line = (xs: number[]) => `p50 ${p(xs, 0.5).toFixed(2)} ms, p99 ${p(xs, 0.99).toFixed(2)} ms`;
  const passes: number[] = [];
  for (let pass = 1; pass <= 3; pass++) {
    const wall: number[] = [];
    const cpu: number[] = [];
    const index: number[] = [];
    for (let round = 0; round < 20; round++)
      for (const q of queries) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const res = await served.handle(new Request(url(q, round)));
        await res.text();
        const c = process.cpuUsage(c0);
        wall.push(performance.now() - t0);
        cpu.push((c.user + c.system) / 1000);
        const t1 = performance.now();
        served.store.procedures.search({ q });
        index.push(performance.now() - t1);
      }
    passes.push(p(cpu, 0.99));
    console.log(
      `procedure search, pass ${pass}, ${wall.length} requests: CPU ${line(cpu)}; wall ${line(wall)}; the index alone (wall) ${line(index)}`,
    );
  }
  assert.ok(Math.min(...passes) <= 5, `CPU p99 per pass: ${passes.map((x) => x.toFixed(2)).join(', ')} ms`);
});
