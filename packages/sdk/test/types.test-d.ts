// Type tests: checked by `tsc` (the typecheck step of `pnpm test`), never run.
import { expectTypeOf } from 'expect-type';
import {
  checkCampaignReport,
  checkText,
  createClient,
  isHttpError,
  safeUrl,
  TEXT_LIMITS,
  type Campaign,
  type CampaignDashboard,
  type CampaignReport,
  type CampaignReportIssue,
  type Config,
  type Credit,
  type MeRole,
  type TextCheck,
  type Dossier,
  type DossierPublic,
  type FeedbackLookup,
  type LookupCode,
  type ProcedurePage,
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
// @ts-expect-error a rating rates the criteria, each 1-5 as a number, not a string
void shp.dossiers.rate('x', { criteria: [{ id: 'access', score: '5' }] });
// @ts-expect-error the criteria are the survey's five, by id
void shp.dossiers.rate('x', { criteria: [{ id: 'speed', score: 5 }] });
// @ts-expect-error a procedure level is one of four ids
void shp.procedures.search({ level: 'xã' });
// @ts-expect-error locale is vi or en
createClient({ baseUrl: 'http://x/', locale: 'fr' });

// Rollout campaigns: reports, roles and the shared rules.
const body = { campaign: 'binh-giang-2026-smart-haiphong', body: 'thon-mau-1' };
expectTypeOf(shp.campaigns.forUnit('binh-giang')).resolves.toEqualTypeOf<Campaign | null>();
expectTypeOf(shp.campaigns.getReport(body)).resolves.toEqualTypeOf<CampaignReport>();
expectTypeOf(shp.campaigns.dashboard('x')).resolves.toEqualTypeOf<CampaignDashboard>();
expectTypeOf<CampaignReport['rows'][number]['reason']>().toEqualTypeOf<string | null>();
expectTypeOf(checkCampaignReport({ rows: [] })).toEqualTypeOf<CampaignReportIssue[]>();
declare const role: MeRole;
if (role.type === 'officer') expectTypeOf(role.bodyId).toEqualTypeOf<string>();
else expectTypeOf(role.office).toEqualTypeOf<string>();
const header = {
  managingBody: 'UBND',
  bodyName: 'Thôn mẫu 1',
  place: 'Bình Giang',
  date: '2026-03-20',
  recipient: 'UBND',
};
const signer = { title: 'TRƯỞNG THÔN', name: 'A' };
void shp.campaigns.submitReport(body, {
  header,
  rows: [{ name: 'Tổ 1', total: 3, installed: 3 }],
  recipients: ['Lưu: VT'],
  signer,
});
// @ts-expect-error a row needs Tổng số (total)
void shp.campaigns.submitReport(body, { header, rows: [{ name: 'Tổ 1', installed: 3 }], recipients: [], signer });
// @ts-expect-error a report is sent for a body of a campaign, not a bare id
void shp.campaigns.submitReport('thon-mau-1', { header, rows: [], recipients: [], signer });
// Citizen text limits are literal types a form can show; credits are structured, URLs strings.
expectTypeOf(TEXT_LIMITS.feedback.address.max).toEqualTypeOf<300>();
expectTypeOf(TEXT_LIMITS.feedback.title.min).toEqualTypeOf<5>();
expectTypeOf(checkText('x', TEXT_LIMITS.feedback.title)).toEqualTypeOf<TextCheck>();
expectTypeOf<Config['credits']>().toEqualTypeOf<Credit[]>();
expectTypeOf<Credit>().toEqualTypeOf<{ text: string; url?: string | undefined }>();
expectTypeOf(safeUrl('https://a.vn')).toEqualTypeOf<string | null>();
// @ts-expect-error: a limit is read-only
TEXT_LIMITS.feedback.title.max = 200;
