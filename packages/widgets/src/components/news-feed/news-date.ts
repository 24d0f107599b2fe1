/**
 * Dates of news items as a list shows them: relative while recent ("2 giờ trước",
 * "2 hours ago"), then the calendar date in Hải Phòng ("30/11/2026", "30 Nov 2026").
 */

const HCM = 'Asia/Ho_Chi_Minh';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * @param date the item's date (a `Date` or an ISO string); null or invalid gives `''`
 * @param now the moment to compare with (tests pass a fixed one)
 * @param locale a BCP 47 tag, e.g. `vi`, `en`
 * @returns relative wording below 24 hours (a date slightly in the future, from clock skew,
 *   reads as "just now"), else the date in Hải Phòng's calendar
 */
export function formatNewsDate(date: Date | string | null | undefined, now: Date, locale: string): string {
  if (date === null || date === undefined) return '';
  const d = typeof date === 'string' ? new Date(date) : date;
  const t = d.getTime();
  if (!Number.isFinite(t) || !Number.isFinite(now.getTime())) return '';
  const ago = now.getTime() - t;
  if (ago < 24 * HOUR) {
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    if (ago < MINUTE) return rtf.format(0, 'second');
    if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
    return rtf.format(-Math.floor(ago / HOUR), 'hour');
  }
  return new Intl.DateTimeFormat(locale, {
    timeZone: HCM,
    ...(locale.toLowerCase().startsWith('vi')
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : { dateStyle: 'medium' }),
  }).format(d);
}

/** The machine-readable form for `<time datetime>`: ISO 8601 in UTC, or `''`. */
export const datetimeAttribute = (date: Date | string | null | undefined): string => {
  if (date === null || date === undefined) return '';
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isFinite(d.getTime()) ? d.toISOString() : '';
};
