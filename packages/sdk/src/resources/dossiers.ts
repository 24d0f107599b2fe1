import type { ResourceFactory } from '../compose-client.js';
import type { CallOptions, Transport } from '../client.js';
import { parseDossierCode } from '../dossier-code.js';
import { dossierEndpoints, type Dossier, type DossierPublic, type DossierRating } from '../schemas/dossiers.js';

/** Dossiers (hồ sơ) of administrative procedures. */
export class DossiersResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Look a dossier up by its code, typed as people type it (spaces, lower case are fine).
   * Personal data comes masked. Rate-limited: a 429 carries `retryAfter`.
   */
  lookup(code: string, options?: CallOptions): Promise<DossierPublic> {
    const canonical = parseDossierCode(code)?.code ?? code.trim();
    return this.transport.call(dossierEndpoints.lookup, { params: { code: canonical } }, options);
  }

  /** The signed-in citizen's dossiers. */
  mine(options?: CallOptions): Promise<{ items: Dossier[] }> {
    return this.transport.call(dossierEndpoints.mine, {}, options);
  }

  /** Rate how a dossier of yours was handled (1–5). */
  rate(code: string, rating: DossierRating, options?: CallOptions): Promise<Dossier> {
    const canonical = parseDossierCode(code)?.code ?? code.trim();
    return this.transport.call(dossierEndpoints.rate, { params: { code: canonical }, json: rating }, options);
  }
}

/** Builds the `dossiers` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const dossiersResource: ResourceFactory<'dossiers'> = (t) => new DossiersResource(t);
