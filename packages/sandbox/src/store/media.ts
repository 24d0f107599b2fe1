import type { CleanImage } from '../util/image-clean.js';

export interface MediaRecord extends CleanImage {
  id: string;
}

/** Uploaded photos, kept in memory without their metadata (see cleanImage). */
export class MediaStore {
  private readonly items = new Map<string, MediaRecord>();
  private next = 1;

  add(image: CleanImage): MediaRecord {
    const record = { id: `media-${this.next++}`, ...image };
    this.items.set(record.id, record);
    return record;
  }

  get(id: string): MediaRecord | undefined {
    return this.items.get(id);
  }

  get size(): number {
    return this.items.size;
  }
}
