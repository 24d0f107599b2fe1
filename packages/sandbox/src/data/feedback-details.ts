import type { Feedback, FeedbackAnswer, FeedbackSummary, Photo, TimelineEntry } from '@smart-haiphong/sdk';
import { FLAG_PUBLIC, type FeedbackColumns } from '../store/feedback-columns.js';
import { round5 } from '../util/geo.js';
import { type Rng, pick, stream } from '../util/random.js';
import { DAY_MS, HOUR_MS, compactDate, formatTimestamp } from '../util/time.js';
import { CATEGORY_DEFS, STATUSES } from './feedback-catalog.js';
import { OPENINGS, REJECT_REASONS, REQUESTS, type ReportTemplate, TEMPLATES } from './feedback-templates.js';
import type { SeedUnit } from './seed.js';
import { communeCommittee, communePolice, sampleAddress, unitInSentence } from './vocabulary.js';

/** What is kept for a report sent through the API (generated reports keep none of this). */
export interface SubmittedFeedback {
  title: string;
  content: string;
  address: string | null;
  photos: { id: string; width: number; height: number }[];
  public: boolean;
  /** The signed-in reporter's subject, never shown. */
  reporterSub: string | null;
  contact: { name: string; phone?: string | undefined; email?: string | undefined } | null;
}

/** Everything about one report that is not in the columns. */
interface Text {
  title: string;
  content: string;
  address: string | null;
  timeline: TimelineEntry[];
  answer: FeedbackAnswer | null;
  updatedAt: number;
  followers: number;
}

export const HOTLINE_DESK = 'Tổng đài 1022 Hải Phòng';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function answeringAgency(categoryIdx: number, unit: SeedUnit): string {
  const agency = CATEGORY_DEFS[categoryIdx]?.agency ?? 'commune';
  if (agency === 'commune') return communeCommittee(unit);
  if (agency === 'police') return communePolice(unit);
  return agency;
}

/** Reads reports out of the columns, generating their text from the index and the seed. */
export class FeedbackDescriber {
  constructor(
    private readonly cols: FeedbackColumns,
    private readonly units: readonly SeedUnit[],
    private readonly seed: number,
    private readonly now: () => number,
    private readonly submitted: Map<number, SubmittedFeedback>,
  ) {}

  id = (i: number): string => `fb-${i + 1}`;
  trackingCode = (i: number): string =>
    `PA-${compactDate(this.cols.created[i] as number)}-${String(this.cols.daySeq[i]).padStart(4, '0')}`;

  /** The index of a report id (`fb-123`), or -1. */
  indexOf(id: string): number {
    const m = /^fb-(\d{1,9})$/.exec(id);
    if (!m) return -1;
    const i = Number(m[1]) - 1;
    return i >= 0 && i < this.cols.count ? i : -1;
  }

  /** Title, content and address, for text search (without the timeline, which search does not read). */
  searchText(i: number): string {
    const sub = this.submitted.get(i);
    if (sub) return `${sub.title} ${sub.content} ${sub.address ?? ''}`;
    const t = this.words(stream(this.seed, 'feedback-text', i), i);
    return `${t.title} ${t.content} ${t.address}`;
  }

  summary(i: number, origin: string): FeedbackSummary {
    const c = this.cols;
    const t = this.text(i);
    const photos = this.photos(i, origin);
    return {
      id: this.id(i),
      trackingCode: this.trackingCode(i),
      categoryId: (CATEGORY_DEFS[c.category[i] as number] as { id: string }).id,
      status: (STATUSES[c.status[i] as number] as { code: string }).code,
      title: t.title,
      excerpt: excerpt(t.content),
      location: { lat: round5(c.lat[i] as number), lon: round5(c.lon[i] as number) },
      unitCode: (this.units[c.unit[i] as number] as SeedUnit).code,
      address: t.address,
      createdAt: formatTimestamp(c.created[i] as number),
      updatedAt: formatTimestamp(t.updatedAt),
      photoCount: photos.length,
      thumbnailUrl: photos[0]?.thumbnailUrl ?? null,
      answered: t.answer !== null,
    };
  }

  full(i: number, origin: string): Feedback {
    const t = this.text(i);
    const sub = this.submitted.get(i);
    return {
      ...this.summary(i, origin),
      content: t.content,
      photos: this.photos(i, origin),
      timeline: t.timeline,
      answer: t.answer,
      public: ((this.cols.flags[i] as number) & FLAG_PUBLIC) !== 0,
      followers: t.followers,
      sample: sub === undefined,
    };
  }

  photos(i: number, origin: string): Photo[] {
    const sub = this.submitted.get(i);
    if (sub) {
      return sub.photos.map((p) => ({
        id: p.id,
        url: `${origin}/v1/media/${p.id}`,
        thumbnailUrl: `${origin}/v1/media/${p.id}`,
        width: p.width,
        height: p.height,
      }));
    }
    const id = this.id(i);
    return Array.from({ length: this.cols.photos[i] as number }, (_, k) => ({
      id: `${id}-photo-${k + 1}`,
      url: `${origin}/sandbox/images/feedback/${id}/${k + 1}.svg`,
      thumbnailUrl: `${origin}/sandbox/images/feedback/${id}/${k + 1}.svg?size=thumb`,
      width: 800,
      height: 600,
    }));
  }

  /** The generated words of a report: the first draws of its random stream, in this order. */
  private words(rng: Rng, i: number) {
    const unit = this.units[this.cols.unit[i] as number] as SeedUnit;
    const cat = CATEGORY_DEFS[this.cols.category[i] as number] as (typeof CATEGORY_DEFS)[number];
    const template = pick(rng, TEMPLATES[cat.id] as readonly ReportTemplate[]);
    const addr = sampleAddress(rng, unit);
    const fill = (s: string) =>
      s
        .replace('{Road}', capitalise(addr.road))
        .replace('{road}', addr.road)
        .replace('{place}', addr.street)
        .replace('{unit}', unitInSentence(unit))
        .replace('{address}', addr.text);
    const title = capitalise(fill(template.title));
    const opening = fill(pick(rng, OPENINGS));
    const detail = template.detail;
    const content = `${opening}${opening.endsWith(', ') ? lowerFirst(detail) : detail} ${pick(rng, REQUESTS)}`;
    return { unit, template, title, content, address: addr.text };
  }

  private text(i: number): Text {
    const sub = this.submitted.get(i);
    const created = this.cols.created[i] as number;
    if (sub) {
      return {
        title: sub.title,
        content: sub.content,
        address: sub.address,
        timeline: [{ status: 'pending', at: formatTimestamp(created), actor: null, note: 'Đã gửi phản ánh' }],
        answer: null,
        updatedAt: created,
        followers: 0,
      };
    }
    const rng = stream(this.seed, 'feedback-text', i);
    const { unit, template, title, content, address } = this.words(rng, i);
    const { timeline, answer } = this.timeline(rng, i, unit, this.cols.category[i] as number, template.answers);
    const last = timeline[timeline.length - 1] as TimelineEntry;
    return {
      title,
      content,
      address,
      timeline,
      answer,
      updatedAt: Date.parse(last.at),
      followers: Math.floor(rng() ** 3 * 40),
    };
  }

  /** A timeline that ends in the report's status, every step before the reference time. */
  private timeline(rng: Rng, i: number, unit: SeedUnit, catIdx: number, answers: readonly string[]) {
    const status = (STATUSES[this.cols.status[i] as number] as { code: string }).code;
    const created = this.cols.created[i] as number;
    const agency = answeringAgency(catIdx, unit);
    const steps: string[] =
      status === 'pending'
        ? ['pending']
        : status === 'accepted'
          ? ['pending', 'accepted']
          : status === 'in_progress'
            ? ['pending', 'accepted', 'in_progress']
            : status === 'transferred'
              ? ['pending', 'accepted', 'transferred']
              : status === 'resolved'
                ? rng() < 0.25
                  ? ['pending', 'accepted', 'transferred', 'in_progress', 'resolved']
                  : ['pending', 'accepted', 'in_progress', 'resolved']
                : rng() < 0.5
                  ? ['pending', 'rejected']
                  : ['pending', 'accepted', 'rejected'];
    const gaps = steps.map((s, k) =>
      k === 0
        ? 0
        : s === 'accepted'
          ? (1 + rng() * 20) * HOUR_MS
          : s === 'resolved'
            ? (1 + rng() * 12) * DAY_MS
            : (0.3 + rng() * 3) * DAY_MS,
    );
    const total = gaps.reduce((a, b) => a + b, 0);
    const room = this.now() - created - 60_000;
    const scale = total > room ? Math.max(0, room) / total : 1;
    let at = created;
    let answer: FeedbackAnswer | null = null;
    const timeline = steps.map((s, k): TimelineEntry => {
      at += Math.floor((gaps[k] as number) * scale);
      const when = formatTimestamp(at);
      switch (s) {
        case 'pending':
          return { status: s, at: when, actor: null, note: 'Đã gửi phản ánh' };
        case 'accepted':
          return { status: s, at: when, actor: HOTLINE_DESK, note: `Đã tiếp nhận, chuyển ${agency} xử lý.` };
        case 'transferred':
          return { status: s, at: when, actor: HOTLINE_DESK, note: `Chuyển ${agency} xử lý theo thẩm quyền.` };
        case 'in_progress':
          return { status: s, at: when, actor: agency, note: 'Đang kiểm tra, xác minh tại hiện trường.' };
        case 'resolved':
          answer = { agency, body: pick(rng, answers), answeredAt: when };
          return { status: s, at: when, actor: agency, note: 'Đã xử lý xong.' };
        default: {
          const actor = k === 1 ? HOTLINE_DESK : agency;
          answer = { agency: actor, body: pick(rng, REJECT_REASONS), answeredAt: when };
          return { status: s, at: when, actor, note: 'Không đủ điều kiện xử lý.' };
        }
      }
    });
    return { timeline, answer: answer as FeedbackAnswer | null };
  }
}
