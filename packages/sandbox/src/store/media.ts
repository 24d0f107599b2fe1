import type { SniffedImage } from '../util/image-bytes.js';

export interface MediaRecord extends SniffedImage {
  id: string;
  /** The bytes exactly as uploaded. */
  bytes: Uint8Array;
}

/** Uploaded photos, kept in memory as sent. */
export class MediaStore {
  private readonly items = new Map<string, MediaRecord>();
  private next = 1;

  add(bytes: Uint8Array, image: SniffedImage): MediaRecord {
    const record = { id: `media-${this.next++}`, bytes, ...image };
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
