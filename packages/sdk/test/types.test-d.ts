// Type tests: checked by `tsc` (the typecheck step of `pnpm test`), never run.
import { expectTypeOf } from 'expect-type';
import {
  createClient,
  isHttpError,
  type Dossier,
  type DossierPublic,
  type FeedbackLookup,
  type LookupCode,
  type ProcedurePage,
  type Feedback,
  type FeedbackSummary,
  type FeedbackClusterItem,
  type NearbyPlace,
  type Page,
  type PagedList,
  type ShpHttpError,
  type Unit,
  parseLookupCode,
} from '../src/index.js';

const shp = createClient({ baseUrl: 'http://127.0.0.1:8787/' });

expectTypeOf(shp.units.get('binh-giang')).resolves.toEqualTypeOf<Unit>();
expectTypeOf(shp.feedback.get('x')).resolves.toEqualTypeOf<Feedback>();
expectTypeOf(shp.dossiers.lookup('x')).resolves.toEqualTypeOf<DossierPublic>();
expectTypeOf(shp.dossiers.mine()).toEqualTypeOf<PagedList<Dossier>>();
expectTypeOf(shp.feedback.lookup('PA-261130-0001')).resolves.toEqualTypeOf<FeedbackLookup>();
expectTypeOf(shp.procedures.search({ q: 'ket hon', online: true })).resolves.toEqualTypeOf<ProcedurePage>();
expectTypeOf(parseLookupCode('x')).toEqualTypeOf<LookupCode | null>();
// The kind of a lookup code narrows: only dossier codes have an agency.
declare const found: LookupCode;
if (found.kind === 'dossier') expectTypeOf(found.agency).toEqualTypeOf<string>();
expectTypeOf(shp.places.nearby({ lat: 20.86, lon: 106.68 })).resolves.toEqualTypeOf<{ items: NearbyPlace[] }>();
expectTypeOf(shp.feedback.list()).toEqualTypeOf<PagedList<FeedbackSummary>>();
expectTypeOf<Awaited<ReturnType<typeof shp.news.list>>>().toMatchTypeOf<Page<{ id: string; title: string }>>();

// Cluster items are a discriminated union: narrowing by `kind` gives `count` only to clusters.
declare const item: FeedbackClusterItem;
if (item.kind === 'cluster') expectTypeOf(item.count).toEqualTypeOf<number>();
else expectTypeOf(item.status).toEqualTypeOf<string>();

// Guards narrow.
declare const e: unknown;
if (isHttpError(e)) expectTypeOf(e).toEqualTypeOf<ShpHttpError>();

// Negatives: what the types must refuse.
// @ts-expect-error a bbox has four numbers
void shp.feedback.clusters({ bbox: [1, 2, 3], zoom: 5 });
// @ts-expect-error zoom is required
void shp.feedback.clusters({ bbox: [1, 2, 3, 4] });
// @ts-expect-error a submission needs a location
void shp.feedback.submit({ categoryId: 'a', title: 'abcde', content: 'abcdefghij', photoIds: [], public: true });
// @ts-expect-error a rating rates the criteria, each 1-5 as a number, not a string
void shp.dossiers.rate('x', { criteria: [{ id: 'access', score: '5' }] });
// @ts-expect-error the criteria are the survey's five, by id
void shp.dossiers.rate('x', { criteria: [{ id: 'speed', score: 5 }] });
// @ts-expect-error a procedure level is one of four ids
void shp.procedures.search({ level: 'xã' });
// @ts-expect-error locale is vi or en
createClient({ baseUrl: 'http://x/', locale: 'fr' });
