/**
 * Smart Hải Phòng widgets: importing this module registers every element.
 * To register one element only, import its entry, e.g. `@smart-haiphong/widgets/commune-info.js`.
 *
 * @packageDocumentation
 */
export { ShpCommuneInfo, type CommuneInfoData } from './components/commune-info/commune-info.js';
export { ShpDossierTracker, type DossierTrackerResult } from './components/dossier-tracker/dossier-tracker.js';
export { ShpFeedbackForm, type FeedbackFormData } from './components/feedback-form/feedback-form.js';
export { ShpFeedbackMap, type FeedbackMapMeta } from './components/feedback-map/feedback-map.js';
export { ShpNearbyPlaces, type NearbyOrigin } from './components/nearby-places/nearby-places.js';
export { ShpProcedureSearch, type ProcedureFilters } from './components/procedure-search/procedure-search.js';
export { ShpNewsFeed, type NewsFeedMeta } from './components/news-feed/news-feed.js';
export {
  ShpRolloutReport,
  type RolloutReportData,
  type RolloutReportMode,
} from './components/rollout-report/rollout-report.js';
export * from './events/index.js';
export { configure, type PageConfig } from './internal/config.js';
export { defineElement } from './internal/define.js';
// Public so that a page drawing its own map reuses the widgets' engine (one maplibre,
// one worker setting) instead of loading a second copy.
export { loadMapEngine, type MapEngine } from './internal/map-loader.js';
export { ShpElement } from './internal/shp-element.js';
export { version } from './internal/version.js';
export type { Locale } from './translations/index.js';
