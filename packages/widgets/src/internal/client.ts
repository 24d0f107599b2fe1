import { createClient, type ShpClient } from '@smart-haiphong/sdk';
import type { Locale } from '../translations/index.js';

const clients = new Map<string, ShpClient>();

/**
 * One SDK client per API base and locale, shared by every element on the page, so
 * that ten widgets pointing at the same API share one configuration (and a stable
 * identity, which the data tasks compare to decide whether to reload).
 */
export function getClient(apiBase: string, locale: Locale): ShpClient {
  const key = `${locale} ${apiBase}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ baseUrl: apiBase, locale });
    clients.set(key, client);
  }
  return client;
}
