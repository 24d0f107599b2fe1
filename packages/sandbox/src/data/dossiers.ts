import {
  DOSSIER_STATUSES,
  type Dossier,
  type DossierEvent,
  type DossierStatusCode,
  type Procedure,
  formatDossierCode,
} from '@smart-haiphong/sdk';
import { type Rng, intBetween, pick, stream, weighted } from '../util/random.js';
import { DAY_MS, HOUR_MS, addWorkingDays, formatDate, formatTimestamp, intoOfficeHours } from '../util/time.js';
import type { SeedUnit } from './seed.js';
import { communeCommittee, personName, sampleAddress, samplePhone } from './vocabulary.js';

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

/** Agency codes of city departments (`000.00.NN.H26`); communes get `000.NN.NNN.H26`. */
const DEPARTMENT_CODES: Record<string, string> = {
  'Sở Xây dựng thành phố Hải Phòng': '000.00.15.H26',
  'Sở Nông nghiệp và Môi trường thành phố Hải Phòng': '000.00.19.H26',
  'Sở Tài chính thành phố Hải Phòng': '000.00.11.H26',
  'Sở Tư pháp thành phố Hải Phòng': '000.00.12.H26',
  'Sở Y tế thành phố Hải Phòng': '000.00.21.H26',
  'Sở Giáo dục và Đào tạo thành phố Hải Phòng': '000.00.22.H26',
  'Sở Nội vụ thành phố Hải Phòng': '000.00.10.H26',
  'Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng': '000.00.23.H26',
};
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
  5: 'Đề nghị bổ sung bản sao giấy tờ chứng minh quyền sử dụng đất.',
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
  ageDays: number;
  seq: (agency: string, date: string) => number;
  owner: { name: string; phone: string; address: string } | null;
}

function makeDossier(o: MakeOptions): Dossier {
  const { rng, now, procedure, unit, final } = o;
  const agencyName = procedure.level === 'xã' ? `${communeCommittee(unit)} (Bộ phận một cửa)` : procedure.agency;
  const agencyCode =
    procedure.level === 'xã' ? communeAgencyCode(unit) : (DEPARTMENT_CODES[procedure.agency] ?? '000.00.01.H26');
  const asked = now - o.ageDays * DAY_MS - Math.floor(rng() * 8 * HOUR_MS);
  // Office hours, unless that would put a fresh dossier after the reference time.
  const submitted = Math.min(intoOfficeHours(asked), Math.max(asked, now - 30 * 60_000));
  const steps = path(rng, final);
  const workingDays = procedure.processingTime.workingDays;
  const dueAt = workingDays === null ? null : addWorkingDays(submitted, Math.max(1, workingDays));
  // Spread the steps over the time the dossier has had, finishing late for some.
  const span = Math.max(
    HOUR_MS,
    Math.min(now - submitted - HOUR_MS, ((workingDays ?? 1) + 2) * DAY_MS * (0.5 + rng())),
  );
  const timeline: DossierEvent[] = [];
  let at = submitted;
  steps.forEach((code, k) => {
    if (k > 0)
      at = Math.min(now - 60_000, at + Math.max(10 * 60_000, Math.floor((span / steps.length) * (0.5 + rng()))));
    timeline.push({
      status: status(code),
      at: formatTimestamp(at),
      actor: code === 1 ? null : agencyName,
      note: k === steps.length - 1 || code === 5 ? (NOTES[code] ?? null) : null,
    });
  });
  const done = final === 3 || final === 7 || final === 8 || final === 9 || final === 10;
  const last = timeline[timeline.length - 1] as DossierEvent;
  const receivedDate = formatDate(submitted);
  const applicant = o.owner ?? {
    name: personName(rng),
    phone: samplePhone(rng, unit, true),
    address: sampleAddress(rng, unit).text,
  };
  const rated = final === 10 && o.owner === null && rng() < 0.4;
  return {
    code: formatDossierCode(agencyCode, receivedDate, o.seq(agencyCode, receivedDate)),
    receivedDate,
    procedureId: procedure.id,
    procedureName: procedure.name,
    agency: agencyName,
    status: status(final),
    submittedAt: formatTimestamp(submitted),
    dueAt: dueAt === null ? null : formatTimestamp(dueAt),
    overdue: !done && dueAt !== null && now > dueAt,
    completedAt: done ? last.at : null,
    applicantName: applicant.name,
    timeline,
    rated,
    sample: true,
    applicantPhone: applicant.phone,
    applicantAddress: applicant.address,
    documents: procedure.requiredPapers.map((p, k) => ({
      name: p.name,
      received: !(final === 5 && k === procedure.requiredPapers.length - 1),
    })),
    rating: rated
      ? {
          score: weighted(rng, [1, 1, 2, 8, 12]) + 1,
          comment: rng() < 0.5 ? 'Cán bộ hướng dẫn nhiệt tình.' : null,
          at: formatTimestamp(Math.min(now - 60_000, Date.parse(last.at) + DAY_MS)),
        }
      : null,
  };
}

/**
 * Sample dossiers at every one of the ten statuses, and a few owned by the sample citizen
 * (statuses 1, 2, 4 overdue, 5, 6, 9 and 10 twice: one rated, one not).
 */
export function generateDossiers(opts: {
  count: number;
  seed: number;
  now: number;
  units: readonly SeedUnit[];
  procedures: readonly Procedure[];
}): DossierRecord[] {
  const { now, units, procedures } = opts;
  const rng = stream(opts.seed, 'dossiers');
  const counters = new Map<string, number>();
  const seq = (agency: string, date: string) => {
    const key = `${agency}|${date}`;
    const n = (counters.get(key) ?? intBetween(rng, 0, 30)) + 1;
    counters.set(key, n);
    return n;
  };
  const commune = procedures.filter((p) => p.level === 'xã');
  const pickProcedure = () => (rng() < 0.75 ? pick(rng, commune) : pick(rng, procedures));
  const finals: DossierStatusCode[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const finalWeights = [4, 6, 2, 20, 6, 3, 1.5, 1.5, 8, 40];
  const out: DossierRecord[] = [];
  for (let k = 0; k < opts.count; k++) {
    // The first ten cover every status; then by weight.
    const final =
      k < finals.length ? (finals[k] as DossierStatusCode) : (finals[weighted(rng, finalWeights)] as DossierStatusCode);
    const young = final === 1 || final === 2;
    out.push({
      dossier: makeDossier({
        rng,
        now,
        procedure: pickProcedure(),
        unit: pick(rng, units),
        final,
        ageDays: young ? rng() * 3 : 1 + rng() * 120,
        seq,
        owner: null,
      }),
      ownerSub: null,
    });
  }
  const home = units.find((u) => u.code === '10966') ?? (units[0] as SeedUnit);
  const owner = {
    name: SAMPLE_CITIZEN.name,
    phone: SAMPLE_CITIZEN.phone,
    address: `Thôn Đông, ${home.type} ${home.shortName}`,
  };
  const byCode = (code: string) => procedures.find((p) => p.code === code) ?? (procedures[0] as Procedure);
  const mine: [string, DossierStatusCode, number][] = [
    ['1.001193', 10, 40], // đăng ký khai sinh
    ['2.000815', 10, 12], // chứng thực bản sao
    ['1.010007', 4, 60], // giấy phép xây dựng: overdue
    ['1.012764', 5, 25], // đăng ký đất đai
    ['1.001612', 6, 6], // hộ kinh doanh
    ['1.004873', 9, 4], // xác nhận tình trạng hôn nhân
    ['1.004227', 2, 1], // đăng ký thường trú
    ['1.004906', 1, 0.2], // lý lịch tư pháp
  ];
  mine.forEach(([id, final, ageDays], k) => {
    const dossier = makeDossier({ rng, now, procedure: byCode(id), unit: home, final, ageDays, seq, owner });
    if (k === 0) {
      dossier.rated = true;
      dossier.rating = { score: 5, comment: 'Thủ tục nhanh gọn.', at: formatTimestamp(now - 30 * DAY_MS) };
    }
    out.push({ dossier, ownerSub: SAMPLE_CITIZEN.sub });
  });
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
