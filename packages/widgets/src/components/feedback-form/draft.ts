import type { LatLon } from '@smart-haiphong/sdk';
import type { LocationSource } from '../../internal/location-controller.js';
import type { FeedbackFields } from './submission.js';

/** The fields kept as a draft while the citizen types. */
export interface Draft extends FeedbackFields {
  unitCode: string;
  location: LatLon | null;
  locationSource: LocationSource | null;
  /** Photos already on the server (their bytes are not kept in the draft). */
  photos?: { mediaId: string; url: string; name: string }[];
}

/** One draft per page and commune, so the same form on two portals keeps two drafts. */
export function draftKey(unit: string | undefined): string {
  return `shp-feedback-draft:${location.pathname}:${unit ?? ''}`;
}

/** The saved draft, or null (none, storage blocked, or a broken value: start empty). */
export function readDraft(key: string): Partial<Draft> | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<Draft> | null;
  } catch {
    return null;
  }
}

/** Saves the draft, or forgets it when nothing was entered yet. */
export function writeDraft(key: string, draft: Draft): void {
  const empty =
    !draft.title && !draft.content && !draft.address && !draft.categoryId && !draft.location && !draft.photos?.length;
  try {
    if (empty) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // storage blocked: the form still works, the draft just does not survive a reload
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
