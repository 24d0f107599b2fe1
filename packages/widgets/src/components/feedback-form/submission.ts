import { TEXT_LIMITS, checkText, type FeedbackSubmission, type LatLon, type TextLimit } from '@smart-haiphong/sdk';
import type { TranslationKey } from '../../translations/index.js';

/**
 * The limits of the form's text fields: the contract's (one place, the SDK's
 * `TEXT_LIMITS`), counted as the API counts them (cleaned, in characters the citizen sees).
 */
export const LIMITS: Record<'title' | 'content' | 'address' | 'name', TextLimit> = {
  title: TEXT_LIMITS.feedback.title,
  content: TEXT_LIMITS.feedback.content,
  address: TEXT_LIMITS.feedback.address,
  name: TEXT_LIMITS.feedback.contactName,
};
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
  const title = checkText(fields.title, LIMITS.title).problem;
  if (title === 'too_short') errors['title'] = 'feedbackForm.titleTooShort';
  else if (title === 'too_long') errors['title'] = 'feedbackForm.titleTooLong';
  const content = checkText(fields.content, LIMITS.content).problem;
  if (content === 'too_short') errors['content'] = 'feedbackForm.contentTooShort';
  else if (content === 'too_long') errors['content'] = 'feedbackForm.contentTooLong';
  if (checkText(fields.address, LIMITS.address).problem === 'too_long')
    errors['address'] = 'feedbackForm.addressTooLong';
  if (checkText(fields.name, { ...LIMITS.name, min: 0 }).problem === 'too_long')
    errors['name'] = 'feedbackForm.nameTooLong';
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
  const address = checkText(fields.address, LIMITS.address).value;
  const name = checkText(fields.name, LIMITS.name).value;
  const phone = fields.phone.trim();
  return {
    categoryId: fields.categoryId,
    title: checkText(fields.title, LIMITS.title).value,
    content: checkText(fields.content, LIMITS.content).value,
    location,
    ...(unit ? { unit } : {}),
    ...(address ? { address } : {}),
    photoIds,
    public: fields.isPublic,
    ...(name ? { contact: { name, ...(phone ? { phone } : {}) } } : {}),
  };
}

/** The form field behind a parameter the API names in a 400 (`body.title`, `body.contact.phone`). */
export function fieldOf(param: string | undefined): string | undefined {
  const fields: Record<string, string> = {
    'body.title': 'title',
    'body.content': 'content',
    'body.address': 'address',
    'body.contact.name': 'name',
    'body.contact.phone': 'phone',
    'body.categoryId': 'category',
    'body.location': 'location',
    'body.unit': 'location',
  };
  if (!param) return undefined;
  const key = Object.keys(fields).find((k) => param === k || param.startsWith(`${k}.`));
  return key ? fields[key] : undefined;
}
