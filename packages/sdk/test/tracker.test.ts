// The data the dossier tracker and the procedure search need, over real HTTP against the sandbox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dossierDeadline, isHttpError, parseLookupCode, workingDaysBetween, type DossierPublic } from '../src/index.js';
import { clientFor, startSandbox, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.close());

interface Samples {
  dossiers: { code: string; status: number; overdue: boolean; ownedBySampleCitizen: boolean }[];
  feedback: { id: string; trackingCode: string }[];
}
const samples = async () => (await (await fetch(new URL('/sandbox/samples', sandbox.url))).json()) as Samples;
/**
 * A client with a fresh lookup budget, so that tests do not spend each other's lookups (the
 * limit is kept per client address, and every test here comes from 127.0.0.1).
 */
const client = () => {
  sandbox.sandbox.resetRateLimits();
  return clientFor(sandbox);
};

describe('parseLookupCode', () => {
  it('reads the sample formats alone and inside an SMS, and says which kind each is', () => {
    const cases: [string, 'dossier' | 'feedback', string][] = [
      ['000.00.01.H26-260930-0012', 'dossier', '000.00.01.H26-260930-0012'],
      ['H56.14-240823-0001', 'dossier', 'H56.14-240823-0001'],
      ['PA-261130-0001', 'feedback', 'PA-261130-0001'],
      [
        'UBND xa Binh Giang: Ho so 000.00.01.H26-260930-0012 cua ong/ba da duoc tiep nhan, hen tra ket qua 07/10/2026.',
        'dossier',
        '000.00.01.H26-260930-0012',
      ],
      ['[DVC] Ma ho so: h56.14 – 240823 — 0001. Tra cuu tai dichvucong.gov.vn', 'dossier', 'H56.14-240823-0001'],
      ['Cam on ban da gui phan anh. Ma theo doi: pa-261130-0001. Tong dai 1022', 'feedback', 'PA-261130-0001'],
      ['ma phan anh PA 261130 0001', 'feedback', 'PA-261130-0001'],
      ['Mã hồ sơ của bạn là 000.00.01.H26 - 260930 - 0012 (dữ liệu mẫu)', 'dossier', '000.00.01.H26-260930-0012'],
    ];
    for (const [text, kind, code] of cases) {
      const found = parseLookupCode(text);
      assert.equal(found?.kind, kind, text);
      assert.equal(found?.code, code, text);
    }
    const dossier = parseLookupCode('Ho so H56.14-240823-0001 da xu ly xong');
    assert.ok(dossier?.kind === 'dossier');
    assert.deepEqual([dossier.agency, dossier.receivedDate, dossier.sequence], ['H56.14', '2024-08-23', '0001']);
    const feedback = parseLookupCode('PA-261130-0001');
    assert.ok(feedback?.kind === 'feedback');
    assert.equal(feedback.date, '2026-11-30');
  });

  it('finds nothing where there is no code, or only an impossible date', () => {
    for (const text of [
      '',
      'xin chao',
      'Goi 1022 de phan anh',
      '000.00.01.H26-261332-0001',
      'PA-261131-0001',
      '12-345',
    ])
      assert.equal(parseLookupCode(text), null, text);
  });

  it('takes the first code of a text that holds both kinds', () => {
    assert.equal(parseLookupCode('PA-261130-0001 va ho so H56.14-240823-0001')?.kind, 'feedback');
    assert.equal(parseLookupCode('Ho so H56.14-240823-0001, phan anh PA-261130-0001')?.kind, 'dossier');
  });
});

describe('working days', () => {
  it('count Monday to Friday in Vietnam, without the holidays given', () => {
    // Friday 2026-08-28 17:00 (+07) to Friday 2026-09-04: 2/9 is a holiday (and 1/9 given here too).
    const due = Date.parse('2026-08-28T17:00:00+07:00');
    const later = Date.parse('2026-09-04T09:00:00+07:00');
    assert.equal(workingDaysBetween(due, later), 5);
    assert.equal(workingDaysBetween(due, later, ['2026-09-01', '2026-09-02']), 3);
    // Late the same evening: overdue, 0 working days late; the next working day: 1.
    const d = { dueAt: '2026-08-28T17:00:00+07:00', completedAt: null, holidays: [] };
    assert.deepEqual(
      [
        dossierDeadline(d, Date.parse('2026-08-28T18:00:00+07:00')).overdue,
        dossierDeadline(d, due + 3600e3).workingDaysLate,
      ],
      [true, 0],
    );
    assert.equal(dossierDeadline(d, Date.parse('2026-08-31T08:00:00+07:00')).workingDaysLate, 1);
    assert.equal(dossierDeadline(d, Date.parse('2026-08-27T08:00:00+07:00')).workingDaysLeft, 2);
    const done = { ...d, completedAt: '2026-08-27T10:00:00+07:00' };
    assert.deepEqual(dossierDeadline(done, Date.parse('2027-01-01T00:00:00Z')).overdue, false);
  });
});

describe('dossiers for the tracker', () => {
  it('a pasted SMS finds the dossier; late dossiers are late by working days, computed at viewing time', async () => {
    const { dossiers } = await samples();
    const c = client();
    const late = dossiers.find((d) => d.overdue && !d.ownedBySampleCitizen && [2, 4, 5, 6].includes(d.status))!;
    const onTime = dossiers.find((d) => !d.overdue && d.status === 4)!;
    const sms = `UBND xa: Ho so ${late.code.toLowerCase().replace(/-/g, ' – ')} da duoc tiep nhan. Tra cuu tai Cong DVC.`;
    const found: DossierPublic = await c.dossiers.lookup(sms);
    assert.equal(found.code, late.code);
    // The sandbox's "now" is the time of the request: a late dossier is late now.
    const deadline = dossierDeadline(found);
    assert.equal(deadline.overdue, true);
    assert.ok(deadline.workingDaysLate >= 1, `late by ${deadline.workingDaysLate}`);
    assert.equal(deadline.workingDaysLeft, null);
    const fine = dossierDeadline(await c.dossiers.lookup(onTime.code));
    assert.equal(fine.overdue, false);
    assert.ok(fine.workingDaysLeft !== null && fine.workingDaysLeft >= 0);
    // The procedure it is for is a real one of the catalogue.
    const procedure = await c.procedures.get(found.procedureId);
    assert.equal(procedure.name, found.procedureName);
  });

  it('says what to do now: papers at 5, fee and how to pay at 6, where to collect at 9 and 10', async () => {
    const { dossiers } = await samples();
    const c = client();
    const at = (s: number) => c.dossiers.lookup(dossiers.find((d) => d.status === s && !d.overdue)!.code);
    const [five, six, nine, ten] = await Promise.all([at(5), at(6), at(9), at(10)]);
    assert.ok(five.supplement && five.supplement.papers.length > 0 && five.supplement.papers[0]!.name.length > 3);
    assert.ok(six.payment && six.payment.amountVnd > 0);
    const pay = six.payment.methods.find((m) => m.kind === 'online');
    assert.ok(pay?.url);
    const page = await fetch(pay.url);
    assert.equal(page.status, 200);
    assert.ok(nine.resultPickup && nine.resultPickup.collectedAt === null && nine.resultPickup.bring.length > 0);
    assert.ok(ten.resultPickup?.collectedAt);
    assert.equal(five.payment, null);
    assert.equal(six.resultPickup, null);
  });

  it('an unknown code is 404, a non-code 400 naming the field', async () => {
    const c = client();
    await assert.rejects(c.dossiers.lookup('000.00.01.H26-200101-0001'), (e) => isHttpError(e) && e.status === 404);
    await assert.rejects(
      c.dossiers.lookup('not a code'),
      (e) => isHttpError(e) && e.status === 400 && e.code === 'invalid_dossier_code' && e.param === 'path.code',
    );
  });
});

describe('feedback lookup by tracking code', () => {
  it('shows category, commune, timeline, answer and photos, as typed or pasted', async () => {
    const { feedback } = await samples();
    const c = client();
    const withAnswer = [];
    for (const f of feedback) {
      const typed = ` ${f.trackingCode.toLowerCase().replace(/-/g, ' — ')} `;
      const view = await c.feedback.lookup(`Ma phan anh cua ban:${typed}. Cam on!`);
      assert.equal(view.trackingCode, f.trackingCode);
      assert.equal(view.id, f.id);
      assert.ok(view.category.name.length > 0 && view.unit.name.length > 0);
      assert.equal(view.timeline.at(-1)?.status, view.status.code);
      assert.ok(view.timeline.every((e) => e.statusName.length > 0 && e.statusNameEn.length > 0));
      if (view.answer) withAnswer.push(view);
      if (view.public) assert.ok(view.title && view.content);
    }
    assert.ok(withAnswer.length > 0, 'some sample report has an answer');
    assert.ok(withAnswer[0]!.answer!.body.length > 10);
  });

  it('a private report shows its progress to the code holder, and its content to its reporter', async () => {
    // The reporter signs in (the dev sign-in stands in for VNeID) and sends a private report.
    const reporter = client();
    const request = await reporter.auth.createAuthorizationRequest({ redirectUri: 'http://127.0.0.1/callback' });
    const auto = new URL(request.url);
    auto.searchParams.set('auto', '1');
    const redirect = await fetch(auto, { redirect: 'manual' });
    await reporter.auth.exchangeCode(request, redirect.headers.get('location')!);
    const receipt = await reporter.feedback.submit({
      categoryId: 'duong-hu-hong',
      title: 'Ổ gà trước cổng trường',
      content: 'Ổ gà sâu khoảng 20 cm, xe máy dễ ngã khi trời mưa.',
      location: { lat: 20.86, lon: 106.68 },
      photoIds: [],
      public: false,
    });
    const anyone = await client().feedback.lookup(receipt.trackingCode);
    assert.equal(anyone.public, false);
    assert.equal(anyone.status.code, 'pending');
    assert.deepEqual([anyone.title, anyone.content, anyone.answer, anyone.photos], [null, null, null, []]);
    const own = await reporter.feedback.lookup(receipt.trackingCode);
    assert.equal(own.title, 'Ổ gà trước cổng trường');
    assert.match(own.content ?? '', /20 cm/);
  });

  it('an unknown code is 404; a text without a code is 400', async () => {
    const c = client();
    await assert.rejects(c.feedback.lookup('PA-200101-9999'), (e) => isHttpError(e) && e.status === 404);
    await assert.rejects(
      c.feedback.lookup('khong co ma'),
      (e) => isHttpError(e) && e.status === 400 && e.code === 'invalid_tracking_code',
    );
  });

  it('shares the lookup rate limit with dossiers: 429 with Retry-After', async () => {
    const { feedback } = await samples();
    sandbox.sandbox.resetRateLimits();
    const c = clientFor(sandbox, { retry: false });
    let limited: unknown;
    for (let i = 0; i < 30 && !limited; i++)
      await c.feedback.lookup(feedback[0]!.trackingCode).catch((e: unknown) => (limited = e));
    assert.ok(isHttpError(limited) && limited.status === 429 && (limited.retryAfter ?? 0) > 0);
  });
});

describe('procedures for the search', () => {
  it('finds "dang ky ket hon" first, filters, pages and credits the portal', async () => {
    const c = client();
    const page = await c.procedures.search({ q: 'dang ky ket hon', limit: 5 });
    assert.equal(page.items[0]?.name, 'Thủ tục đăng ký kết hôn');
    assert.ok(page.total > 5 && page.nextCursor);
    assert.match(page.source.credit, /Cổng Dịch vụ công quốc gia/);
    const next = await c.procedures.search({ q: 'dang ky ket hon', limit: 5, cursor: page.nextCursor });
    assert.ok(next.items.every((p) => !page.items.some((q) => q.code === p.code)));
    const hoTich = page.facets.field.find((f) => f.value === 'ho-tich')!;
    const narrowed = await c.procedures.search({ q: 'dang ky ket hon', field: 'ho-tich', online: true });
    assert.ok(narrowed.total <= hoTich.count && narrowed.total > 0);
    assert.ok(narrowed.items.every((p) => p.field === 'Hộ tịch' && p.onlineAvailable));
    const byCode = await c.procedures.search({ q: '1.001193' });
    assert.equal(byCode.items[0]?.code, '1.001193');
    const detail = await c.procedures.get(' 1.001193 ');
    assert.match(detail.portalUrl, /^https:\/\/dichvucong\.gov\.vn\//);
    assert.ok(detail.channels.length > 0 && detail.requiredPapers.length > 0 && detail.legalBasis.length > 0);
  });
});
