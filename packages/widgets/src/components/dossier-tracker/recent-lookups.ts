import type { DossierPublic, FeedbackLookup } from '@smart-haiphong/sdk';

/** A lookup's answer, as the tracker shows it. */
export type LookupResult =
  { kind: 'dossier'; code: string; data: DossierPublic } | { kind: 'feedback'; code: string; data: FeedbackLookup };

/** A result with when it was fetched (epoch ms). */
export type StoredResult = LookupResult & { at: number };

const KEY = 'shp-dossier-tracker:recent';
const MAX = 8;

interface Saved {
  results: StoredResult[];
}

/**
 * Recent lookups and their last results, kept only when the citizen allowed it ("Lưu tra cứu
 * gần đây"): in memory and in `sessionStorage` (this tab's session, never `localStorage`), so
 * that a shared computer at a one-stop desk forgets them when the browser closes. Without
 * consent nothing is kept, not even in memory. The public answers hold masked personal data only.
 */
export class RecentLookups {
  private results: StoredResult[] = [];

  constructor() {
    try {
      const raw = sessionStorage.getItem(KEY);
      if (raw) this.results = (JSON.parse(raw) as Saved).results ?? [];
    } catch {
      this.results = []; // storage blocked or corrupt: start empty
    }
  }

  /** The citizen allowed keeping lookups (a stored list exists, even empty). */
  get allowed(): boolean {
    try {
      return sessionStorage.getItem(KEY) !== null;
    } catch {
      return false;
    }
  }

  set allowed(value: boolean) {
    try {
      if (value) sessionStorage.setItem(KEY, JSON.stringify({ results: this.results }));
      else sessionStorage.removeItem(KEY);
    } catch {
      // storage blocked: nothing is kept
    }
    if (!value) this.results = [];
  }

  /** Most recent first. */
  get list(): readonly StoredResult[] {
    return this.results;
  }

  /** The last result for a code, if kept. */
  get(code: string): StoredResult | undefined {
    return this.results.find((r) => r.code === code);
  }

  /** Keeps a result if allowed. */
  remember(result: StoredResult): void {
    if (!this.allowed) return;
    this.results = [result, ...this.results.filter((r) => r.code !== result.code)].slice(0, MAX);
    this.save();
  }

  /** Forgets every lookup, keeping the consent. */
  clear(): void {
    this.results = [];
    this.save();
  }

  private save(): void {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ results: this.results }));
    } catch {
      // quota or blocked: the in-memory list still serves this page
    }
  }
}
