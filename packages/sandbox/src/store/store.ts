import { type DossierRecord, documentedDossiers, generateDossiers } from '../data/dossiers.js';
import { type NewsRecord, generateNews } from '../data/news.js';
import { generatePlaces } from '../data/places.js';
import { cityBBox, seedPlaces, seedProcedures, seedUnits } from '../data/seed.js';
import type { ResolvedOptions } from '../options.js';
import { CampaignStore } from './campaigns.js';
import { FeedbackStore } from './feedback-store.js';
import { MediaStore } from './media.js';
import { PlaceStore } from './places.js';
import { ProcedureStore } from './procedures.js';
import { UnitStore } from './units.js';

/** Everything the sandbox serves, generated from the seed and the options. */
export class SandboxStore {
  readonly cityBBox = cityBBox;
  readonly units: UnitStore;
  readonly feedback: FeedbackStore;
  readonly procedures: ProcedureStore;
  readonly dossiers = new Map<string, DossierRecord>();
  readonly places: PlaceStore;
  readonly news: readonly NewsRecord[];
  readonly media: MediaStore;
  /** Rollout campaigns and their reports (sample: xã Bình Giang). */
  readonly campaigns: CampaignStore;
  /** How long each part took to build, ms. */
  readonly timings: Record<string, number> = {};

  constructor(o: ResolvedOptions, now: () => number) {
    const time = <T>(name: string, f: () => T): T => {
      const t0 = performance.now();
      const v = f();
      this.timings[name] = Math.round(performance.now() - t0);
      return v;
    };
    this.media = new MediaStore(o.pendingUploads);
    this.units = new UnitStore(seedUnits);
    this.feedback = time(
      'feedback',
      () => new FeedbackStore({ count: o.feedback, seed: o.seed, now: o.now, units: seedUnits, extent: cityBBox }, now),
    );
    this.procedures = time('procedures', () => new ProcedureStore(seedProcedures));
    time('dossiers', () => {
      for (const r of generateDossiers({
        count: o.dossiers,
        seed: o.seed,
        now: o.now,
        units: seedUnits,
        procedures: this.procedures,
      })) {
        this.dossiers.set(r.dossier.code, r);
      }
      for (const r of documentedDossiers({ seed: o.seed, now: o.now, units: seedUnits, procedures: this.procedures }))
        this.dossiers.set(r.dossier.code, r);
    });
    this.places = time(
      'places',
      () => new PlaceStore(generatePlaces({ count: o.places, seed: o.seed, units: seedUnits, osm: seedPlaces })),
    );
    this.news = generateNews({ seed: o.seed, now: o.now, units: seedUnits, count: o.news });
    this.campaigns = new CampaignStore(o.seed);
  }
}
