import { createTransport, type ClientOptions, type Transport } from './client.js';
import type { ShpClient } from './create-client.js';

/** The resource namespaces of a client (`units`, `feedback`, …). */
export type ResourceName = Exclude<keyof ShpClient, 'baseUrl' | 'locale'>;

/** Builds one namespace from a client's transport (and its fetch, which sign-in uses for the token request). */
export type ResourceFactory<K extends ResourceName> = (
  transport: Transport,
  fetch: typeof globalThis.fetch,
) => ShpClient[K];

/** Factories by namespace; a client built with {@link composeClient} has the ones present when first used. */
export type ResourceFactories = { [K in ResourceName]?: ResourceFactory<K> };

const NAMES: readonly ResourceName[] = [
  'units',
  'config',
  'feedback',
  'dossiers',
  'procedures',
  'places',
  'news',
  'auth',
  'campaigns',
];

/**
 * A client that carries only the resources a bundle registers, and so only their
 * schemas: {@link createClient} carries every resource (about 21 KB gzip with ky and
 * zod), too much for a page that shows one small widget. Each namespace is built on
 * first use from `factories`, an object the caller may add to later (the widgets
 * register the resources they call as their code arrives).
 *
 * ```ts
 * import { composeClient, unitsResource, newsResource } from '@smart-haiphong/sdk';
 * const shp = composeClient({ baseUrl }, { units: unitsResource, news: newsResource });
 * ```
 *
 * @throws Error on first use of a namespace that no factory provides.
 */
export function composeClient(options: ClientOptions, factories: ResourceFactories): ShpClient {
  const transport = createTransport(options);
  const fetchImpl: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client = { baseUrl: transport.baseUrl, locale: transport.locale } as Record<string, unknown>;
  for (const name of NAMES) {
    Object.defineProperty(client, name, {
      configurable: true,
      enumerable: true,
      get() {
        const factory = factories[name] as ResourceFactory<typeof name> | undefined;
        if (!factory) throw new Error(`[smart-haiphong] the client has no "${name}" resource: register it first`);
        const value = factory(transport, fetchImpl);
        Object.defineProperty(client, name, { value, enumerable: true });
        return value;
      },
    });
  }
  return client as unknown as ShpClient;
}
