import type { CallOptions, Transport } from '../client.js';
import { unitEndpoints, type Unit, type UnitList, type UnitType } from '../schemas/units.js';

export interface UnitListParams {
  /** Only units of this type. */
  type?: UnitType;
}

/** Hải Phòng's commune-level units. */
export class UnitsResource {
  constructor(private readonly transport: Transport) {}

  /** Every commune-level unit (114 since 1 July 2025). */
  list(params: UnitListParams = {}, options?: CallOptions): Promise<UnitList> {
    return this.transport.call(unitEndpoints.list, { query: { type: params.type } }, options);
  }

  /** One unit by official code (`10966`) or slug (`binh-giang`). */
  get(unit: string, options?: CallOptions): Promise<Unit> {
    return this.transport.call(unitEndpoints.get, { params: { unit } }, options);
  }
}

/** Builds the `units` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const unitsResource = (t: Transport): UnitsResource => new UnitsResource(t);
