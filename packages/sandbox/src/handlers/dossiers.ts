import {
  DOSSIER_RATING_CRITERIA,
  DOSSIER_RATING_SCALE,
  type Dossier,
  type DossierPublic,
  type DossierRating,
  type DossierRatingCriteria,
  type DossierRatingCriterionId,
  parseDossierCode,
  parseLookupCode,
} from '@smart-haiphong/sdk';
import { type DossierRecord, applyRating, maskName } from '../data/dossiers.js';
import { cursorInt, decodeCursor, encodeCursor } from '../http/cursor.js';
import { ProblemError } from '../http/problems.js';
import type { SandboxStore } from '../store/store.js';
import type { Handler } from './context.js';

/** Payment links are stored as sandbox paths; answers carry them absolute. */
function withOrigin(d: Dossier, origin: string): Dossier {
  if (!d.payment) return d;
  return {
    ...d,
    payment: {
      ...d.payment,
      methods: d.payment.methods.map((m) => (m.url?.startsWith('/') ? { ...m, url: origin + m.url } : m)),
    },
  };
}

/** The public view: personal data masked, owner-only fields (contact, papers, official, rating) left out. */
export function publicDossier(d: Dossier, origin = ''): DossierPublic {
  const o = withOrigin(d, origin);
  return {
    code: o.code,
    receivedDate: o.receivedDate,
    procedureId: o.procedureId,
    procedureName: o.procedureName,
    agency: o.agency,
    desk: o.desk,
    status: o.status,
    submittedAt: o.submittedAt,
    dueAt: o.dueAt,
    holidays: o.holidays,
    completedAt: o.completedAt,
    applicantName: maskName(o.applicantName),
    timeline: o.timeline,
    supplement: o.supplement,
    payment: o.payment,
    resultPickup: o.resultPickup,
    rated: o.rated,
    rateable: o.rateable,
    sample: o.sample,
  };
}

function find(store: SandboxStore, raw: string): DossierRecord {
  // The code as typed, or found inside a pasted text (an SMS), as the SDK reads it.
  const inText = parseLookupCode(raw);
  const parsed = parseDossierCode(raw) ?? (inText?.kind === 'dossier' ? inText : null);
  if (!parsed) {
    throw new ProblemError(400, 'invalid_dossier_code', {
      param: 'path.code',
      detail:
        'a dossier code is printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) and looks like 000.00.01.H26-260930-0012',
      errors: [{ param: 'path.code', message: 'not a dossier code' }],
    });
  }
  const record = store.dossiers.get(parsed.code);
  if (!record) throw new ProblemError(404, 'not_found', { param: 'path.code', detail: `no dossier ${parsed.code}` });
  return record;
}

const CRITERIA: DossierRatingCriteria = {
  criteria: (Object.keys(DOSSIER_RATING_CRITERIA) as DossierRatingCriterionId[]).map((id) => ({
    id,
    name: DOSSIER_RATING_CRITERIA[id].vi,
    nameEn: DOSSIER_RATING_CRITERIA[id].en,
  })),
  scale: ([1, 2, 3, 4, 5] as const).map((value) => ({
    value,
    name: DOSSIER_RATING_SCALE[value].vi,
    nameEn: DOSSIER_RATING_SCALE[value].en,
  })),
  source:
    'Quyết định 2640/QĐ-BNV (10/10/2017) của Bộ Nội vụ, Đề án đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước: năm yếu tố',
};

export const dossierHandlers: Record<string, Handler> = {
  'dossiers.lookup': ({ params, origin }, { store }) => publicDossier(find(store, params.code ?? '').dossier, origin),

  'dossiers.mine': ({ sub, query, origin }, { store }) => {
    const mine = [...store.dossiers.values()]
      .filter((r) => r.ownerSub !== null && r.ownerSub === sub)
      .map((r) => r.dossier)
      .sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt));
    let offset = 0;
    if (query.cursor) {
      const o = cursorInt(decodeCursor(query.cursor), 'o');
      if (o === null)
        throw new ProblemError(400, 'validation_failed', {
          param: 'query.cursor',
          errors: [{ param: 'query.cursor', message: 'not a cursor of this list' }],
        });
      offset = o;
    }
    const limit = query.limit ? Number(query.limit) : 20;
    return {
      items: mine.slice(offset, offset + limit).map((d) => withOrigin(d, origin)),
      nextCursor: offset + limit < mine.length ? encodeCursor({ o: offset + limit }) : null,
      total: mine.length,
    };
  },

  'dossiers.ratingCriteria': () => CRITERIA,

  'dossiers.rate': ({ params, body, sub, origin }, { store, now }) => {
    const record = find(store, params.code ?? '');
    // Someone else's dossier is "not found" to the caller: existence is not revealed.
    if (record.ownerSub === null || record.ownerSub !== sub)
      throw new ProblemError(404, 'not_found', { param: 'path.code' });
    const d = record.dossier;
    if (d.rated)
      throw new ProblemError(409, 'already_rated', {
        param: 'path.code',
        detail: 'this dossier has been rated already; a dossier is rated once',
      });
    if (d.status.code !== 10)
      throw new ProblemError(409, 'not_rateable', {
        param: 'path.code',
        detail: 'a dossier can be rated once its result has been returned (status 10, Đã trả kết quả)',
      });
    const r = body as DossierRating;
    applyRating(d, r.criteria, r.comment ?? null, now());
    return withOrigin(d, origin);
  },
};
