import { type FeedbackLookup, parseLookupCode } from '@smart-haiphong/sdk';
import { CATEGORY_DEFS, STATUSES } from '../data/feedback-catalog.js';
import { ProblemError } from '../http/problems.js';
import type { Handler } from './context.js';

/** Following a feedback report by its tracking code (`PA-YYMMDD-NNNN`), the citizen's "Xem phản ánh". */
export const lookupHandlers: Record<string, Handler> = {
  'feedback.lookup': ({ params, origin, sub }, { store }): FeedbackLookup => {
    // Read leniently, as dossier codes are: case, spaces, en/em dashes.
    const found = parseLookupCode(params.code ?? '');
    const code = found?.kind === 'feedback' ? found.code : null;
    if (code === null)
      throw new ProblemError(400, 'invalid_tracking_code', {
        param: 'path.code',
        detail: 'a feedback tracking code is shown after sending and looks like PA-261130-0001',
        errors: [{ param: 'path.code', message: 'not a tracking code' }],
      });
    const fb = store.feedback;
    const i = fb.find(code);
    if (i < 0) throw new ProblemError(404, 'not_found', { param: 'path.code', detail: `no feedback report ${code}` });
    const full = fb.describe.full(i, origin);
    // A private report shows its progress to anyone holding the code; its content to its reporter only.
    const open = full.public || (sub !== null && fb.reporterOf(i) === sub);
    const statusOf = (c: string) => STATUSES.find((s) => s.code === c) ?? STATUSES[0]!;
    const category = CATEGORY_DEFS.find((c) => c.id === full.categoryId);
    const unit = store.units.list[store.units.indexOf(full.unitCode)];
    return {
      id: full.id,
      trackingCode: full.trackingCode,
      category: {
        id: full.categoryId,
        name: category?.name ?? full.categoryId,
        nameEn: category?.nameEn ?? full.categoryId,
      },
      unit: { code: full.unitCode, name: unit?.name ?? full.unitCode },
      status: statusOf(full.status),
      timeline: full.timeline.map((e) => ({
        ...e,
        statusName: statusOf(e.status).name,
        statusNameEn: statusOf(e.status).nameEn,
      })),
      answer: open ? full.answer : null,
      title: open ? full.title : null,
      content: open ? full.content : null,
      address: open ? full.address : null,
      photos: open ? full.photos : [],
      createdAt: full.createdAt,
      updatedAt: full.updatedAt,
      public: full.public,
      sample: full.sample,
    };
  },
};
