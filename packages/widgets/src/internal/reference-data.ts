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

// The resources these loaders call, for the page's shared clients.
useResources({ config: configResource, units: unitsResource, feedback: feedbackResource });

/**
 * The reference data every widget needs (config, units, feedback categories and
 * statuses) changes rarely, and a portal page often holds several widgets: one
 * request per client and page, shared by every element. A failed request is
 * forgotten, so that a retry asks again. Each caller keeps its own AbortSignal: one
 * element going away does not cancel the request another is waiting for.
 */
export interface ReferenceData {
  config: Config;
  units: Unit[];
  categories: FeedbackCategory[];
  statuses: FeedbackStatus[];
}

type Key = keyof ReferenceData;
const cache = new WeakMap<ShpClient, Map<Key, Promise<unknown>>>();

const loaders: { [K in Key]: (client: ShpClient) => Promise<ReferenceData[K]> } = {
  config: (client) => client.config.get(),
  units: async (client) => (await client.units.list()).items,
  categories: async (client) => (await client.feedback.categories()).items,
  statuses: async (client) => [...(await client.feedback.statuses()).items].sort((a, b) => a.order - b.order),
};

function shared<K extends Key>(client: ShpClient, key: K): Promise<ReferenceData[K]> {
  let perClient = cache.get(client);
  if (!perClient) cache.set(client, (perClient = new Map()));
  let promise = perClient.get(key) as Promise<ReferenceData[K]> | undefined;
  if (!promise) {
    promise = loaders[key](client);
    perClient.set(key, promise);
    promise.catch(() => perClient.delete(key));
  }
  return promise;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Some of the reference data, shared with every other element using the same client. */
export async function loadReferenceData<K extends Key>(
  client: ShpClient,
  keys: readonly K[],
  signal?: AbortSignal,
): Promise<Pick<ReferenceData, K>> {
  const promises = keys.map((key) => shared(client, key));
  const all = Promise.all(promises);
  // After a failure the caller shows an error with Retry: a retry must not wait on a
  // request of this attempt that is still under way and will fail the same way.
  all.catch(() => {
    const perClient = cache.get(client);
    keys.forEach((key, i) => {
      if (perClient && perClient.get(key) === promises[i]) perClient.delete(key);
    });
  });
  const values = await abortable(all, signal);
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as unknown as Pick<ReferenceData, K>;
}
