// The client.
export { createClient, type ShpClient } from './create-client.js';
export type { ClientOptions, RetryOptions, CallOptions, IdempotentCallOptions, TokenProvider } from './client.js';
export { PagedList } from './paging.js';
export type { UnitsResource, UnitListParams } from './resources/units.js';
export type { ConfigResource } from './resources/config.js';
export type {
  FeedbackResource,
  FeedbackFilters,
  FeedbackListParams,
  FeedbackClusterParams,
} from './resources/feedback.js';
export type { DossiersResource } from './resources/dossiers.js';
export type { ProceduresResource, ProcedureSearchParams } from './resources/procedures.js';
export type { PlacesResource, PlaceNearbyParams, PlaceSearchParams } from './resources/places.js';
export type { NewsResource, NewsListParams } from './resources/news.js';
export type { AuthResource, AuthorizationRequest } from './resources/auth.js';

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

// Vietnamese text, dossier and feedback codes, working days, PKCE.
export { normalizeText, searchKey, matchesSearch, visibleLength, slugify } from './text.js';
export { parseDossierCode, formatDossierCode, type DossierCode } from './dossier-code.js';
export { parseLookupCode, type LookupCode } from './lookup-code.js';
export { dossierDeadline, workingDaysBetween, type DossierDeadline } from './working-days.js';
export { codeChallenge, randomToken } from './pkce.js';

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
