import type { Place, PlaceCategory } from '@smart-haiphong/sdk';
import type { TemplateResult } from 'lit';
import type { Locale } from '../../translations/index.js';
import type { OpeningHoursStatus } from './opening-hours.js';
import type { DetailsContext } from './parts/place-details.js';

/**
 * What the parts (template functions) read from the element: its words, formats, states and
 * the categories. A plain object, so that parts never import the component.
 */
export interface NearbyContext extends DetailsContext {
  locale: Locale;
  headingLevel: number;
  /** The place categories, once loaded (empty before). */
  categories: readonly PlaceCategory[];
  formatDistance(meters: number): string;
  formatDate(value: Date, options?: Intl.DateTimeFormatOptions): string;
  renderEmpty(message: string): TemplateResult;
  errorMessage(error: unknown): string;
  /** Whether a place is open at a moment (its OpenStreetMap `opening_hours`, Hải Phòng time). */
  statusOf(place: Place, at: Date): OpeningHoursStatus;
}
