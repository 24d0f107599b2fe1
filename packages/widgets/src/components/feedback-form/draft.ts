import type { LatLon } from '@smart-haiphong/sdk';
import type { LocationSource } from '../../internal/location-controller.js';
import type { FeedbackFields } from './submission.js';

/**
 * The fields kept as a draft while the citizen types. Never the name or phone: a
 * one-stop-office computer is shared, and the next person must not find them (they are
 * kept apart, and only when the citizen asks: {@link readContact}).
 */
export interface Draft extends Omit<FeedbackFields, 'name' | 'phone'> {
  unitCode: string;
  /** The commune was guessed from the point (see `LocationController.unitGuessed`). */
  unitGuessed?: boolean;
  location: LatLon | null;
  locationSource: LocationSource | null;
  /** Photos already on the server (their bytes are not kept in the draft). */
  photos?: { mediaId: string; url: string; name: string }[];
}

/** One draft per page and commune, so the same form on two portals keeps two drafts. */
export function draftKey(unit: string | undefined): string {
  return `shp-feedback-draft:${location.pathname}:${unit ?? ''}`;
}

/** How long an untouched draft is kept: long enough for a citizen to come back, not forever. */
export const DRAFT_TTL_MS = 3 * 24 * 60 * 60 * 1000;

/** The saved draft, or null (none, expired, storage blocked, or a broken value: start empty). */
export function readDraft(key: string, now = Date.now()): Partial<Draft> | null {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as (Partial<Draft> & { savedAt?: number }) | null;
    if (!draft) return null;
    if (typeof draft.savedAt !== 'number' || now - draft.savedAt > DRAFT_TTL_MS) {
      localStorage.removeItem(key);
      return null;
    }
    return draft;
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
    else {
      // Whatever the caller passes, personal contact data never goes into the draft.
      const { name: _name, phone: _phone, ...kept } = draft as Draft & { name?: unknown; phone?: unknown };
      localStorage.setItem(key, JSON.stringify({ ...kept, savedAt: Date.now() }));
    }
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

const CONTACT_KEY = 'shp-feedback-contact';

/** The name and phone the citizen asked this device to remember ("Ghi nhớ trên thiết bị này"), or null. */
export function readContact(): { name: string; phone: string } | null {
  try {
    const value = JSON.parse(localStorage.getItem(CONTACT_KEY) ?? 'null') as { name?: unknown; phone?: unknown } | null;
    if (!value) return null;
    return { name: String(value.name ?? ''), phone: String(value.phone ?? '') };
  } catch {
    return null;
  }
}

/** Remembers the contact on this device, or (null) forgets it. */
export function writeContact(contact: { name: string; phone: string } | null): void {
  try {
    if (contact && (contact.name || contact.phone)) localStorage.setItem(CONTACT_KEY, JSON.stringify(contact));
    else localStorage.removeItem(CONTACT_KEY);
  } catch {
    // storage blocked: nothing is remembered, which is the safe side
  }
}
