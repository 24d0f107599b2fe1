import type { Campaign, CampaignBody, CampaignBodyGroup, CampaignReportSubmission, MeRole } from '@smart-haiphong/sdk';
import { type Rng, intBetween, stream } from '../util/random.js';
import { personName } from './vocabulary.js';

/**
 * The sample rollout campaign of xã Bình Giang (10966). The dispatch's month (02/2026), its
 * deadlines (officials by 15/03/2026, the rest by 31/03/2026) and the office that collects the
 * reports (UBND xã through its Văn hóa – Xã hội office) are the dispatch's; its number and day
 * are not known here and are marked as sample. No real list of the commune's thôn or schools
 * is available: bodies are either generic types every commune has (HĐND xã, Trạm Y tế xã…)
 * or clearly sample names ("Thôn mẫu 1", "Trường Tiểu học mẫu A"). Figures and signers'
 * names in the reports are generated.
 */

export const CAMPAIGN_ID = 'binh-giang-2026-smart-haiphong';
const UNIT = { code: '10966', name: 'Xã Bình Giang', shortName: 'Bình Giang' } as const;
const COMMITTEE = 'Ủy ban nhân dân xã Bình Giang';
const PARTY = 'Đảng ủy xã Bình Giang';
const FRONT = 'Ủy ban MTTQ Việt Nam xã Bình Giang';
const OFFICIALS_DUE = '2026-03-15';
const RESIDENTS_DUE = '2026-03-31';

const GROUPS: (Omit<CampaignBodyGroup, 'dueDate'> & { signerTitle: string; managingBody: string })[] = [
  {
    id: 'party',
    name: 'Các cơ quan tham mưu, giúp việc Đảng ủy xã',
    nameEn: 'Party committee’s offices',
    deadlineId: 'officials',
    signerTitle: 'TRƯỞNG BAN',
    managingBody: PARTY,
  },
  {
    id: 'council',
    name: 'Hội đồng nhân dân xã',
    nameEn: 'People’s Council',
    deadlineId: 'officials',
    signerTitle: 'CHỦ TỊCH',
    managingBody: COMMITTEE,
  },
  {
    id: 'front',
    name: 'Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị – xã hội',
    nameEn: 'Fatherland Front and mass organisations',
    deadlineId: 'officials',
    signerTitle: 'CHỦ TỊCH',
    managingBody: FRONT,
  },
  {
    id: 'office',
    name: 'Các phòng, ban, đơn vị thuộc UBND xã',
    nameEn: 'Offices and units of the People’s Committee',
    deadlineId: 'officials',
    signerTitle: 'TRƯỞNG PHÒNG',
    managingBody: COMMITTEE,
  },
  {
    id: 'health',
    name: 'Trạm Y tế xã',
    nameEn: 'Health station',
    deadlineId: 'officials',
    signerTitle: 'TRẠM TRƯỞNG',
    managingBody: COMMITTEE,
  },
  {
    id: 'school',
    name: 'Các trường học',
    nameEn: 'Schools',
    deadlineId: 'officials',
    signerTitle: 'HIỆU TRƯỞNG',
    managingBody: COMMITTEE,
  },
  {
    id: 'police',
    name: 'Công an xã',
    nameEn: 'Commune police',
    deadlineId: 'officials',
    signerTitle: 'TRƯỞNG CÔNG AN XÃ',
    managingBody: 'Công an thành phố Hải Phòng',
  },
  {
    id: 'military',
    name: 'Ban Chỉ huy quân sự xã',
    nameEn: 'Commune military command',
    deadlineId: 'officials',
    signerTitle: 'CHỈ HUY TRƯỞNG',
    managingBody: COMMITTEE,
  },
  {
    id: 'hamlet',
    name: 'Các thôn',
    nameEn: 'Hamlets (thôn)',
    deadlineId: 'residents',
    signerTitle: 'TRƯỞNG THÔN',
    managingBody: COMMITTEE,
  },
  {
    id: 'digital-team',
    name: 'Tổ công nghệ số cộng đồng',
    nameEn: 'Community digital-technology team',
    deadlineId: 'residents',
    signerTitle: 'TỔ TRƯỞNG',
    managingBody: COMMITTEE,
  },
];

/** `[id, name, nameEn, group, signer title if not the group's]`. */
const BODIES: [string, string, string, string, string?][] = [
  ['van-phong-dang-uy', 'Văn phòng Đảng ủy xã', 'Office of the Party committee', 'party', 'CHÁNH VĂN PHÒNG'],
  ['ban-xay-dung-dang', 'Ban Xây dựng Đảng Đảng ủy xã', 'Party-building board', 'party'],
  ['hdnd', 'Hội đồng nhân dân xã', 'People’s Council', 'council'],
  ['mttq', 'Ủy ban MTTQ Việt Nam xã', 'Vietnam Fatherland Front committee', 'front'],
  ['hoi-phu-nu', 'Hội Liên hiệp Phụ nữ xã', 'Women’s Union', 'front'],
  ['hoi-nong-dan', 'Hội Nông dân xã', 'Farmers’ Association', 'front'],
  ['hoi-cuu-chien-binh', 'Hội Cựu chiến binh xã', 'Veterans’ Association', 'front'],
  ['doan-thanh-nien', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'Youth Union', 'front', 'BÍ THƯ'],
  [
    'van-phong-hdnd-ubnd',
    'Văn phòng HĐND và UBND xã',
    'Office of the Council and Committee',
    'office',
    'CHÁNH VĂN PHÒNG',
  ],
  ['phong-kinh-te', 'Phòng Kinh tế xã', 'Economic office', 'office'],
  ['phong-van-hoa-xa-hoi', 'Phòng Văn hóa – Xã hội xã', 'Culture and Society office', 'office'],
  [
    'trung-tam-phuc-vu-hcc',
    'Trung tâm Phục vụ hành chính công xã',
    'Public administration centre',
    'office',
    'GIÁM ĐỐC',
  ],
  ['tram-y-te', 'Trạm Y tế xã', 'Health station', 'health'],
  ['truong-mam-non-mau-a', 'Trường Mầm non mẫu A', 'Sample kindergarten A', 'school'],
  ['truong-tieu-hoc-mau-a', 'Trường Tiểu học mẫu A', 'Sample primary school A', 'school'],
  ['truong-thcs-mau-a', 'Trường THCS mẫu A', 'Sample lower secondary school A', 'school'],
  ['cong-an', 'Công an xã', 'Commune police', 'police'],
  ['ban-chqs', 'Ban Chỉ huy quân sự xã', 'Commune military command', 'military'],
  ...[1, 2, 3, 4, 5, 6].map((n): [string, string, string, string] => [
    `thon-mau-${n}`,
    `Thôn mẫu ${n}`,
    `Sample hamlet ${n}`,
    'hamlet',
  ]),
  ['to-cong-nghe-so', 'Tổ công nghệ số cộng đồng xã', 'Community digital-technology team', 'digital-team'],
];

const DEADLINES = [
  {
    id: 'officials',
    name: 'Cán bộ, công chức, viên chức, người lao động',
    nameEn: 'Officials and public employees',
    dueDate: OFFICIALS_DUE,
  },
  {
    id: 'residents',
    name: 'Người dân (các thôn, tổ công nghệ số cộng đồng)',
    nameEn: 'Residents (hamlets, digital-technology team)',
    dueDate: RESIDENTS_DUE,
  },
] as const;

const dueOf = (deadlineId: string) => DEADLINES.find((d) => d.id === deadlineId)?.dueDate ?? RESIDENTS_DUE;

export const SAMPLE_CAMPAIGN: Campaign = {
  id: CAMPAIGN_ID,
  unitCode: UNIT.code,
  unitName: UNIT.name,
  title: 'Triển khai cài đặt và sử dụng ứng dụng Smart Hải Phòng (dữ liệu mẫu)',
  titleEn: 'Rolling out the Smart Hải Phòng app (sample data)',
  dispatch: {
    number: '…/UBND-VHXH (số mẫu)',
    date: '2026-02-10',
    issuer: COMMITTEE,
    subject: 'V/v triển khai cài đặt, sử dụng ứng dụng Smart Hải Phòng và đăng nhập bằng tài khoản VNeID',
    subjectEn: 'On installing and using the Smart Hải Phòng app and signing in with VNeID',
  },
  collector: { body: COMMITTEE, office: 'Phòng Văn hóa – Xã hội', officeEn: 'Culture and Society office' },
  managingBody: COMMITTEE,
  place: UNIT.shortName,
  reportDueDate: RESIDENTS_DUE,
  deadlines: DEADLINES.map((d) => ({ ...d })),
  groups: GROUPS.map(({ id, name, nameEn, deadlineId }) => ({
    id,
    name,
    nameEn,
    deadlineId,
    dueDate: dueOf(deadlineId),
  })),
  bodyCount: BODIES.length,
  sample: true,
};

export const SAMPLE_BODIES: CampaignBody[] = BODIES.map(([id, name, nameEn, groupId, signerTitle]) => {
  const group = GROUPS.find((g) => g.id === groupId);
  if (!group) throw new Error(`no group ${groupId}`);
  return {
    id,
    name,
    nameEn,
    groupId,
    dueDate: dueOf(group.deadlineId),
    managingBody: group.managingBody,
    signerTitle: signerTitle ?? group.signerTitle,
    sample: true,
  };
});

/**
 * Which sample bodies reported, and when (local time, +07:00): on time, late (after their
 * deadline) or with a correction. Bodies not listed have not reported.
 */
export const SAMPLE_REPORT_TIMES: Record<string, string[]> = {
  'van-phong-dang-uy': ['2026-03-10T09:15:00+07:00'],
  hdnd: ['2026-03-12T10:00:00+07:00'],
  mttq: ['2026-03-14T08:30:00+07:00', '2026-03-15T16:10:00+07:00'], // corrected on its last day
  'hoi-phu-nu': ['2026-03-18T14:00:00+07:00'], // late
  'hoi-cuu-chien-binh': ['2026-03-13T15:20:00+07:00'],
  'doan-thanh-nien': ['2026-03-20T09:00:00+07:00'], // late
  'van-phong-hdnd-ubnd': ['2026-03-09T11:00:00+07:00'],
  'phong-kinh-te': ['2026-03-11T09:40:00+07:00'],
  'phong-van-hoa-xa-hoi': ['2026-03-11T10:30:00+07:00'],
  'trung-tam-phuc-vu-hcc': ['2026-03-12T14:45:00+07:00'],
  'tram-y-te': ['2026-03-13T16:00:00+07:00'],
  'truong-tieu-hoc-mau-a': ['2026-03-14T10:00:00+07:00'],
  'truong-thcs-mau-a': ['2026-03-17T08:00:00+07:00'], // late
  'cong-an': ['2026-03-10T07:45:00+07:00'],
  'ban-chqs': ['2026-03-15T17:30:00+07:00'], // on its last day: on time
  'thon-mau-1': ['2026-03-25T19:00:00+07:00'],
  'thon-mau-2': ['2026-03-30T20:15:00+07:00'],
  'thon-mau-3': ['2026-04-03T08:00:00+07:00'], // late
  'thon-mau-6': ['2026-03-31T21:00:00+07:00'],
  'to-cong-nghe-so': ['2026-03-28T09:00:00+07:00'],
};

/** Sub-units (rows) of a sample body's table, by group: generic kinds of people, no real names. */
const ROWS: Record<string, string[]> = {
  party: ['Cán bộ, công chức', 'Người lao động hợp đồng'],
  council: ['Thường trực HĐND xã', 'Các Ban của HĐND xã', 'Đại biểu HĐND xã'],
  front: ['Cán bộ chuyên trách', 'Ủy viên Ban Chấp hành', 'Hội viên, đoàn viên'],
  office: ['Cán bộ, công chức', 'Người lao động hợp đồng'],
  health: ['Viên chức, nhân viên', 'Người dân đến khám, chữa bệnh'],
  school: ['Cán bộ quản lý, giáo viên, nhân viên', 'Cha mẹ học sinh'],
  police: ['Cán bộ, chiến sĩ', 'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở'],
  military: ['Cán bộ Ban Chỉ huy', 'Dân quân thường trực'],
  hamlet: ['Nhóm hộ mẫu 1', 'Nhóm hộ mẫu 2', 'Nhóm hộ mẫu 3'],
  'digital-team': ['Thành viên tổ', 'Người dân được hướng dẫn cài đặt'],
};

const REASONS = [
  'Điện thoại không hỗ trợ (không phải điện thoại thông minh)',
  'Chưa có tài khoản định danh điện tử mức độ 2',
  'Người cao tuổi, cần hỗ trợ thêm',
  'Đi làm ăn xa, chưa liên hệ được',
];

function sampleSubmission(body: CampaignBody, rng: Rng, date: string, correction: boolean): CampaignReportSubmission {
  const names = ROWS[body.groupId] ?? ['Cán bộ, công chức'];
  const big = body.groupId === 'hamlet' || body.groupId === 'health' || body.groupId === 'school';
  const rows = names.map((name) => {
    const total = big ? intBetween(rng, 60, 420) : intBetween(rng, 4, 40);
    const missing = rng() < 0.35 ? 0 : intBetween(rng, 1, Math.max(1, Math.floor(total * (big ? 0.3 : 0.15))));
    const installed = Math.max(0, total - missing - (correction ? 0 : intBetween(rng, 0, 2)));
    return {
      name,
      total,
      installed,
      ...(installed < total ? { reason: REASONS[intBetween(rng, 0, REASONS.length - 1)] as string } : {}),
    };
  });
  return {
    header: {
      managingBody: body.managingBody,
      bodyName: body.name,
      number: `${intBetween(rng, 1, 40)}/BC (mẫu)`,
      place: SAMPLE_CAMPAIGN.place,
      date,
      recipient: SAMPLE_CAMPAIGN.collector.body,
    },
    rows,
    recipients: ['Như trên', 'Phòng Văn hóa – Xã hội xã', 'Lưu: VT'],
    signer: { title: body.signerTitle, name: personName(rng) },
  };
}

/** The sample reports: each body's versions in order, with their times. */
export function sampleReports(
  seed: number,
): { bodyId: string; versions: { at: number; submission: CampaignReportSubmission }[] }[] {
  return SAMPLE_BODIES.filter((b) => SAMPLE_REPORT_TIMES[b.id]).map((body) => {
    const times = SAMPLE_REPORT_TIMES[body.id] as string[];
    const rng = stream(seed, 'campaign-report', SAMPLE_BODIES.indexOf(body));
    const signer = personName(stream(seed, 'campaign-signer', SAMPLE_BODIES.indexOf(body)));
    return {
      bodyId: body.id,
      versions: times.map((at, k) => {
        const s = sampleSubmission(body, rng, at.slice(0, 10), k > 0);
        return { at: Date.parse(at), submission: { ...s, signer: { ...s.signer, name: signer } } };
      }),
    };
  });
}

/** A dev sign-in account of the sandbox: who signs in with a `login_hint`. */
export interface SandboxAccount {
  sub: string;
  name: string;
  roles: MeRole[];
}

/** `officer:<body id>` for a body's officer, `collector:<unit code or slug>` for the collecting office. */
export function campaignAccount(hint: string): SandboxAccount | null {
  const officer = /^officer:([a-z0-9-]+)$/.exec(hint);
  if (officer) {
    const body = SAMPLE_BODIES.find((b) => b.id === officer[1]);
    if (!body) return null;
    return {
      sub: `sandbox-officer-${body.id}`,
      name: `Cán bộ mẫu – ${body.name}`,
      roles: [{ type: 'officer', unitCode: UNIT.code, bodyId: body.id, bodyName: body.name }],
    };
  }
  if (hint === `collector:${UNIT.code}` || hint === 'collector:binh-giang') {
    return {
      sub: `sandbox-collector-${UNIT.code}`,
      name: 'Cán bộ mẫu – Phòng Văn hóa – Xã hội xã Bình Giang',
      roles: [{ type: 'collector', unitCode: UNIT.code, office: SAMPLE_CAMPAIGN.collector.office }],
    };
  }
  return null;
}

/** The account behind a token's subject (officers and the collecting office), or null. */
export function campaignAccountBySub(sub: string): SandboxAccount | null {
  const officer = /^sandbox-officer-([a-z0-9-]+)$/.exec(sub);
  if (officer) return campaignAccount(`officer:${officer[1]}`);
  if (sub === `sandbox-collector-${UNIT.code}`) return campaignAccount(`collector:${UNIT.code}`);
  return null;
}
