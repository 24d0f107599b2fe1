import * as z from 'zod/mini';
import { CursorParam, LimitParam, TextQueryParam, page } from './common.js';
import { endpoint } from './endpoint.js';

/** An administrative procedure (thủ tục hành chính). */
export const Procedure = z.object({
  id: z.string(),
  /** National procedure code, e.g. `1.001612`. */
  code: z.string(),
  name: z.string(),
  /** Field (lĩnh vực), e.g. `Hộ tịch`. */
  field: z.string(),
  /** Agency that handles it. */
  agency: z.string(),
  /** Level that handles it: `xã` (commune) or `tỉnh` (city). */
  level: z.enum(['xã', 'tỉnh']),
  /** Online service: `full` (toàn trình), `partial` (một phần) or `none`. */
  online: z.enum(['full', 'partial', 'none']),
  fees: z.array(z.object({ description: z.string(), amountVnd: z.int().check(z.nonnegative()) })),
  processingTime: z.object({
    /** Working days; null when same-day or not fixed. */
    workingDays: z.nullable(z.int().check(z.nonnegative())),
    text: z.string(),
  }),
  requiredPapers: z.array(z.object({ name: z.string(), original: z.int(), copies: z.int() })),
  sample: z.boolean(),
});
export type Procedure = z.infer<typeof Procedure>;

export const ProcedureSearchQuery = z.object({
  q: z.optional(TextQueryParam),
  field: z.optional(z.string().check(z.maxLength(100))),
  level: z.optional(z.enum(['xã', 'tỉnh'])),
  cursor: z.optional(CursorParam),
  limit: z.optional(LimitParam),
});

export const procedureEndpoints = {
  search: endpoint({
    id: 'procedures.search',
    method: 'GET',
    path: '/v1/procedures',
    tag: 'procedures',
    summary: 'Search procedures (tone marks ignored)',
    query: ProcedureSearchQuery,
    response: page(Procedure),
  }),
  get: endpoint({
    id: 'procedures.get',
    method: 'GET',
    path: '/v1/procedures/{id}',
    tag: 'procedures',
    summary: 'Get a procedure',
    params: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }),
    response: Procedure,
  }),
};
