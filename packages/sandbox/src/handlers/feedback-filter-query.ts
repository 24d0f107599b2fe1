import { parseBBox, searchKey } from '@smart-haiphong/sdk';
import { CATEGORY_DEFS, STATUSES } from '../data/feedback-catalog.js';
import { ProblemError } from '../http/problems.js';
import { type FeedbackFilter, emptyFilter } from '../store/feedback-filter.js';
import type { SandboxStore } from '../store/store.js';
import { DAY_MS, parseDate } from '../util/time.js';

const invalid = (param: string, message: string) =>
  new ProblemError(400, 'validation_failed', { param, detail: message, errors: [{ param, message }] });

/** Compile the feedback filters of a (validated) query; unknown ids are a 400 naming the field. */
export function feedbackFilter(query: Record<string, string | undefined>, store: SandboxStore): FeedbackFilter {
  const f = emptyFilter();
  if (query.category) {
    f.categories = new Uint8Array(CATEGORY_DEFS.length);
    for (const id of query.category
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      let found = false;
      CATEGORY_DEFS.forEach((c, k) => {
        if (c.id === id || c.group === id) {
          f.categories![k] = 1;
          found = true;
        }
      });
      if (!found) throw invalid('query.category', `unknown category: ${id}`);
    }
  }
  if (query.status) {
    f.statuses = new Uint8Array(STATUSES.length);
    for (const code of query.status
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const k = STATUSES.findIndex((s) => s.code === code);
      if (k < 0) throw invalid('query.status', `unknown status: ${code}`);
      f.statuses[k] = 1;
    }
  }
  if (query.unit) {
    f.unit = store.units.indexOf(query.unit);
    if (f.unit < 0) throw invalid('query.unit', `unknown unit: ${query.unit}`);
  }
  if (query.from) f.from = parseDate(query.from);
  if (query.to) f.to = parseDate(query.to) + DAY_MS;
  if (f.from >= f.to) throw invalid('query.to', 'to must not be before from');
  if (query.q) {
    const key = searchKey(query.q);
    f.q = key === '' ? null : query.q;
  }
  if (query.bbox) f.bbox = parseBBox(query.bbox);
  return f;
}
