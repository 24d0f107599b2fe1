// Type tests: checked by `tsc` (the typecheck step of `pnpm test`), never run.
import { expectTypeOf } from 'expect-type';
import {
  createClient,
  isHttpError,
  type DossierPublic,
  type Feedback,
  type FeedbackSummary,
  type FeedbackClusterItem,
  type NearbyPlace,
  type NewsCategory,
  type NewsSummary,
  type Place,
  type Page,
  type PagedList,
  type ShpHttpError,
  type Unit,
} from '../src/index.js';

const shp = createClient({ baseUrl: 'http://127.0.0.1:8787/' });

expectTypeOf(shp.units.get('binh-giang')).resolves.toEqualTypeOf<Unit>();
expectTypeOf(shp.feedback.get('x')).resolves.toEqualTypeOf<Feedback>();
expectTypeOf(shp.dossiers.lookup('x')).resolves.toEqualTypeOf<DossierPublic>();
expectTypeOf(shp.places.nearby({ lat: 20.86, lon: 106.68 })).toEqualTypeOf<PagedList<NearbyPlace>>();
expectTypeOf(shp.news.categories()).resolves.toEqualTypeOf<{ items: NewsCategory[] }>();
expectTypeOf<NewsSummary['imageWidth']>().toEqualTypeOf<number | null>();
expectTypeOf<Place['attributionUrl']>().toEqualTypeOf<string | null>();
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
// @ts-expect-error a rating is 1-5 as a number, not a string
void shp.dossiers.rate('x', { score: '5' });
// @ts-expect-error locale is vi or en
createClient({ baseUrl: 'http://x/', locale: 'fr' });
