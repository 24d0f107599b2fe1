/**
 * Working days in Vietnam, for dossier deadlines ("Trễ hạn N ngày làm việc"). Dates are
 * Vietnam's (UTC+7, no daylight saving); Saturdays, Sundays and the given holidays are not
 * working days. The API sends the holidays with each dossier (`holidays`), so the count is
 * right whenever the dossier is viewed.
 */

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of an instant, in Vietnam. */
const vnDay = (ms: number) => Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
const dayOfDate = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/**
 * Working days strictly after `from`'s day up to and including `to`'s day (Vietnam dates);
 * 0 when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date | number, to: Date | number, holidays: readonly string[] = []): number {
  const a = vnDay(+from);
  const b = vnDay(+to);
  if (b <= a) return 0;
  const off = new Set(holidays.map(dayOfDate));
  let n = 0;
  for (let d = a + 1; d <= b; d++) {
    const weekday = (d + 4) % 7; // 1970-01-01 was a Thursday (4)
    if (weekday !== 0 && weekday !== 6 && !off.has(d)) n++;
  }
  return n;
}

/** Where a dossier stands against its due date, at a given time. */
export interface DossierDeadline {
  /** The due time, or null when the procedure sets none. */
  dueAt: Date | null;
  /** Processing has ended (result ready, returned, refused, withdrawn or stopped). */
  finished: boolean;
  /**
   * Past the due time: now for an open dossier, at `completedAt` for a finished one
   * ("trả kết quả trễ hạn").
   */
  overdue: boolean;
  /** Working days after the due day, up to the reference day (0 when not overdue, or late today). */
  workingDaysLate: number;
  /** Working days left until the due day, counting it (null when finished or no due date). */
  workingDaysLeft: number | null;
}

/**
 * Compute, at viewing time, whether a dossier is late and by how many working days.
 *
 * ```ts
 * const d = await shp.dossiers.lookup(code);
 * const { overdue, workingDaysLate } = dossierDeadline(d); // now
 * ```
 */
export function dossierDeadline(
  dossier: { dueAt: string | null; completedAt: string | null; holidays: readonly string[] },
  now: Date | number = Date.now(),
): DossierDeadline {
  const finished = dossier.completedAt !== null;
  if (dossier.dueAt === null)
    return { dueAt: null, finished, overdue: false, workingDaysLate: 0, workingDaysLeft: null };
  const due = Date.parse(dossier.dueAt);
  const at = finished ? Date.parse(dossier.completedAt as string) : +now;
  const overdue = at > due;
  return {
    dueAt: new Date(due),
    finished,
    overdue,
    workingDaysLate: overdue ? workingDaysBetween(due, at, dossier.holidays) : 0,
    workingDaysLeft: finished || overdue ? null : workingDaysBetween(at - DAY_MS, due, dossier.holidays),
  };
}
