import type { CallOptions, Transport } from '../client.js';
import { PagedList } from '../paging.js';
import type { LatLon } from '../schemas/common.js';
import { placeEndpoints, type NearbyPlace, type Place, type PlaceCategory } from '../schemas/places.js';

export interface PlaceNearbyParams extends LatLon {
  /** Metres, 1 to 50 000. Default 2 000. */
  radius?: number;
  /** Category ids (from `categories()`): any of them. */
  category?: string | readonly string[];
  /** Words in the name or address; tone marks and đ/d ignored. */
  q?: string;
  /** Places per page, 1 to 100. Default 20. Paging stops after the nearest 500. */
  limit?: number;
  /** Start from a page's `nextCursor`. */
  cursor?: string;
}

export interface PlaceSearchParams {
  q?: string;
  category?: string | readonly string[];
  unit?: string;
  limit?: number;
  cursor?: string;
}

/** Public places (tiện ích): health, education, government, transport, services. */
export class PlacesResource {
  constructor(private readonly transport: Transport) {}

  categories(options?: CallOptions): Promise<{ items: PlaceCategory[] }> {
    return this.transport.call(placeEndpoints.categories, {}, options);
  }

  /**
   * Places within `radius` metres of a point, nearest first, each with `distanceMeters`
   * (great-circle). Await it for the first page, or `for await` over every place (at most the
   * nearest 500). Errors: 400 `validation_failed` naming `query.point`, `query.category`…
   */
  nearby(params: PlaceNearbyParams, options?: CallOptions): PagedList<NearbyPlace> {
    const { lat, lon, ...rest } = params;
    return new PagedList((cursor) =>
      this.transport.call(
        placeEndpoints.nearby,
        { query: { ...rest, point: [lat, lon], cursor: cursor ?? params.cursor } },
        options,
      ),
    );
  }

  search(params: PlaceSearchParams = {}, options?: CallOptions): PagedList<Place> {
    return new PagedList((cursor) =>
      this.transport.call(placeEndpoints.search, { query: { ...params, cursor: cursor ?? params.cursor } }, options),
    );
  }

  get(id: string, options?: CallOptions): Promise<Place> {
    return this.transport.call(placeEndpoints.get, { params: { id } }, options);
  }
}

/** Builds the `places` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const placesResource = (t: Transport): PlacesResource => new PlacesResource(t);
