/**
 * The outbox: feedback submissions kept on the device until the server has them.
 *
 * A submission made offline, or interrupted by a dropped connection, is stored with
 * its photos (as Blobs) and one idempotency key per request, and sent when the
 * network returns: on `online` events and when an outbox starts (after a page
 * reload). Every try reuses the same keys, so the server records it exactly once.
 * Access tokens are never stored: the client's token provider supplies one at send time.
 */
import { randomUUID } from './pkce.js';
import type { ShpClient } from './create-client.js';
import { isAbortError, isContractError, isHttpError, isNetworkError, isTimeoutError } from './errors.js';
import type { FeedbackReceipt, FeedbackSubmission } from './schemas/feedback.js';

/** A photo waiting in the outbox. */
export interface OutboxPhoto {
  /** The bytes to upload (already stripped of metadata). */
  blob: Blob;
  /** The upload's idempotency key, the same on every try. */
  idempotencyKey: string;
  /** The media id once uploaded. */
  mediaId?: string;
}

/** One stored submission. */
export interface OutboxEntry {
  /** Local id (also the submission's idempotency key). */
  id: string;
  /** The submission's `Idempotency-Key`, the same on every try. */
  idempotencyKey: string;
  /** The submission; `photoIds` lists photos uploaded before it was queued. */
  submission: FeedbackSubmission;
  /** Photos still to upload; their ids are appended to `photoIds` in this order. */
  photos: OutboxPhoto[];
  /** When it was queued (ms since epoch). */
  createdAt: number;
  /** Tries so far. */
  attempts: number;
  /** Set when the server refused it for good (a 4xx other than 408/429): it is not retried. */
  failed?: { status: number; message: string };
}

/** Where entries are kept. {@link indexedDbStorage} in browsers; {@link memoryStorage} for tests and Node. */
export interface OutboxStorage {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Options of {@link Outbox}. */
export interface OutboxOptions {
  /** Sends the entries. */
  client: ShpClient;
  /**
   * Default: the IndexedDB database `smart-haiphong-outbox <API base URL>` when available, else
   * none (see {@link Outbox.available}). One database per API, so that an outbox never sends
   * a report queued for another API.
   */
  storage?: OutboxStorage | null;
}

/** `detail` of the outbox's `sent` event. */
export interface OutboxSentDetail {
  entry: OutboxEntry;
  receipt: FeedbackReceipt;
}

const isTransient = (error: unknown): boolean =>
  isNetworkError(error) ||
  isTimeoutError(error) ||
  isContractError(error) ||
  (isHttpError(error) && (error.status >= 500 || error.status === 408 || error.status === 429));

/**
 * Keeps submissions until they are delivered. Dispatches `sent` (`CustomEvent<OutboxSentDetail>`)
 * for each delivered entry and `change` whenever the list changes.
 *
 * @example
 * const outbox = new Outbox({ client });
 * outbox.start(); // sends what an earlier page left, and again on every `online` event
 * await outbox.add(submission, { photos: [blob] });
 */
export class Outbox extends EventTarget {
  private readonly client: ShpClient;
  private readonly storage: OutboxStorage | null;
  private flushing: Promise<void> | undefined;
  private again = false;
  private started = false;

  constructor(options: OutboxOptions) {
    super();
    this.client = options.client;
    this.storage =
      options.storage === undefined
        ? indexedDbStorage(`smart-haiphong-outbox ${options.client.baseUrl.href}`)
        : options.storage;
  }

  /**
   * Whether submissions can be kept on this device. False when storage is missing or
   * refuses writes (some private-browsing modes): tell the citizen, do not pretend.
   */
  async available(): Promise<boolean> {
    if (!this.storage) return false;
    try {
      await this.storage.all();
      return true;
    } catch {
      return false;
    }
  }

  /** Stored entries, oldest first. */
  async entries(): Promise<OutboxEntry[]> {
    if (!this.storage) return [];
    const all = await this.storage.all();
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  /**
   * Stores a submission. Pass the idempotency key already used for a try that may have
   * reached the server (a dropped connection), so the outbox's tries count as the same one.
   * Throws when storage is unavailable.
   */
  async add(
    submission: FeedbackSubmission,
    options: { photos?: Blob[]; idempotencyKey?: string } = {},
  ): Promise<OutboxEntry> {
    if (!this.storage) throw new Error('The outbox has no storage on this device');
    const key = options.idempotencyKey ?? randomUUID();
    const entry: OutboxEntry = {
      id: key,
      idempotencyKey: key,
      submission,
      photos: (options.photos ?? []).map((blob) => ({ blob, idempotencyKey: randomUUID() })),
      createdAt: Date.now(),
      attempts: 0,
    };
    await this.storage.put(entry);
    this.dispatchEvent(new Event('change'));
    return entry;
  }

  /** Removes an entry (the citizen gave up on it). */
  async remove(id: string): Promise<void> {
    await this.storage?.delete(id);
    this.dispatchEvent(new Event('change'));
  }

  /** Sends now, and on every `online` event from now on. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
    void this.flush();
  }

  /** Stops listening for `online` events. */
  stop(): void {
    this.started = false;
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
  }

  private readonly onOnline = (): void => void this.flush();

  /**
   * Tries to send every pending entry, one after another. One flush runs at a time per
   * outbox; a call during a flush runs another pass after it. Failures stay queued.
   */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.again = false;
          for (const entry of await this.entries().catch(() => [])) {
            if (!entry.failed) await this.send(entry);
          }
        } while (this.again);
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  private async send(entry: OutboxEntry): Promise<void> {
    const storage = this.storage!;
    entry.attempts++;
    try {
      for (const photo of entry.photos) {
        if (photo.mediaId) continue;
        const media = await this.client.feedback.uploadMedia(photo.blob, { idempotencyKey: photo.idempotencyKey });
        photo.mediaId = media.id;
        await storage.put(entry);
      }
      const submission: FeedbackSubmission = {
        ...entry.submission,
        photoIds: [...entry.submission.photoIds, ...entry.photos.map((p) => p.mediaId!)],
      };
      const receipt = await this.client.feedback.submit(submission, { idempotencyKey: entry.idempotencyKey });
      await storage.delete(entry.id);
      this.dispatchEvent(new CustomEvent<OutboxSentDetail>('sent', { detail: { entry, receipt } }));
    } catch (error) {
      if (isAbortError(error) || isTransient(error)) {
        await storage.put(entry).catch(() => undefined);
      } else {
        const status = isHttpError(error) ? error.status : 0;
        entry.failed = { status, message: error instanceof Error ? error.message : String(error) };
        await storage.put(entry).catch(() => undefined);
      }
    }
    this.dispatchEvent(new Event('change'));
  }
}

/** Entries in memory: for tests, Node, or a page that must not write to disk. */
export function memoryStorage(): OutboxStorage {
  const map = new Map<string, OutboxEntry>();
  return {
    all: async () => [...map.values()].map((e) => structuredClone(e)),
    put: async (entry) => void map.set(entry.id, structuredClone(entry)),
    delete: async (id) => void map.delete(id),
  };
}

/**
 * Entries in IndexedDB (Blobs are stored as they are). Null when IndexedDB is missing.
 * A database that cannot be opened (private mode in some browsers) rejects every call,
 * which {@link Outbox.available} reports. Hand-written (40 lines) rather than a
 * dependency: one object store, three operations.
 */
export function indexedDbStorage(name = 'smart-haiphong-outbox'): OutboxStorage | null {
  if (typeof indexedDB === 'undefined') return null;
  let db: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
    }).catch((error: unknown) => {
      db = undefined;
      throw error;
    }));
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const database = await open();
    return new Promise<T>((resolve, reject) => {
      const tx = database.transaction('entries', mode);
      const request = op(tx.objectStore('entries'));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  };
  return {
    all: () => run('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>),
    put: async (entry) => void (await run('readwrite', (s) => s.put(entry))),
    delete: async (id) => void (await run('readwrite', (s) => s.delete(id))),
  };
}
