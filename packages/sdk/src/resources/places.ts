import type { ResourceFactory } from '../compose-client.js';
import type { CallOptions, Transport } from '../client.js';
import { PagedList } from '../paging.js';
import type { LatLon } from '../schemas/common.js';
import { placeEndpoints, type NearbyPlace, type Place, type PlaceCategory } from '../schemas/places.js';

export interface PlaceNearbyParams extends LatLon {
  /** Metres, up to 50 000. Default 2 000. */
  radius?: number;
  category?: string | readonly string[];
  q?: string;
  limit?: number;
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

  /** Places near a point, nearest first, each with its distance. */
  nearby(params: PlaceNearbyParams, options?: CallOptions): Promise<{ items: NearbyPlace[] }> {
    const { lat, lon, ...rest } = params;
    return this.transport.call(placeEndpoints.nearby, { query: { ...rest, point: [lat, lon] } }, options);
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
export const placesResource: ResourceFactory<'places'> = (t) => new PlacesResource(t);
