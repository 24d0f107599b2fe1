import { randomToken, type LatLon } from '@smart-haiphong/sdk';
import type { ReactiveController } from 'lit';
import type { ShpElement } from '../../internal/shp-element.js';
import { lazy } from '../../internal/lazy.js';

/** One photo of the report, from the file chosen to the media id on the server. */
export interface PhotoItem {
  key: string;
  name: string;
  status: 'processing' | 'uploading' | 'uploaded' | 'error';
  /**
   * The upload's idempotency key: random, made once per photo the citizen attaches and
   * reused only when that same upload is retried (a counter restarting at each page load
   * made two citizens, or one after a reload, share a key and be refused for good).
   */
  uploadKey?: string;
  /** Handed to the outbox with its report: the outbox uploads it, this controller no longer does. */
  queued?: boolean;
  blob?: Blob;
  preview?: string;
  mediaId?: string;
  /** Where the server serves the uploaded photo (a preview after a reload). */
  url?: string;
  gps?: LatLon | null;
  /** Translation key (a refusal) or an already translated sentence (an upload failure). */
  problem?: string;
  abort?: AbortController;
  upload?: Promise<void>;
}

export interface PhotoUploadsOptions {
  /** How many photos may be kept (refused ones do not count). */
  limit: () => number;
  /** The sentence shown when an upload fails. */
  failure: (error: unknown) => string;
}

let nextId = 0;
const newKey = () => `p${++nextId}`;

/**
 * The photos of a report: each file goes through the lazily loaded pipeline (photos.ts),
 * then uploads in the background while the citizen types, with cancel and retry.
 */
export class PhotoUploadsController implements ReactiveController {
  items: PhotoItem[] = [];

  constructor(
    private readonly host: ShpElement,
    private readonly options: PhotoUploadsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.resume);
    this.resume();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.resume);
    // Uploads stop with the page; one put back in the page starts them again.
    for (const photo of this.items) photo.abort?.abort();
    this.update(this.items.map((p) => (p.abort ? { ...p, abort: undefined, upload: undefined } : p)));
  }

  /** Photos that count against the limit. */
  get kept(): number {
    return this.items.filter((p) => p.status !== 'error').length;
  }

  get mediaIds(): string[] {
    return this.items.filter((p) => p.mediaId).map((p) => p.mediaId!);
  }

  /** Photos chosen offline start uploading when the network returns. */
  private readonly resume = (): void => {
    for (const p of this.items) {
      if (p.blob && !p.mediaId && !p.abort && !p.queued && p.status === 'uploading') this.upload(p.key);
    }
  };

  add(files: File[]): void {
    for (const file of files) {
      const item: PhotoItem = { key: newKey(), name: file.name, status: 'processing', uploadKey: randomToken(18) };
      if (this.kept >= this.options.limit()) {
        this.update([...this.items, { ...item, status: 'error', problem: 'feedbackForm.photoTooMany' }]);
        continue;
      }
      this.update([...this.items, item]);
      // The photo pipeline (type sniffing, EXIF GPS, re-encoding) loads with the first photo.
      void lazy('photos', () => import('./photos.js'))
        .then(({ preparePhoto }) => preparePhoto(file))
        .then(
          (prepared) => {
            this.patch(item.key, {
              blob: prepared.blob,
              gps: prepared.gps,
              preview: URL.createObjectURL(prepared.blob),
            });
            this.upload(item.key);
          },
          (error: unknown) => {
            const problem =
              (error as { name?: string; problem?: string }).name === 'PhotoError'
                ? (error as { problem: string }).problem
                : 'corrupt';
            this.patch(item.key, { status: 'error', problem: `feedbackForm.photo_${problem}` });
          },
        );
    }
  }

  /** Uploads (or retries) one photo. Progress is indeterminate: the SDK uploads with fetch. */
  upload(key: string): void {
    const item = this.items.find((p) => p.key === key);
    if (!item?.blob || item.mediaId || item.queued) return;
    if (this.host.offline || navigator.onLine === false) {
      this.patch(key, { status: 'uploading', problem: undefined }); // waits for the network or the outbox
      return;
    }
    const abort = new AbortController();
    const upload = this.host.client.feedback
      .uploadMedia(item.blob, { idempotencyKey: (item.uploadKey ??= randomToken(18)), signal: abort.signal })
      .then(
        (media) => this.patch(key, { status: 'uploaded', mediaId: media.id, url: media.url, abort: undefined }),
        (error: unknown) => {
          if (abort.signal.aborted) return;
          this.patch(key, { status: 'error', problem: this.options.failure(error), abort: undefined });
        },
      );
    this.patch(key, { status: 'uploading', problem: undefined, abort, upload });
  }

  remove(key: string): void {
    const item = this.items.find((p) => p.key === key);
    item?.abort?.abort();
    if (item?.preview) URL.revokeObjectURL(item.preview);
    this.update(this.items.filter((p) => p.key !== key));
  }

  /** Stops the uploads still running and gives their bytes, for the outbox to send. */
  takePending(): Blob[] {
    const pending = this.items.filter((p) => p.blob && !p.mediaId);
    for (const p of pending) p.abort?.abort();
    // From now on the outbox uploads them, once, with the report: uploading them here too
    // when the network returns would send the same photo twice (an orphan upload).
    this.update(
      this.items.map((p) => (pending.includes(p) ? { ...p, abort: undefined, upload: undefined, queued: true } : p)),
    );
    return pending.map((p) => p.blob!);
  }

  /**
   * The outbox could not take the report (storage refused): the photos handed to it come
   * back, and upload again as soon as the network allows.
   */
  returnPending(): void {
    this.update(this.items.map((p) => (p.queued ? { ...p, queued: false, status: 'uploading' as const } : p)));
    this.resume();
  }

  /** Starts the uploads still waiting (for the network, or after a failed hand-over). */
  resumeWaiting(): void {
    this.resume();
  }

  /** Photos saved in a draft: already on the server, shown from their URL. */
  restore(saved: { mediaId: string; url: string; name: string }[]): void {
    if (this.items.length > 0) return;
    this.update(saved.map((p) => ({ ...p, key: newKey(), status: 'uploaded' })));
  }

  /** Replaces the photos with a stored report's: uploaded ones by id, the others as bytes to upload. */
  replace(mediaIds: string[], blobs: Blob[], name: (index: number) => string): void {
    const photos: PhotoItem[] = mediaIds.map((mediaId) => ({ key: newKey(), name: '', status: 'uploaded', mediaId }));
    for (const blob of blobs)
      photos.push({ key: newKey(), name: '', status: 'uploading', blob, preview: URL.createObjectURL(blob) });
    photos.forEach((p, i) => (p.name = name(i)));
    this.update(photos);
    for (const p of photos) if (p.blob) this.upload(p.key);
  }

  clear(): void {
    for (const p of this.items) if (p.preview) URL.revokeObjectURL(p.preview);
    this.update([]);
  }

  private patch(key: string, patch: Partial<PhotoItem>): void {
    this.update(this.items.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  }

  private update(items: PhotoItem[]): void {
    this.items = items;
    this.host.requestUpdate();
  }
}
