import type { ReactiveController } from 'lit';
import type { LocationController } from '../../internal/location-controller.js';
import type { ShpElement } from '../../internal/shp-element.js';
import { draftKey, readContact, readDraft, writeContact, writeDraft } from './draft.js';
import type { PhotoUploadsController } from './photo-uploads.controller.js';
import type { FeedbackFields } from './submission.js';

export interface DraftOptions {
  fields: () => FeedbackFields;
  setFields: (fields: FeedbackFields) => void;
  place: LocationController;
  photos: PhotoUploadsController;
  /** The form holds a report being written (not one sent or waiting in the outbox). */
  editing: () => boolean;
}

/**
 * What the form keeps on this device: the draft while the citizen types (restored after a
 * reload: fields, point, commune, photos already uploaded), and the name and phone only
 * when the citizen asks ("Ghi nhớ trên thiết bị này"; see draft.ts for why never in the draft).
 */
export class DraftController implements ReactiveController {
  /** The citizen asked this device to remember their name and phone. */
  rememberContact = false;
  private restored = false;

  constructor(
    private readonly host: ShpElement,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  /** One draft per page and commune. */
  get key(): string {
    return draftKey(this.host.unit);
  }

  remember(on: boolean): void {
    this.rememberContact = on;
    if (!on) writeContact(null);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.restored) return;
    this.restored = true;
    const { options } = this;
    let fields = options.fields();
    const contact = readContact();
    if (contact) {
      this.rememberContact = true;
      fields = { ...fields, ...contact };
    }
    const draft = readDraft(this.key);
    if (draft) {
      fields = {
        ...fields,
        categoryId: fields.categoryId || (draft.categoryId ?? ''),
        address: draft.address ?? '',
        title: draft.title ?? '',
        content: draft.content ?? '',
        isPublic: draft.isPublic ?? true,
      };
      options.place.restore(draft.unitCode, draft.location, draft.locationSource, draft.unitGuessed);
      if (Array.isArray(draft.photos)) options.photos.restore(draft.photos);
    }
    options.setFields(fields);
  }

  hostUpdated(): void {
    const { fields: current, place, photos, editing } = this.options;
    if (!editing()) return;
    const fields = current();
    if (this.rememberContact) writeContact({ name: fields.name.trim(), phone: fields.phone.trim() });
    writeDraft(this.key, {
      ...fields,
      unitCode: place.unitCode,
      unitGuessed: place.unitGuessed,
      location: place.source ? place.point : null,
      locationSource: place.source,
      photos: photos.items.flatMap((p) =>
        p.mediaId && p.url ? [{ mediaId: p.mediaId, url: p.url, name: p.name }] : [],
      ),
    });
  }
}
