/**
 * The one Trusted Types policy of the widgets, `smart-haiphong`, kept inside this module. It
 * only
 * - feeds untrusted text to inert parsers (`DOMParser`, which runs no script and loads
 *   nothing) and lets DOMPurify return `TrustedHTML` for what it has already sanitised;
 * - vouches for the map engine's worker URL that the map loader itself settled on
 *   (`trustedWorkerUrl`): a `blob:` URL it made, or the deployment's configured worker. Any
 *   other script URL is refused, so the policy is no gadget for turning strings into scripts.
 *
 * Under `require-trusted-types-for 'script'` a page that also restricts policy names must allow
 * it and Lit's: `trusted-types smart-haiphong lit-html` (add `'allow-duplicates'` when the page
 * may load the widgets twice). Without Trusted Types support everything works with plain strings.
 */
import type { TrustedHTML, TrustedScriptURL, TrustedTypePolicyFactory } from 'trusted-types/lib';

export type { TrustedHTML, TrustedScriptURL };

/** The policy shape DOMPurify's `TRUSTED_TYPES_POLICY` option needs. */
export interface HtmlPolicy {
  createHTML(input: string): TrustedHTML;
  createScriptURL(input: string): TrustedScriptURL;
}

let policy: HtmlPolicy | null | undefined;
/** The page lists the policies it allows, and `smart-haiphong` is not among them. */
let refused = false;
/** The worker URLs the map loader registered; the only script URLs the policy creates. */
const workerUrls = new Set<string>();

/** The `smart-haiphong` policy; `null` where Trusted Types are missing or the page forbids the name. */
export function htmlPolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  try {
    policy =
      tt?.createPolicy('smart-haiphong', {
        createHTML: (s: string) => s,
        createScriptURL: (s: string) => {
          if (workerUrls.has(s)) return s;
          throw new TypeError('smart-haiphong: only the map worker URL the widgets chose');
        },
      }) ?? null;
  } catch {
    policy = null;
    refused = true;
  }
  return policy;
}

/** Parses text into an inert document (no script runs, nothing loads), under Trusted Types too. */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  const p = htmlPolicy();
  return new DOMParser().parseFromString((p ? p.createHTML(text) : text) as string, type);
}

/**
 * The map worker's URL as the engine should get it: a `TrustedScriptURL` where Trusted Types
 * exist (so that `new Worker(url)` passes `require-trusted-types-for 'script'`), else the string.
 * For the map loader only, with a URL it made (`blob:`) or read from the deployment's own
 * configuration, never one from data.
 *
 * maplibre's `setWorkerUrl` takes a string and reads it with `endsWith`/`split` before
 * `new Worker(url)`; the trusted value is given String's methods over its text, so it passes
 * both, and `new Worker` receives the `TrustedScriptURL` itself.
 */
export function trustedWorkerUrl(url: string): string {
  const p = htmlPolicy();
  // A page that restricts policy names enforces Trusted Types: a plain string would be refused
  // deep inside the engine, as uncaught errors. Fail here instead: the map shows its error and
  // the widget its list.
  if (refused) throw new TypeError("The page's CSP does not allow the smart-haiphong Trusted Types policy");
  if (!p) return url;
  workerUrls.add(url);
  let trusted: TrustedScriptURL;
  try {
    trusted = p.createScriptURL(url);
  } finally {
    workerUrls.delete(url); // one use: nothing else can have it vouched for later
  }
  const text = trusted.toString();
  const stringMethods = Object.create(Object.getPrototypeOf(trusted) as object) as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(String.prototype)) {
    const method = (String.prototype as unknown as Record<string, unknown>)[name];
    if (typeof method !== 'function' || name === 'constructor' || name === 'toString' || name === 'valueOf') continue;
    stringMethods[name] = (...args: unknown[]) => (method as (...a: unknown[]) => unknown).apply(text, args);
  }
  Object.defineProperty(stringMethods, 'length', { value: text.length });
  Object.setPrototypeOf(trusted, stringMethods);
  return trusted as unknown as string;
}
