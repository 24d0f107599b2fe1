import {
  configResource,
  feedbackResource,
  unitsResource,
  type Config,
  type FeedbackCategory,
  type FeedbackStatus,
  type ShpClient,
  type Unit,
} from '@smart-haiphong/sdk';
import { useResources } from './client.js';
import { sharedReads, unitsLoader } from './shared-reads.js';

// The resources these loaders call, for the page's shared clients.
useResources({ config: configResource, units: unitsResource, feedback: feedbackResource });

/**
 * The reference data the feedback widgets need (config, units, feedback categories and
 * statuses) changes rarely, and a portal page often holds several widgets: one request per
 * client and page, shared by every element, and the units with the widgets that read them
 * through `loadUnits` (shared-reads.ts).
 */
export interface ReferenceData {
  config: Config;
  units: Unit[];
  categories: FeedbackCategory[];
  statuses: FeedbackStatus[];
}

type Key = keyof ReferenceData;

const loaders: { [K in Key]: (client: ShpClient) => Promise<ReferenceData[K]> } = {
  config: (client) => client.config.get(),
  units: unitsLoader,
  categories: async (client) => (await client.feedback.categories()).items,
  statuses: async (client) => [...(await client.feedback.statuses()).items].sort((a, b) => a.order - b.order),
};

/** Some of the reference data, shared with every other element using the same client (see shared-reads.ts). */
export async function loadReferenceData<K extends Key>(
  client: ShpClient,
  keys: readonly K[],
  signal?: AbortSignal,
): Promise<Pick<ReferenceData, K>> {
  const values = await sharedReads<unknown>(
    client,
    keys,
    loaders as Record<Key, (client: ShpClient) => Promise<unknown>>,
    signal,
  );
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as unknown as Pick<ReferenceData, K>;
}
