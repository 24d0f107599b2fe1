import type { ProcedureLevel, ProcedurePage } from '@smart-haiphong/sdk';
import { cursorInt, decodeCursor, encodeCursor } from '../http/cursor.js';
import { ProblemError } from '../http/problems.js';
import type { Handler } from './context.js';

const invalid = (param: string, message: string) =>
  new ProblemError(400, 'validation_failed', { param, detail: message, errors: [{ param, message }] });

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export const procedureHandlers: Record<string, Handler> = {
  'procedures.search': ({ query }, { store }): ProcedurePage => {
    const procedures = store.procedures;
    const fields = list(query.field).map((f) => {
      const id = procedures.fieldId(f);
      if (id === null) throw invalid('query.field', `unknown field: ${f}`);
      return id;
    });
    const subjects = list(query.subject);
    for (const s of subjects)
      if (!procedures.subjects.some((x) => x.id === s)) throw invalid('query.subject', `unknown subject: ${s}`);
    let offset = 0;
    if (query.cursor) {
      const o = cursorInt(decodeCursor(query.cursor), 'o');
      if (o === null) throw invalid('query.cursor', 'not a cursor of this list');
      offset = o;
    }
    const limit = query.limit ? Number(query.limit) : 20;
    const { hits, facets } = procedures.search({
      q: query.q,
      fields,
      subjects,
      level: query.level as ProcedureLevel | undefined,
      online: query.online === undefined ? undefined : query.online === 'true',
    });
    return {
      items: hits.slice(offset, offset + limit).map((i) => procedures.summaries[i]!),
      nextCursor: offset + limit < hits.length ? encodeCursor({ o: offset + limit }) : null,
      total: hits.length,
      facets,
      source: procedures.source,
    };
  },

  'procedures.get': ({ params }, { store }) => {
    const p = store.procedures.get(params.id ?? '');
    if (!p)
      throw new ProblemError(404, 'not_found', {
        param: 'path.id',
        detail: `no procedure ${params.id}: a procedure code looks like 1.001193`,
      });
    return p;
  },
};
