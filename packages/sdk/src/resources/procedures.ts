import type { ResourceFactory } from '../compose-client.js';
import type { CallOptions, Transport } from '../client.js';
import { PagedList } from '../paging.js';
import { procedureEndpoints, type Procedure } from '../schemas/procedures.js';

export interface ProcedureSearchParams {
  /** Text; tone marks and đ/d are ignored. */
  q?: string;
  field?: string;
  level?: 'xã' | 'tỉnh';
  limit?: number;
  cursor?: string;
}

/** Administrative procedures (thủ tục hành chính). */
export class ProceduresResource {
  constructor(private readonly transport: Transport) {}

  search(params: ProcedureSearchParams = {}, options?: CallOptions): PagedList<Procedure> {
    return new PagedList((cursor) =>
      this.transport.call(
        procedureEndpoints.search,
        { query: { ...params, cursor: cursor ?? params.cursor } },
        options,
      ),
    );
  }

  get(id: string, options?: CallOptions): Promise<Procedure> {
    return this.transport.call(procedureEndpoints.get, { params: { id } }, options);
  }
}

/** Builds the `procedures` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const proceduresResource: ResourceFactory<'procedures'> = (t) => new ProceduresResource(t);
