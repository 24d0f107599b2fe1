import type { Endpoint } from './schemas/endpoint.js';
import { authEndpoints } from './schemas/auth.js';
import { campaignEndpoints } from './schemas/campaigns.js';
import { configEndpoints } from './schemas/config.js';
import { dossierEndpoints } from './schemas/dossiers.js';
import { feedbackEndpoints } from './schemas/feedback.js';
import { newsEndpoints } from './schemas/news.js';
import { placeEndpoints } from './schemas/places.js';
import { procedureEndpoints } from './schemas/procedures.js';
import { unitEndpoints } from './schemas/units.js';

/** Every operation of the API, grouped by resource. */
export const contract = {
  units: unitEndpoints,
  config: configEndpoints,
  feedback: feedbackEndpoints,
  dossiers: dossierEndpoints,
  procedures: procedureEndpoints,
  places: placeEndpoints,
  news: newsEndpoints,
  auth: authEndpoints,
  campaigns: campaignEndpoints,
} as const;

/** Every operation as a flat list, in contract order. */
export const endpoints: readonly Endpoint[] = Object.values(contract).flatMap((group) => Object.values(group));
