// The client.
export { createClient, type ShpClient } from './create-client.js';
export { composeClient, type ResourceName, type ResourceFactory, type ResourceFactories } from './compose-client.js';
export type { Transport } from './client.js';
export type {
  ClientOptions,
  RetryOptions,
  CallOptions,
  CallRetryOptions,
  IdempotentCallOptions,
  TokenProvider,
} from './client.js';
export { PagedList } from './paging.js';
export { unitsResource, type UnitsResource, type UnitListParams } from './resources/units.js';
export { configResource, type ConfigResource } from './resources/config.js';
export {
  feedbackResource,
  type FeedbackResource,
  type FeedbackFilters,
  type FeedbackListParams,
  type FeedbackClusterParams,
} from './resources/feedback.js';
export { dossiersResource, type DossiersResource } from './resources/dossiers.js';
export { proceduresResource, type ProceduresResource, type ProcedureSearchParams } from './resources/procedures.js';
export {
  placesResource,
  type PlacesResource,
  type PlaceNearbyParams,
  type PlaceSearchParams,
} from './resources/places.js';
export { newsResource, type NewsResource, type NewsListParams } from './resources/news.js';
export { authResource, type AuthResource, type AuthorizationRequest } from './resources/auth.js';
export { campaignsResource, type CampaignsResource, type CampaignBodyRef } from './resources/campaigns.js';

// Errors and their guards (which work across realms).
export {
  ShpError,
  ShpHttpError,
  ShpNetworkError,
  ShpTimeoutError,
  ShpContractError,
  isShpError,
  isHttpError,
  isNetworkError,
  isTimeoutError,
  isContractError,
  isAbortError,
  type ShpErrorType,
  type ContractIssue,
} from './errors.js';

// The contract: schemas (zod/mini) and the types inferred from them.
export * from './schemas/index.js';
export { contract, endpoints } from './contract.js';

// Citizen text (cleaning, limits counted as the citizen sees them), Vietnamese search, dossier and feedback codes, working days, PKCE.
export {
  cleanText,
  normalizeText,
  searchKey,
  matchesSearch,
  matchesCategory,
  visibleLength,
  slugify,
  type CleanTextOptions,
  type SearchableCategory,
} from './text.js';
export { TEXT_LIMITS, PHOTO_LIMITS, checkText, type TextLimit, type TextCheck } from './limits.js';
export { isHttpUrl, safeUrl } from './url.js';
export { parseDossierCode, formatDossierCode, type DossierCode } from './dossier-code.js';
export { parseLookupCode, type LookupCode } from './lookup-code.js';
export { dossierDeadline, workingDaysBetween, type DossierDeadline } from './working-days.js';
export { codeChallenge, randomToken, randomUUID } from './pkce.js';

// Rollout reports (Phụ lục 01): the rules a draft is checked by, and CSV.
export {
  checkCampaignReport,
  checkCampaignReportRow,
  campaignReportTotals,
  REPORT_COLUMNS,
  REPORT_MAX_COUNT,
  REPORT_MAX_ROWS,
  REPORT_MAX_NAME,
  REPORT_MAX_REASON,
  type CampaignReportIssue,
  type CampaignReportRule,
  type CampaignReportRowDraft,
} from './campaign-report-rules.js';
export { campaignReportCsv, campaignReportsCsv, CSV_BOM } from './campaign-report-csv.js';

// The outbox: submissions kept on the device until delivered, exactly once.
export {
  Outbox,
  memoryStorage,
  indexedDbStorage,
  type OutboxEntry,
  type OutboxPhoto,
  type OutboxStorage,
  type OutboxOptions,
  type OutboxSentDetail,
} from './outbox.js';
