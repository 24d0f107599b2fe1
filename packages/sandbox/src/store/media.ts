import type { CleanImage } from '../util/image-clean.js';

export interface MediaRecord extends CleanImage {
  id: string;
}

/**
 * Uploaded photos, kept in memory without their metadata (see cleanImage). Anyone may upload,
 * so photos not (yet) in a report are bounded: beyond `limits.max` photos or `limits.maxBytes`
 * bytes the oldest are forgotten. Photos in a report stay as long as the report.
 */
export class MediaStore {
  private readonly items = new Map<string, MediaRecord>();
  /** Ids of photos in no report, oldest first. */
  private readonly pending = new Set<string>();
  private pendingBytes = 0;
  private next = 1;

  constructor(private readonly limits: { max: number; maxBytes: number } = { max: 200, maxBytes: 64 * 1024 * 1024 }) {}

  add(image: CleanImage): MediaRecord {
    const record = { id: `media-${this.next++}`, ...image };
    this.items.set(record.id, record);
    this.pending.add(record.id);
    this.pendingBytes += record.bytes.length;
    // The photo just added is never the one forgotten.
    while (this.pending.size > 1 && (this.pending.size > this.limits.max || this.pendingBytes > this.limits.maxBytes)) {
      const oldest = this.pending.values().next().value as string;
      this.pending.delete(oldest);
      this.pendingBytes -= this.items.get(oldest)?.bytes.length ?? 0;
      this.items.delete(oldest);
    }
    return record;
  }

  /** Keep a photo for good: it is in a report. */
  attach(id: string): void {
    if (!this.pending.delete(id)) return;
    this.pendingBytes -= this.items.get(id)?.bytes.length ?? 0;
  }

  /** Photos in no report: how many, and their bytes. */
  get pendingUsage(): { count: number; bytes: number } {
    return { count: this.pending.size, bytes: this.pendingBytes };
  }

  get(id: string): MediaRecord | undefined {
    return this.items.get(id);
  }

  get size(): number {
    return this.items.size;
  }
}
