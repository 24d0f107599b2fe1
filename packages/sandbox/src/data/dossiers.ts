import {
  DOSSIER_RATING_CRITERIA,
  DOSSIER_STATUSES,
  type Dossier,
  type DossierEvent,
  type DossierOfficial,
  type DossierRatingCriterionId,
  type DossierRatingRecord,
  type DossierStatusCode,
  type Procedure,
  formatDossierCode,
  searchKey,
} from '@smart-haiphong/sdk';
import type { ProcedureStore } from '../store/procedures.js';
import { type Rng, intBetween, pick, stream, weighted } from '../util/random.js';
import {
  DAY_MS,
  HOUR_MS,
  addWorkingDays,
  formatDate,
  formatTimestamp,
  holidaysBetween,
  intoOfficeHours,
} from '../util/time.js';
import type { SeedUnit } from './seed.js';
import {
  communeCommittee,
  communePolice,
  personName,
  sampleAddress,
  samplePhone,
  unitInSentence,
} from './vocabulary.js';

/** The signed-in citizen of the dev sign-in. */
export const SAMPLE_CITIZEN = {
  sub: 'sandbox-citizen-0001',
  name: 'Nguyễn Thị Mai',
  phone: '0912 345 678',
  email: 'cong-dan-mau@example.com',
} as const;

/** How providers' systems word each national status (kept as `raw`). */
const RAW: Record<DossierStatusCode, string> = {
  1: 'Mới đăng ký',
  2: 'Đã tiếp nhận',
  3: 'Từ chối tiếp nhận',
  4: 'Đang giải quyết',
  5: 'Chờ bổ sung hồ sơ',
  6: 'Chờ nộp phí, lệ phí',
  7: 'Công dân rút hồ sơ',
  8: 'Tạm dừng xử lý',
  9: 'Đã có kết quả',
  10: 'Đã trả kết quả',
};

/** Sample agency codes of communes, `000.NN.NNN.H26` (the real Hải Phòng group was not verified). */
export const communeAgencyCode = (u: SeedUnit): string => `000.${u.code.slice(0, 2)}.${u.code.slice(2)}.H26`;

export interface DossierRecord {
  dossier: Dossier;
  ownerSub: string | null;
}

const status = (code: DossierStatusCode) => ({ code, name: DOSSIER_STATUSES[code].vi, raw: RAW[code] });

/** The statuses a dossier passes through to reach `final`. */
function path(rng: Rng, final: DossierStatusCode): DossierStatusCode[] {
  switch (final) {
    case 1:
      return [1];
    case 2:
      return [1, 2];
    case 3:
      return [1, 3];
    case 4:
      return rng() < 0.2 ? [1, 2, 4, 5, 4] : [1, 2, 4];
    case 7:
      return rng() < 0.5 ? [1, 2, 7] : [1, 2, 4, 7];
    case 10:
      return rng() < 0.15 ? [1, 2, 4, 5, 4, 9, 10] : [1, 2, 4, 9, 10];
    default:
      return [1, 2, 4, final];
  }
}

const NOTES: Partial<Record<DossierStatusCode, string>> = {
  3: 'Hồ sơ không thuộc thẩm quyền giải quyết; đề nghị nộp tại cơ quan có thẩm quyền.',
  5: 'Hồ sơ chưa đủ thành phần theo quy định; đề nghị bổ sung giấy tờ theo thông báo.',
  6: 'Đề nghị nộp phí, lệ phí theo thông báo để nhận kết quả.',
  7: 'Công dân đề nghị rút hồ sơ.',
  8: 'Tạm dừng xử lý do có tranh chấp đang được giải quyết.',
  9: 'Đã có kết quả, mời công dân đến nhận hoặc chờ nhận qua bưu chính.',
  10: 'Đã trả kết quả cho công dân.',
};

interface MakeOptions {
  rng: Rng;
  now: number;
  procedure: Procedure;
  unit: SeedUnit;
  final: DossierStatusCode;
  /** Past the due date: open and overdue now, or finished after it. */
  late: boolean;
  seq: (agency: string, date: string) => number;
  owner: { name: string; phone: string; address: string } | null;
  /** A fixed sample: its code and submission time, instead of random ones. */
  fixed?: { code: string; submittedAt: number };
}

const FINISHED = new Set<DossierStatusCode>([3, 7, 8, 9, 10]);
const HOURS = 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu (giờ mẫu / sample hours)';
const PICKUP_BRING = ['Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Căn cước hoặc giấy tờ tùy thân có ảnh'];
const SUPPLEMENT_NOTES = [
  'Bản sao chưa được chứng thực',
  'Thiếu trong hồ sơ',
  'Thông tin chưa khớp với Cơ sở dữ liệu quốc gia về dân cư',
];

/** The procedure's processing time in working days (in person first), or null when the portal gives none. */
export function processingWorkingDays(p: Procedure): number | null {
  const channel = [...p.channels].sort((a, b) => (a.channel === 'in_person' ? -1 : b.channel === 'in_person' ? 1 : 0));
  for (const c of channel) {
    const t = c.processingTime;
    if (!t) continue;
    if (t.unit === 'working_days') return Math.max(1, Math.round(t.value));
    if (t.unit === 'days') return Math.max(1, Math.round((t.value * 5) / 7));
    return 1;
  }
  return null;
}

/** The fee of a procedure in VND (in person first), 0 when free or not stated. */
export function procedureFee(p: Procedure): number {
  const paid = p.channels.map((c) => c.fee?.amountVnd ?? 0).filter((n) => n > 0);
  return paid[0] ?? 0;
}

/** The working days a sample dossier is given: the procedure's, else a sample appointment of 3. */
const dueWorkingDays = (p: Procedure) => processingWorkingDays(p) ?? 3;

function makeDossier(o: MakeOptions): Dossier {
  const { rng, now, procedure, unit, final, late } = o;
  const police = /công an/i.test(procedure.agency ?? '');
  const agencyName = police ? communePolice(unit) : communeCommittee(unit);
  const desk = `Trung tâm Phục vụ hành chính công ${unitInSentence(unit)}`;
  const agencyCode = communeAgencyCode(unit);
  const wd = dueWorkingDays(procedure);
  // Calendar days that `wd` working days span, roughly: for choosing when the dossier was filed.
  const span = Math.ceil(wd * 1.45) + 1;
  const open = !FINISHED.has(final);
  const young = final === 1 || final === 2;
  let ageDays: number;
  if (open && late) ageDays = span + 2 + rng() * 12;
  else if (open) ageDays = young ? rng() * Math.min(2, span * 0.4) : Math.min(span * 0.5, 0.3 + rng() * span * 0.5);
  else ageDays = span + 1 + rng() * 40;
  const asked = now - ageDays * DAY_MS - Math.floor(rng() * 6 * HOUR_MS);
  // Office hours, unless that would put a fresh dossier after the reference time.
  const submitted = o.fixed
    ? o.fixed.submittedAt
    : Math.min(intoOfficeHours(asked), Math.max(asked, now - 30 * 60_000));
  const dueAt = addWorkingDays(submitted, wd);
  const steps = path(rng, final);
  // When the last step happened: after the due date for a late finished dossier, before it otherwise.
  let end: number;
  if (open) end = submitted + (now - submitted) * (0.6 + 0.35 * rng());
  else if (late) end = Math.min(now - HOUR_MS, dueAt + (1 + rng() * 4) * DAY_MS);
  else end = Math.min(now - HOUR_MS, submitted + (dueAt - submitted) * (0.4 + 0.5 * rng()));
  end = Math.max(end, submitted + steps.length * 10 * 60_000);
  const timeline: DossierEvent[] = [];
  steps.forEach((code, k) => {
    const at = k === 0 ? submitted : submitted + ((end - submitted) * k) / (steps.length - 1 || 1);
    timeline.push({
      status: status(code),
      at: formatTimestamp(Math.min(now - 60_000, at)),
      actor: code === 1 ? null : code === 2 || code === 10 ? desk : agencyName,
      note: k === steps.length - 1 || code === 5 ? (NOTES[code] ?? null) : null,
    });
  });
  const last = timeline[timeline.length - 1] as DossierEvent;
  const lastAt = Date.parse(last.at);
  const receivedDate = formatDate(submitted);
  const code = o.fixed?.code ?? formatDossierCode(agencyCode, receivedDate, o.seq(agencyCode, receivedDate));
  const applicant = o.owner ?? {
    name: personName(rng),
    phone: samplePhone(rng, unit, true),
    address: sampleAddress(rng, unit).text,
  };
  const official: DossierOfficial = { name: personName(rng), position: 'Công chức tiếp nhận và trả kết quả', desk };
  const papers = procedure.requiredPapers
    .filter((g) => g.kind === 'papers')
    .flatMap((g) => g.papers)
    .filter((p) => p.original + p.copies > 0);

  const supplement: Dossier['supplement'] =
    final === 5
      ? {
          requestedAt: last.at,
          reason: NOTES[5] as string,
          papers: (papers.length ? papers : [{ name: 'Giấy tờ theo thông báo của cơ quan', original: 1, copies: 0 }])
            .slice(0, 1 + Math.floor(rng() * 2))
            .map((p) => ({ ...p, note: pick(rng, SUPPLEMENT_NOTES) })),
          deadline: formatDate(addWorkingDays(lastAt, 5)),
          place: desk,
          online: procedure.onlineAvailable,
        }
      : null;
  const fee = procedureFee(procedure) || 50_000;
  const feeText = procedure.channels.find((c) => (c.fee?.amountVnd ?? 0) > 0)?.fee?.text;
  const payment: Dossier['payment'] =
    final === 6
      ? {
          amountVnd: fee,
          items: [
            {
              description: feeText ? `Phí, lệ phí theo thủ tục (${feeText})` : 'Phí, lệ phí theo thủ tục (số tiền mẫu)',
              amountVnd: fee,
            },
          ],
          deadline: formatDate(addWorkingDays(lastAt, 5)),
          reference: code,
          methods: [
            {
              kind: 'online',
              name: 'Thanh toán trực tuyến',
              nameEn: 'Pay online',
              // Made absolute by the handlers: the sandbox's sample payment page.
              url: `/sandbox/pay/${encodeURIComponent(code)}`,
              details: 'Trang thanh toán mẫu của môi trường thử nghiệm; không có giao dịch thật.',
            },
            {
              kind: 'counter',
              name: 'Nộp tại quầy',
              nameEn: 'Pay at the desk',
              url: null,
              details: `${desk}. ${HOURS}`,
            },
          ],
        }
      : null;
  const resultStep = timeline.find((e) => e.status.code === 9);
  const resultPickup: Dossier['resultPickup'] =
    final === 9 || final === 10
      ? {
          result: procedure.results[0]?.name ?? 'Kết quả giải quyết thủ tục hành chính',
          channel: 'in_person',
          place: desk,
          address: null,
          hours: HOURS,
          from: resultStep?.at ?? last.at,
          until: null,
          bring: PICKUP_BRING,
          collectedAt: final === 10 ? last.at : null,
        }
      : null;
  return {
    code,
    receivedDate,
    procedureId: procedure.code,
    procedureName: procedure.name,
    agency: agencyName,
    desk,
    status: status(final),
    submittedAt: formatTimestamp(submitted),
    dueAt: formatTimestamp(dueAt),
    holidays: holidaysBetween(submitted, dueAt + 366 * DAY_MS),
    completedAt: open ? null : final === 10 && resultStep ? resultStep.at : last.at,
    applicantName: applicant.name,
    timeline,
    supplement,
    payment,
    resultPickup,
    rated: false,
    rateable: final === 10,
    sample: true,
    applicantPhone: applicant.phone,
    applicantAddress: applicant.address,
    documents: papers.slice(0, 6).map((p, k) => ({ name: p.name, received: !(final === 5 && k === 0) })),
    official,
    rating: null,
  };
}

/** Record a rating on a dossier (the sandbox's sample ratings and `POST …/rating`). */
export function applyRating(
  d: Dossier,
  scores: readonly { id: DossierRatingCriterionId; score: number; comment?: string | undefined }[],
  comment: string | null,
  at: number,
): DossierRatingRecord {
  const clean = (s: string | undefined) => (s?.trim() ? s.trim().normalize('NFC') : null);
  const criteria = (Object.keys(DOSSIER_RATING_CRITERIA) as DossierRatingCriterionId[]).map((id) => {
    const given = scores.find((c) => c.id === id);
    return { id, name: DOSSIER_RATING_CRITERIA[id].vi, score: given?.score ?? 3, comment: clean(given?.comment) };
  });
  const rating: DossierRatingRecord = {
    criteria,
    average: Math.round((criteria.reduce((s, c) => s + c.score, 0) / criteria.length) * 10) / 10,
    comment: clean(comment ?? undefined),
    official: d.official,
    desk: d.desk,
    at: formatTimestamp(at),
  };
  d.rating = rating;
  d.rated = true;
  d.rateable = false;
  return rating;
}

/**
 * Sample dossiers on real procedures of the national catalogue: every one of the ten statuses on
 * time and late (open past the due date, or finished after it), then `count` more
 * by weight; and the sample citizen's own (statuses 1, 2, 4 overdue, 5, 6, 9, and 10 twice: one
 * rated, one to rate).
 */
export function generateDossiers(opts: {
  count: number;
  seed: number;
  now: number;
  units: readonly SeedUnit[];
  procedures: ProcedureStore;
}): DossierRecord[] {
  const { now, units } = opts;
  const all = opts.procedures.list;
  const rng = stream(opts.seed, 'dossiers');
  const counters = new Map<string, number>();
  const seq = (agency: string, date: string) => {
    const key = `${agency}|${date}`;
    const n = (counters.get(key) ?? intBetween(rng, 0, 30)) + 1;
    counters.set(key, n);
    return n;
  };
  // Procedures citizens file: for Vietnamese citizens, with a known processing time and papers.
  const forCitizens = all.filter(
    (p) =>
      p.subjects.includes('citizen') &&
      processingWorkingDays(p) !== null &&
      p.requiredPapers.some((g) => g.kind === 'papers'),
  );
  const pool = forCitizens.length > 20 ? forCitizens : all;
  const withFee = pool.filter((p) => procedureFee(p) > 0);
  const pickFor = (final: DossierStatusCode) => (final === 6 && withFee.length ? pick(rng, withFee) : pick(rng, pool));
  const finals: DossierStatusCode[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const finalWeights = [4, 6, 2, 20, 6, 3, 1.5, 1.5, 8, 40];
  const out: DossierRecord[] = [];
  const add = (final: DossierStatusCode, late: boolean) =>
    out.push({
      dossier: makeDossier({
        rng,
        now,
        procedure: pickFor(final),
        unit: pick(rng, units),
        final,
        late,
        seq,
        owner: null,
      }),
      ownerSub: null,
    });
  for (const final of finals) add(final, false);
  for (const final of finals) add(final, true);
  for (let k = 0; k < opts.count; k++) {
    const final = finals[weighted(rng, finalWeights)] as DossierStatusCode;
    add(final, rng() < 0.2);
  }
  // A share of the returned ones were rated by their (sample) owners.
  for (const r of out)
    if (r.dossier.status.code === 10 && rng() < 0.4)
      applyRating(
        r.dossier,
        (Object.keys(DOSSIER_RATING_CRITERIA) as DossierRatingCriterionId[]).map((id) => ({
          id,
          score: weighted(rng, [1, 1, 2, 8, 12]) + 1,
        })),
        rng() < 0.5 ? 'Cán bộ hướng dẫn nhiệt tình.' : null,
        Math.min(now - 60_000, Date.parse(r.dossier.timeline.at(-1)!.at) + DAY_MS),
      );

  const home = units.find((u) => u.code === '10966') ?? (units[0] as SeedUnit);
  const owner = {
    name: SAMPLE_CITIZEN.name,
    phone: SAMPLE_CITIZEN.phone,
    address: `Thôn Đông, ${home.type} ${home.shortName}`,
  };
  // The procedure whose name (tone marks ignored) contains the words, for the citizen's own dossiers.
  const named = (words: string, needFee = false) =>
    all.find((p) => searchKey(p.name).includes(words) && (!needFee || procedureFee(p) > 0)) ??
    (needFee ? withFee[0] : undefined) ??
    (pool[0] as Procedure);
  const mine: [Procedure, DossierStatusCode, boolean][] = [
    [opts.procedures.get('1.001193') ?? named('dang ky khai sinh'), 10, false],
    [opts.procedures.get('1.000894') ?? named('dang ky ket hon'), 10, false],
    [named('giay phep xay dung'), 4, true],
    [named('dang ky bien dong dat dai'), 5, false],
    [named('ho kinh doanh', true), 6, false],
    [opts.procedures.get('1.004873') ?? named('tinh trang hon nhan'), 9, false],
    [named('dang ky thuong tru'), 2, false],
    [named('ly lich tu phap'), 1, false],
  ];
  mine.forEach(([procedure, final, late], k) => {
    const dossier = makeDossier({ rng, now, procedure, unit: home, final, late, seq, owner });
    if (k === 0)
      applyRating(
        dossier,
        (Object.keys(DOSSIER_RATING_CRITERIA) as DossierRatingCriterionId[]).map((id) => ({ id, score: 5 })),
        'Thủ tục nhanh gọn.',
        Math.min(now - 60_000, Date.parse(dossier.timeline.at(-1)!.at) + DAY_MS),
      );
    out.push({ dossier, ownerSub: SAMPLE_CITIZEN.sub });
  });
  return out;
}

/**
 * The dossier codes the docs, the SDK's docstrings and the tracker's hint show as examples.
 * Every sandbox holds them (once its reference time is past their submission), so that a
 * reader who types one sees a dossier: sample data, on a procedure of the national catalogue,
 * at a sample commune desk. Their agency groups are the docs' examples, not the sandbox's own
 * `000.NN.NNN.H26`, so generated codes never collide with them.
 */
export const DOCUMENTED_DOSSIERS = [
  // Receipt of 30 Sep 2026, 8:40 (Hải Phòng time); result returned.
  { code: '000.00.01.H26-260930-0012', submittedAt: Date.UTC(2026, 8, 30, 1, 40), procedure: '1.001193', final: 10 },
  // An older receipt in another agency's format (23 Aug 2024, 9:15); result returned.
  { code: 'H56.14-240823-0001', submittedAt: Date.UTC(2024, 7, 23, 2, 15), procedure: '1.004873', final: 10 },
] as const satisfies readonly { code: string; submittedAt: number; procedure: string; final: DossierStatusCode }[];

/** The documented sample dossiers submitted before `now`, from their own random stream (the others stay as they were). */
export function documentedDossiers(opts: {
  seed: number;
  now: number;
  units: readonly SeedUnit[];
  procedures: ProcedureStore;
}): DossierRecord[] {
  const rng = stream(opts.seed, 'dossiers-documented');
  const unit = opts.units.find((u) => u.code === '10966') ?? (opts.units[0] as SeedUnit);
  const fallback = opts.procedures.list[0];
  const out: DossierRecord[] = [];
  for (const d of DOCUMENTED_DOSSIERS) {
    const procedure = opts.procedures.get(d.procedure) ?? fallback;
    // A dossier is never from the future: a sandbox set to an earlier time holds no such sample.
    if (!procedure || d.submittedAt >= opts.now - DAY_MS) continue;
    const dossier = makeDossier({
      rng,
      now: opts.now,
      procedure,
      unit,
      final: d.final,
      late: false,
      seq: () => 0,
      owner: null,
      fixed: { code: d.code, submittedAt: d.submittedAt },
    });
    out.push({ dossier, ownerSub: null });
  }
  return out;
}

/**
 * Mask a name for the public view: each word keeps its first letter (or its initial
 * consonant cluster: Ng, Nh, Tr, Th…) and the rest becomes at most three stars,
 * so `Nguyễn Văn An` → `Ng*** V** A*`.
 */
export function maskName(name: string): string {
  return name
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const chars = [...word];
      const cluster = /^(ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu)/i.exec(
        word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      );
      const keep = cluster && chars.length > (cluster[0] as string).length ? (cluster[0] as string).length : 1;
      return chars.slice(0, keep).join('') + '*'.repeat(Math.min(3, Math.max(1, chars.length - keep)));
    })
    .join(' ');
}
