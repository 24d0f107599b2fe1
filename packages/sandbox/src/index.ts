/**
 * @smart-haiphong/sandbox: the Smart Hải Phòng API implemented locally with Hải Phòng seed
 * data and generated sample data, as a Fetch API handler (`createSandbox`), a Node server
 * (`@smart-haiphong/sandbox/server`) and MSW handlers (`@smart-haiphong/sandbox/msw`).
 */
export { createSandbox, type Sandbox, type HandleContext } from './sandbox.js';
export type { SandboxOptions } from './options.js';
export { SAMPLE_CITIZEN, maskName } from './data/dossiers.js';
export { CATEGORIES as FEEDBACK_CATEGORIES, STATUSES as FEEDBACK_STATUSES } from './data/feedback-catalog.js';
export { PLACE_CATEGORIES } from './data/places.js';
export { cityBBox } from './data/seed.js';
export {
  CAMPAIGN_ID as SAMPLE_CAMPAIGN_ID,
  SAMPLE_CAMPAIGN,
  SAMPLE_BODIES as SAMPLE_CAMPAIGN_BODIES,
  SAMPLE_REPORT_TIMES as SAMPLE_CAMPAIGN_REPORT_TIMES,
} from './data/campaigns.js';
