/** Times in Hải Phòng (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
export const VN_OFFSET_MS = 7 * 3_600_000;
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2026-05-01T08:30:00+07:00`. */
export function formatTimestamp(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + VN_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}+07:00`;
}

/** The local calendar date, `YYYY-MM-DD`. */
export function formatDate(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `YYMMDD` of the local date (tracking and dossier codes). */
export const compactDate = (ms: number): string => formatDate(ms).slice(2).replace(/-/g, '');

/** Midnight (local) starting the given `YYYY-MM-DD`. */
export function parseDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - VN_OFFSET_MS;
}

export const startOfDay = (ms: number): number => Math.floor((ms + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;

/** Local days since 1970-01-01 (a day number). */
export const dayNumber = (ms: number): number => Math.floor((ms + VN_OFFSET_MS) / DAY_MS);

/** Months since January 1970 of the local date. */
export function monthNumber(ms: number): number {
  const d = new Date(ms + VN_OFFSET_MS);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
}
export const startOfMonthNumber = (month: number): number =>
  Date.UTC(1970 + Math.floor(month / 12), month % 12, 1) - VN_OFFSET_MS;

// Fixed public holidays (Bộ luật Lao động 2019, Art. 112); Tết and Giỗ Tổ follow the lunar
// calendar and are left out: due dates are approximate in the sandbox anyway.
const HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-01', '09-02']);

export function isWorkingDay(ms: number): boolean {
  const d = new Date(ms + VN_OFFSET_MS);
  const wd = d.getUTCDay();
  if (wd === 0 || wd === 6) return false;
  return !HOLIDAYS.has(`${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
}

/** 17:00 on the `days`-th working day after `ms` (the day itself does not count). */
export function addWorkingDays(ms: number, days: number): number {
  let t = startOfDay(ms);
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDay(t)) left--;
  }
  return t + 17 * HOUR_MS;
}

/** Move a time into office hours (07:30–17:00 on a working day), forward. */
export function intoOfficeHours(ms: number): number {
  let t = ms;
  for (let i = 0; i < 14; i++) {
    const day = startOfDay(t);
    const open = day + 7.5 * HOUR_MS;
    const close = day + 17 * HOUR_MS;
    if (isWorkingDay(day) && t <= close) return Math.max(t, open);
    t = day + DAY_MS + 7.5 * HOUR_MS;
  }
  return t;
}

/** The public holidays (weekdays off) between two instants, `YYYY-MM-DD`, for counting working days. */
export function holidaysBetween(fromMs: number, toMs: number): string[] {
  const out: string[] = [];
  for (let t = startOfDay(fromMs); t <= toMs; t += DAY_MS) {
    const wd = new Date(t + VN_OFFSET_MS).getUTCDay();
    if (wd !== 0 && wd !== 6 && !isWorkingDay(t)) out.push(formatDate(t));
  }
  return out;
}
