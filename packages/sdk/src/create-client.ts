import { createTransport, type ClientOptions } from './client.js';
import { AuthResource } from './resources/auth.js';
import { CampaignsResource } from './resources/campaigns.js';
import { ConfigResource } from './resources/config.js';
import { DossiersResource } from './resources/dossiers.js';
import { FeedbackResource } from './resources/feedback.js';
import { NewsResource } from './resources/news.js';
import { PlacesResource } from './resources/places.js';
import { ProceduresResource } from './resources/procedures.js';
import { UnitsResource } from './resources/units.js';

/** A client of the Smart Hải Phòng API: one namespace per resource. */
export interface ShpClient {
  readonly baseUrl: URL;
  readonly locale: 'vi' | 'en';
  readonly units: UnitsResource;
  readonly config: ConfigResource;
  readonly feedback: FeedbackResource;
  readonly dossiers: DossiersResource;
  readonly procedures: ProceduresResource;
  readonly places: PlacesResource;
  readonly news: NewsResource;
  readonly auth: AuthResource;
  readonly campaigns: CampaignsResource;
}

/**
 * Create a client.
 *
 * ```ts
 * const shp = createClient({ baseUrl: 'https://api.example.vn/' });
 * const { items } = await shp.units.list();
 * for await (const report of shp.feedback.list({ unit: 'binh-giang' })) { … }
 * ```
 */
export function createClient(options: ClientOptions): ShpClient {
  const transport = createTransport(options);
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    baseUrl: transport.baseUrl,
    locale: transport.locale,
    units: new UnitsResource(transport),
    config: new ConfigResource(transport),
    feedback: new FeedbackResource(transport),
    dossiers: new DossiersResource(transport),
    procedures: new ProceduresResource(transport),
    places: new PlacesResource(transport),
    news: new NewsResource(transport),
    auth: new AuthResource(transport, fetchImpl),
    campaigns: new CampaignsResource(transport),
  };
}
