import type { ResolvedOptions } from '../options.js';
import type { OAuthProvider } from '../auth/oauth.js';
import type { Lang } from '../http/problems.js';
import type { SandboxStore } from '../store/store.js';

/** What a handler gets: the request, its validated parts, and the sandbox. */
export interface RequestContext {
  request: Request;
  url: URL;
  /** The sandbox's public origin (`publicOrigin`, else the request URL's): absolute URLs in answers are built on it. */
  origin: string;
  lang: Lang;
  /** The rate-limit key: the client's address (see `HandleContext.clientAddress`). */
  client: string;
  /**
   * The time of this request, ms: the sandbox's clock (`clock` option), or `x-sandbox-now` when the
   * sandbox allows time travel. Deadlines are judged by it.
   */
  now: number;
  /** The signed-in citizen's subject, or null. */
  sub: string | null;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  bytes: Uint8Array;
}

export interface SandboxServices {
  store: SandboxStore;
  options: ResolvedOptions;
  oauth: OAuthProvider;
  now: () => number;
}

/** A handler answers with a JSON-able value (sent with the endpoint's status) or a Response. */
export type Handler = (ctx: RequestContext, s: SandboxServices) => unknown;
