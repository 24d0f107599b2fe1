import { type Dossier, type DossierPublic, type DossierRating, parseDossierCode } from '@smart-haiphong/sdk';
import { type DossierRecord, maskName } from '../data/dossiers.js';
import { ProblemError } from '../http/problems.js';
import type { SandboxStore } from '../store/store.js';
import { formatTimestamp } from '../util/time.js';
import type { Handler } from './context.js';

/** The public view: personal data masked, owner-only fields left out. */
export function publicDossier(d: Dossier): DossierPublic {
  return {
    code: d.code,
    receivedDate: d.receivedDate,
    procedureId: d.procedureId,
    procedureName: d.procedureName,
    agency: d.agency,
    status: d.status,
    submittedAt: d.submittedAt,
    dueAt: d.dueAt,
    overdue: d.overdue,
    completedAt: d.completedAt,
    applicantName: maskName(d.applicantName),
    timeline: d.timeline,
    rated: d.rated,
    sample: d.sample,
  };
}

function find(store: SandboxStore, raw: string): DossierRecord {
  const parsed = parseDossierCode(raw);
  if (!parsed) {
    throw new ProblemError(400, 'invalid_dossier_code', {
      param: 'path.code',
      detail: 'a dossier code looks like 000.00.01.H26-260930-0012',
      errors: [{ param: 'path.code', message: 'not a dossier code' }],
    });
  }
  const record = store.dossiers.get(parsed.code);
  if (!record) throw new ProblemError(404, 'not_found', { param: 'path.code', detail: `no dossier ${parsed.code}` });
  return record;
}

export const dossierHandlers: Record<string, Handler> = {
  'dossiers.lookup': ({ params }, { store }) => publicDossier(find(store, params.code ?? '').dossier),

  'dossiers.mine': ({ sub }, { store }) => ({
    items: [...store.dossiers.values()]
      .filter((r) => r.ownerSub !== null && r.ownerSub === sub)
      .map((r) => r.dossier)
      .sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt)),
  }),

  'dossiers.rate': ({ params, body, sub }, { store, now }) => {
    const record = find(store, params.code ?? '');
    // Someone else's dossier is "not found" to the caller: existence is not revealed.
    if (record.ownerSub === null || record.ownerSub !== sub)
      throw new ProblemError(404, 'not_found', { param: 'path.code' });
    const d = record.dossier;
    if (d.completedAt === null)
      throw new ProblemError(409, 'conflict', { detail: 'a dossier can be rated once it is finished' });
    if (d.rated) throw new ProblemError(409, 'conflict', { detail: 'this dossier has been rated already' });
    const r = body as DossierRating;
    d.rating = {
      score: r.score,
      comment: r.comment || null, // cleaned by the contract's schema
      at: formatTimestamp(now()),
    };
    d.rated = true;
    return d;
  },
};
