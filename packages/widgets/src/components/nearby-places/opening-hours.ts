/**
 * OpenStreetMap `opening_hours` for the nearby-places widget: is a place open now, when does
 * that change, and its hours for the week, always in Hải Phòng time (Asia/Ho_Chi_Minh), whatever
 * the device's zone.
 *
 * A small evaluator of the subset that Hải Phòng's places use (see docs/decisions.md, "Nearby
 * places"), not a full implementation of the specification
 * (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification):
 *
 * - `24/7`; rules separated by `;` (a later rule replaces earlier ones on the days it names)
 *   and additional rules after `,` (`Mo-Fr 08:00-12:00, We 14:00-18:00`, adding to them);
 * - weekday selectors `Mo`…`Su`, ranges (also wrapping, `Sa-Mo`), lists, and `PH`
 *   (public holiday), e.g. `Mo-Fr,PH`;
 * - time spans `HH:MM-HH:MM`, several per rule (`07:00-11:30,13:30-17:00`), `24:00` as an
 *   end, spans past midnight (`18:00-02:00`); `off`/`closed`, and `open` (all day).
 *
 * Anything else (months, dates, weeks, `SH`, `sunrise`, open ends `10:00+`, extended hours
 * `22:00-26:00`, comments, `||` fallbacks) and any malformed value evaluates to `unknown`:
 * a place whose hours cannot be read says nothing rather than guessing. Nothing here throws.
 */

/** Days of the week, 0 = Monday … 6 = Sunday (the order of OSM's `Mo`…`Su`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A moment in Hải Phòng time. */
export interface LocalMoment {
  /** The instant. */
  at: Date;
  /** Calendar date in Hải Phòng, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  /** `HH:MM`, 24-hour clock, in Hải Phòng. */
  time: string;
  /** Whole days after the evaluated moment's date (0 = the same day, 1 = tomorrow…). */
  daysAhead: number;
}

/** One opening interval of a day, `HH:MM` in Hải Phòng; `to` is `24:00` for midnight and may be earlier than `from` when it ends after midnight. */
export interface OpeningSpan {
  from: string;
  to: string;
}

/** A day of the week's schedule, for display. */
export interface DaySchedule {
  date: string;
  weekday: Weekday;
  /** The evaluated moment's day. */
  today: boolean;
  /** A public holiday (the `PH` rules applied). */
  holiday: boolean;
  /** Empty when closed all day. */
  spans: OpeningSpan[];
}

export type OpeningHoursStatus =
  | { state: 'unknown' }
  | {
      state: 'open';
      /** When it closes next; `null` when it stays open for the coming week (e.g. `24/7`). */
      closesAt: LocalMoment | null;
      /** Monday to Sunday of the evaluated week. */
      week: DaySchedule[];
    }
  | {
      state: 'closed';
      /** When it opens next; `null` when it does not open in the coming week. */
      opensAt: LocalMoment | null;
      week: DaySchedule[];
    };

export interface OpeningHoursOptions {
  /** Whether a Hải Phòng date (`YYYY-MM-DD`) is a public holiday. Default: {@link isVietnamPublicHoliday}. */
  isHoliday?: (date: string) => boolean;
}

/** A parsed `opening_hours` value. */
export interface ParsedOpeningHours {
  readonly rules: readonly Rule[];
}

interface Rule {
  /** Bit k set: weekday k matches. 0 with `ph` false: every day. */
  days: number;
  ph: boolean;
  /** Minutes after the day's midnight; `to` > `from`, up to 2 × 1440 past midnight. */
  spans: readonly { from: number; to: number }[];
  additional: boolean;
}

const HCM_OFFSET_MS = 7 * 3_600_000; // Vietnam has kept UTC+7 without daylight saving since 1975
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const DAY_NAMES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const DAY = '(?:mo|tu|we|th|fr|sa|su)';
const SELECTOR_ITEM = `(?:${DAY}(?:-${DAY})?|ph)`;
const TIME = '(?:[01]?\\d|2[0-4]):[0-5]\\d';
const SPAN = `${TIME}-${TIME}`;
const RULE = new RegExp(
  `^(?:(${SELECTOR_ITEM}(?:,${SELECTOR_ITEM})*)(?: |$))?(${SPAN}(?:,${SPAN})*|off|closed|open)?$`,
);
/** A `,` that starts an additional rule: after a time or a state, before a selector. */
const ADDITIONAL = new RegExp(`(?<=\\d|off|closed|open),(?=${SELECTOR_ITEM}\\b)`);

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

function parseRule(text: string, additional: boolean): Rule | null {
  const m = RULE.exec(text);
  if (!m?.[2]) return null; // a selector alone names no hours
  let days = 0;
  let ph = false;
  for (const item of m[1]?.split(',') ?? []) {
    if (item === 'ph') {
      ph = true;
      continue;
    }
    const [a, b = a] = item.split('-').map((d) => DAY_NAMES.indexOf(d)) as [number, number?];
    for (let k = a; ; k = (k + 1) % 7) {
      days |= 1 << k;
      if (k === b) break;
    }
  }
  const state = m[2];
  const spans: { from: number; to: number }[] = [];
  if (state === 'open') spans.push({ from: 0, to: 1440 });
  else if (state !== 'off' && state !== 'closed') {
    for (const span of state.split(',')) {
      const [a, b] = span.split('-') as [string, string];
      const from = minutes(a);
      let to = minutes(b);
      if (from >= 1440 || to > 1440 || to === from) return null;
      if (to < from) to += 1440;
      spans.push({ from, to });
    }
  }
  return { days, ph, spans, additional };
}

const cache = new Map<string, ParsedOpeningHours | null>();

/**
 * Parses an `opening_hours` value; `null` for a missing, malformed or unsupported one.
 * Results are cached by value (places share a few dozen distinct values).
 */
export function parseOpeningHours(value: string | null | undefined): ParsedOpeningHours | null {
  if (typeof value !== 'string') return null;
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  const parsed = parse(value);
  if (cache.size > 2000) cache.clear();
  cache.set(value, parsed);
  return parsed;
}

function parse(value: string): ParsedOpeningHours | null {
  const text = value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?([-,]) ?/g, '$1')
    .trim();
  if (text === '' || text.length > 500) return null;
  const rules: Rule[] = [];
  const pieces = text.split(/ ?; ?/);
  for (const [k, piece] of pieces.entries()) {
    if (piece === '') {
      if (k === pieces.length - 1 && k > 0) continue; // a trailing `;` is common and harmless
      return null;
    }
    if (piece === '24/7') {
      rules.push({ days: 0, ph: false, spans: [{ from: 0, to: 1440 }], additional: false });
      continue;
    }
    for (const [j, part] of piece.split(ADDITIONAL).entries()) {
      const rule = parseRule(part, j > 0);
      if (!rule) return null;
      rules.push(rule);
    }
  }
  return rules.length ? { rules } : null;
}

/** The spans of one day (minutes after its midnight), by the rules that apply to it. */
function spansOfDay(parsed: ParsedOpeningHours, weekday: number, holiday: boolean) {
  let spans: { from: number; to: number }[] = [];
  for (const r of parsed.rules) {
    const matches = (r.days === 0 && !r.ph) || (r.days & (1 << weekday)) !== 0 || (r.ph && holiday);
    if (!matches) continue;
    if (r.additional && r.spans.length) spans = spans.concat(r.spans);
    else spans = [...r.spans];
  }
  return spans.sort((a, b) => a.from - b.from);
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (min: number) => `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;
/** Days since 1970-01-01 in Hải Phòng, of an instant. */
const localDay = (ms: number) => Math.floor((ms + HCM_OFFSET_MS) / DAY_MS);
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekdayOfDay = (day: number) => ((day + 3) % 7) as Weekday; // 1970-01-01 was a Thursday

function moment(ms: number, today: number): LocalMoment {
  const day = localDay(ms);
  const min = Math.round((ms + HCM_OFFSET_MS - day * DAY_MS) / MINUTE_MS);
  return {
    at: new Date(ms),
    date: dateOfDay(day),
    weekday: weekdayOfDay(day),
    time: clock(min),
    daysAhead: day - today,
  };
}

/**
 * Open now, and until when, or closed, and until when, at `at` in Hải Phòng time, with the
 * week's hours for display. `unknown` for a missing, malformed or unsupported value, and for
 * an invalid date. Never throws.
 *
 * @example openingHoursAt('Mo-Fr 07:00-11:30,13:30-17:00', new Date('2026-11-30T09:00:00+07:00'))
 *   // { state: 'open', closesAt: { time: '11:30', daysAhead: 0, … }, week: [...] }
 */
export function openingHoursAt(
  value: string | null | undefined,
  at: Date,
  options: OpeningHoursOptions = {},
): OpeningHoursStatus {
  try {
    const parsed = parseOpeningHours(value);
    const now = at.getTime();
    if (!parsed || !Number.isFinite(now)) return { state: 'unknown' };
    const isHoliday = options.isHoliday ?? isVietnamPublicHoliday;
    const today = localDay(now);
    const dayStart = (day: number) => day * DAY_MS - HCM_OFFSET_MS;
    const daySpans = (day: number) => spansOfDay(parsed, weekdayOfDay(day), isHoliday(dateOfDay(day)));

    // Intervals from yesterday (its spans may run past midnight) to a week ahead, merged.
    const horizon = today + 8;
    const merged: [number, number][] = [];
    for (let day = today - 1; day <= horizon; day++) {
      for (const s of daySpans(day)) {
        const a = dayStart(day) + s.from * MINUTE_MS;
        const b = dayStart(day) + s.to * MINUTE_MS;
        const last = merged[merged.length - 1];
        if (last && a <= last[1]) last[1] = Math.max(last[1], b);
        else merged.push([a, b]);
      }
    }
    const end = dayStart(horizon + 1);
    const monday = today - weekdayOfDay(today);
    const week = Array.from({ length: 7 }, (_, k): DaySchedule => {
      const day = monday + k;
      const date = dateOfDay(day);
      return {
        date,
        weekday: k as Weekday,
        today: day === today,
        holiday: isHoliday(date),
        spans: daySpans(day).map((s) => ({ from: clock(s.from), to: s.to === 1440 ? '24:00' : clock(s.to % 1440) })),
      };
    });
    const current = merged.find(([a, b]) => a <= now && now < b);
    if (current) {
      return { state: 'open', closesAt: current[1] >= end ? null : moment(current[1], today), week };
    }
    const next = merged.find(([a]) => a > now);
    return { state: 'closed', opensAt: next ? moment(next[0], today) : null, week };
  } catch {
    return { state: 'unknown' };
  }
}

/**
 * Vietnam's public holidays (Bộ luật Lao động 2019, Art. 112) on a `YYYY-MM-DD` date:
 * 1/1, 30/4, 1/5 and 2/9 every year; for 2025–2027 also Tết Nguyên Đán (New Year's Eve and
 * days 1–3 of the lunar year) and Giỗ Tổ Hùng Vương (10/3 lunar). The government fixes the
 * remaining days (the rest of the Tết break, the day beside 2/9) each year; they are not
 * listed, so a `PH` rule may not apply on them.
 */
export function isVietnamPublicHoliday(date: string): boolean {
  return FIXED_HOLIDAYS.has(date.slice(5)) || LUNAR_HOLIDAYS.has(date);
}
const FIXED_HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-02']);
const LUNAR_HOLIDAYS = new Set([
  // Tết: eve, days 1–3 (Ất Tỵ 2025-01-29, Bính Ngọ 2026-02-17, Đinh Mùi 2027-02-06)
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2027-02-05',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  // Giỗ Tổ Hùng Vương
  '2025-04-07',
  '2026-04-26',
  '2027-04-16',
]);
