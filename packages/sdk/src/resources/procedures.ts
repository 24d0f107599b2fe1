import type { CallOptions, Transport } from '../client.js';
import { procedureEndpoints, type Procedure, type ProcedureLevel, type ProcedurePage } from '../schemas/procedures.js';

export interface ProcedureSearchParams {
  /** Text as typed: tone marks, đ/d, case and word order are ignored; a code (`1.001193`) finds that procedure. */
  q?: string;
  /** Field ids (`ho-tich`) or names (`Hộ tịch`). */
  field?: string | readonly string[];
  /** Subject ids (`citizen`, `enterprise`…): procedures for any of them. */
  subject?: string | readonly string[];
  level?: ProcedureLevel;
  /** Only procedures that can (true) or cannot (false) be filed online. */
  online?: boolean;
  /** Page size, 1–100 (default 20). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** Administrative procedures (thủ tục hành chính) of the national catalogue. */
export class ProceduresResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Search as citizens type, ranked: exact code, then names starting with the words, then names
   * with all the words, then some. One page with `total`, facet counts and the source's credit;
   * pass `nextCursor` as `cursor` for the next page.
   *
   * ```ts
   * const page = await shp.procedures.search({ q: 'dang ky ket hon', subject: 'citizen' });
   * page.items[0].name; // 'Thủ tục đăng ký kết hôn'
   * ```
   */
  search(params: ProcedureSearchParams = {}, options?: CallOptions): Promise<ProcedurePage> {
    return this.transport.call(
      procedureEndpoints.search,
      {
        query: {
          q: params.q,
          field: params.field,
          subject: params.subject,
          level: params.level,
          online: params.online === undefined ? undefined : String(params.online),
          limit: params.limit,
          cursor: params.cursor,
        },
      },
      options,
    );
  }

  /** A procedure by its national code (`1.001193`), with steps, papers, fees, results and legal basis. 404 when unknown. */
  get(code: string, options?: CallOptions): Promise<Procedure> {
    return this.transport.call(procedureEndpoints.get, { params: { id: code.trim() } }, options);
  }
}

/** Builds the `procedures` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const proceduresResource = (t: Transport): ProceduresResource => new ProceduresResource(t);
