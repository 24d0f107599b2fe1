import type { Config, FeedbackCategory, Unit } from '@smart-haiphong/sdk';

/** What the form loads before it can be filled. */
export interface FeedbackFormData {
  config: Config;
  categories: FeedbackCategory[];
  units: Unit[];
  /** Status codes of reports still open (for duplicate suggestions). */
  openStatuses: string[];
}
