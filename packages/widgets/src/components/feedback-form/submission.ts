import { normalizeText, visibleLength, type FeedbackSubmission, type LatLon } from '@smart-haiphong/sdk';
import type { TranslationKey } from '../../translations/index.js';

export const TITLE = { min: 5, max: 150 };
export const CONTENT = { min: 10, max: 5000 };
const PHONE = /^\+?[0-9 .-]{8,15}$/;

/** A translation key per field that is not right yet (`location`, `title`, `signIn`…). */
export type FieldErrors = Partial<Record<string, TranslationKey>>;

/** What the citizen typed or chose. */
export interface FeedbackFields {
  categoryId: string;
  address: string;
  title: string;
  content: string;
  isPublic: boolean;
  name: string;
  phone: string;
}

/** What the checks need besides the fields. */
export interface FeedbackChecks {
  categoryIds: string[];
  /** The point that would be sent, and whether it lies in the city. */
  point: LatLon | null;
  inside: boolean;
  photosBusy: boolean;
  needsSignIn: boolean;
}

export function validate(fields: FeedbackFields, checks: FeedbackChecks): FieldErrors {
  const errors: FieldErrors = {};
  if (!checks.categoryIds.includes(fields.categoryId)) errors['category'] = 'feedbackForm.needCategory';
  if (!checks.point) errors['location'] = 'feedbackForm.needLocation';
  else if (!checks.inside) errors['location'] = 'feedbackForm.outsideCity';
  const title = visibleLength(fields.title.trim());
  if (title < TITLE.min) errors['title'] = 'feedbackForm.titleTooShort';
  else if (title > TITLE.max) errors['title'] = 'feedbackForm.titleTooLong';
  const content = visibleLength(fields.content.trim());
  if (content < CONTENT.min) errors['content'] = 'feedbackForm.contentTooShort';
  else if (content > CONTENT.max) errors['content'] = 'feedbackForm.contentTooLong';
  const phone = fields.phone.trim();
  if (phone && !PHONE.test(phone)) errors['phone'] = 'feedbackForm.badPhone';
  if (phone && !fields.name.trim()) errors['name'] = 'feedbackForm.needName';
  if (checks.photosBusy) errors['photos'] = 'feedbackForm.photosBusy';
  if (checks.needsSignIn) errors['signIn'] = 'feedbackForm.needSignIn';
  return errors;
}

/** The report as sent: NFC text without invisible characters, empty optional fields left out. */
export function buildSubmission(
  fields: FeedbackFields,
  location: LatLon,
  unit: string | undefined,
  photoIds: string[],
): FeedbackSubmission {
  const address = normalizeText(fields.address).trim();
  const name = normalizeText(fields.name).trim();
  const phone = fields.phone.trim();
  return {
    categoryId: fields.categoryId,
    title: normalizeText(fields.title).trim(),
    content: normalizeText(fields.content).trim(),
    location,
    ...(unit ? { unit } : {}),
    ...(address ? { address } : {}),
    photoIds,
    public: fields.isPublic,
    ...(name ? { contact: { name, ...(phone ? { phone } : {}) } } : {}),
  };
}
