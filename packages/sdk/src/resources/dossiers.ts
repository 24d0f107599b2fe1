import type { CallOptions, Transport } from '../client.js';
import { parseDossierCode } from '../dossier-code.js';
import { parseLookupCode } from '../lookup-code.js';
import { PagedList } from '../paging.js';
import {
  dossierEndpoints,
  type Dossier,
  type DossierPublic,
  type DossierRating,
  type DossierRatingCriteria,
} from '../schemas/dossiers.js';

/** A dossier code as typed or pasted: the code found in the text, else the text trimmed. */
const canonical = (code: string) => {
  const found = parseLookupCode(code);
  return found?.kind === 'dossier' ? found.code : (parseDossierCode(code)?.code ?? code.trim());
};

/** Dossiers (hồ sơ) of administrative procedures. */
export class DossiersResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Look a dossier up by its code as people type or paste it (spaces, lower case, en/em dashes,
   * a whole SMS around the code). Personal data comes masked. Errors: 400 `invalid_dossier_code`,
   * 404 `not_found`, 429 `rate_limited` with `retryAfter` (seconds).
   */
  lookup(code: string, options?: CallOptions): Promise<DossierPublic> {
    return this.transport.call(dossierEndpoints.lookup, { params: { code: canonical(code) } }, options);
  }

  /**
   * The signed-in citizen's dossiers, newest first, unmasked: await for the first page, or
   * `for await` every dossier. 401 when not signed in.
   */
  mine(params: { limit?: number; cursor?: string } = {}, options?: CallOptions): PagedList<Dossier> {
    return new PagedList((cursor) =>
      this.transport.call(
        dossierEndpoints.mine,
        { query: { limit: params.limit, cursor: cursor ?? params.cursor } },
        options,
      ),
    );
  }

  /** The five criteria of the national satisfaction survey and the 1–5 scale, with vi/en labels. */
  ratingCriteria(options?: CallOptions): Promise<DossierRatingCriteria> {
    return this.transport.call(dossierEndpoints.ratingCriteria, {}, options);
  }

  /**
   * Rate how a dossier of yours was handled: every criterion once, 1–5, comments optional.
   * Only once its result is returned (status 10), once per dossier. Errors: 401 not signed in,
   * 404 not yours, 409 `not_rateable` (not at status 10) or `already_rated`, 400 when a
   * criterion is missing or repeated. Returns the dossier with its `rating`.
   */
  rate(code: string, rating: DossierRating, options?: CallOptions): Promise<Dossier> {
    return this.transport.call(dossierEndpoints.rate, { params: { code: canonical(code) }, json: rating }, options);
  }
}

/** Builds the `dossiers` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const dossiersResource = (t: Transport): DossiersResource => new DossiersResource(t);
