import { composeClient, type ResourceFactories, type ShpClient } from '@smart-haiphong/sdk';
import type { Locale } from '../translations/index.js';

const clients = new Map<string, ShpClient>();

/**
 * The resources the widgets on this page call, registered by each widget's class as
 * its code arrives: the shared clients carry only those resources and their schemas
 * (a page with the commune card does not download the feedback contract).
 */
const factories: ResourceFactories = {};

/** Adds resources to every shared client (a widget calls it from its class's static block). */
export function useResources(more: ResourceFactories): void {
  Object.assign(factories, more);
}

/**
 * One SDK client per API base and locale, shared by every element on the page, so
 * that ten widgets pointing at the same API share one configuration (and a stable
 * identity, which the data tasks compare to decide whether to reload).
 */
export function getClient(apiBase: string, locale: Locale): ShpClient {
  const key = `${locale} ${apiBase}`;
  let client = clients.get(key);
  if (!client) {
    client = composeClient({ baseUrl: apiBase, locale }, factories);
    clients.set(key, client);
  }
  return client;
}
