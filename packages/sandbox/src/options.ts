import { isHttpUrl } from '@smart-haiphong/sdk';

/** Options of {@link createSandbox}. Every size has a small default, fit for the browser. */
export interface SandboxOptions {
  /** Seed of the generated sample data: the same seed gives the same data. Default 1. */
  seed?: number;
  /** Generated feedback reports. Default 2000 (a million works: see the README). */
  feedback?: number;
  /** Generated sample places, besides the real OpenStreetMap ones. Default 1000. */
  places?: number;
  /**
   * News articles. Default: the sample set (about 180: city-wide ones and some per commune);
   * more adds older archive articles (10 000 works, for node-budget tests).
   */
  news?: number;
  /** Generated dossiers, besides the sample citizen's. Default 300. */
  dossiers?: number;
  /**
   * The reference time of the sample data: every generated item is older. Default: now,
   * rounded down to the hour. Pass it to get identical data across runs.
   */
  now?: Date | number;
  /** Origins allowed by CORS (`*` for any). Default none. */
  corsOrigins?: readonly string[];
  /** Whether submitting feedback needs a signed-in citizen (config `requireSignIn`). Default false. */
  requireSignIn?: boolean;
  /** Largest photo upload, in bytes. Default 5 MiB. */
  maxPhotoBytes?: number;
  /** Photos per report. Default 5. */
  maxPhotos?: number;
  /** Dossier lookups allowed per client and window. Default 10 per minute. */
  dossierLookupLimit?: { max: number; windowMs: number };
  /** Check every JSON answer against its response schema; a broken one becomes a 500 problem. */
  validateResponses?: boolean;
  /** MapLibre style URL for config; default null (the offline basemap). */
  mapStyleUrl?: string | null;
  /** OAuth client id announced in config. Default `smart-haiphong-web`. */
  clientId?: string;
  /**
   * The sandbox's current time, by which deadlines (rollout reports) are judged. Default: the
   * real clock. E.g. `() => Date.parse('2026-03-20T09:00:00+07:00')` to show a campaign mid-way.
   */
  clock?: () => Date | number;
  /**
   * Honour the `x-sandbox-now: <ISO 8601 time>` request header, which sets the time of that one
   * request (tests of deadlines over real HTTP). Off by default: never on a shared sandbox.
   */
  allowTimeTravel?: boolean;
}

export type ResolvedOptions = Required<Omit<SandboxOptions, 'now' | 'clock' | 'news'>> & {
  now: number;
  clock: () => number;
  news: number | undefined;
};

export function resolveOptions(o: SandboxOptions = {}): ResolvedOptions {
  const now = o.now === undefined ? Math.floor(Date.now() / 3_600_000) * 3_600_000 : +o.now;
  const count = (v: number | undefined, d: number) => {
    const n = v ?? d;
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`expected a whole number ≥ 0, got ${String(v)}`);
    return n;
  };
  return {
    seed: o.seed ?? 1,
    feedback: count(o.feedback, 2000),
    places: count(o.places, 1000),
    dossiers: count(o.dossiers, 300),
    news: o.news === undefined ? undefined : count(o.news, 0),
    now,
    corsOrigins: o.corsOrigins ?? [],
    requireSignIn: o.requireSignIn ?? false,
    maxPhotoBytes: o.maxPhotoBytes ?? 5 * 1024 * 1024,
    maxPhotos: o.maxPhotos ?? 5,
    dossierLookupLimit: o.dossierLookupLimit ?? { max: 10, windowMs: 60_000 },
    validateResponses: o.validateResponses ?? false,
    mapStyleUrl: httpUrlOption('mapStyleUrl', o.mapStyleUrl ?? null),
    clientId: o.clientId ?? 'smart-haiphong-web',
    clock: o.clock ? () => +(o.clock as () => Date | number)() : Date.now,
    allowTimeTravel: o.allowTimeTravel ?? false,
  };
}

/** A URL the sandbox hands out must be http(s): a `javascript:` style URL is refused at start. */
function httpUrlOption(name: string, value: string | null): string | null {
  if (value !== null && !isHttpUrl(value)) throw new RangeError(`${name} must be an http(s) URL, got ${value}`);
  return value;
}
