import type { ShpClient, Unit } from '@smart-haiphong/sdk';

/**
 * Reads that change rarely and that several widgets of a page make (config, units, feedback
 * categories and statuses): one request per client and page, shared by every element. A failed
 * request is forgotten, so that a retry asks again. Each caller keeps its own AbortSignal: one
 * element going away does not cancel the request another is waiting for.
 *
 * This module registers no SDK resource (a widget registers those it calls): the news feed and
 * the nearby places share the units list with the feedback widgets without downloading the
 * feedback contract.
 */
const cache = new WeakMap<ShpClient, Map<string, Promise<unknown>>>();

function shared<T>(client: ShpClient, key: string, load: (client: ShpClient) => Promise<T>): Promise<T> {
  let perClient = cache.get(client);
  if (!perClient) cache.set(client, (perClient = new Map()));
  let promise = perClient.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load(client);
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

/**
 * Several shared reads at once, by key (`loaders[key]` makes the request the first time).
 * Resolves to the values in the order of `keys`.
 */
export async function sharedReads<T>(
  client: ShpClient,
  keys: readonly string[],
  loaders: Record<string, (client: ShpClient) => Promise<T>>,
  signal?: AbortSignal,
): Promise<T[]> {
  const promises = keys.map((key) => shared(client, key, loaders[key]!));
  const all = Promise.all(promises);
  // After a failure the caller shows an error with Retry: a retry must not wait on a
  // request of this attempt that is still under way and will fail the same way.
  all.catch(() => {
    const perClient = cache.get(client);
    keys.forEach((key, i) => {
      if (perClient && perClient.get(key) === promises[i]) perClient.delete(key);
    });
  });
  return abortable(all, signal);
}

/** `GET /v1/units` (every unit of the city), items only. The caller's client must have the `units` resource. */
export const unitsLoader = async (client: ShpClient): Promise<Unit[]> => (await client.units.list()).items;

/** The city's units, shared with every other element using the same client (see above). */
export async function loadUnits(client: ShpClient, signal?: AbortSignal): Promise<Unit[]> {
  const [units] = await sharedReads(client, ['units'], { units: unitsLoader }, signal);
  return units!;
}
