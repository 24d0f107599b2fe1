import {
  Outbox,
  type FeedbackReceipt,
  type FeedbackSubmission,
  type OutboxEntry,
  type OutboxSentDetail,
  type ShpClient,
} from '@smart-haiphong/sdk';
import type { ReactiveController } from 'lit';
import type { ShpElement } from '../../internal/shp-element.js';

const outboxes = new WeakMap<ShpClient, Outbox>();
/** One outbox per client on the page, so two forms never send the same entry side by side. */
function sharedOutbox(client: ShpClient): Outbox {
  let outbox = outboxes.get(client);
  if (!outbox) outboxes.set(client, (outbox = new Outbox({ client })));
  return outbox;
}

export interface FeedbackOutboxOptions {
  /** A report this element answers for was recorded by the server. */
  onSent: (receipt: FeedbackReceipt) => void;
  /** A report this element answers for was refused for good, and none is waiting. */
  onRefused: () => void;
}

/**
 * The reports a form left in the SDK's outbox: how many wait, the one the server refused,
 * and the receipt when one is sent, after a reload too.
 */
export class FeedbackOutboxController implements ReactiveController {
  queuedCount = 0;
  /** A stored report the server refused for good (a 4xx): offered back for editing. */
  refused: OutboxEntry | null = null;
  /** Outbox entries this element answers for (queued here, or found when it started). */
  private readonly watched = new Set<string>();
  private listening: Outbox | undefined;

  constructor(
    /** The element, and the outbox the page gave it, if any. */
    private readonly host: ShpElement & { outbox?: Outbox | undefined },
    private readonly options: FeedbackOutboxOptions,
  ) {
    host.addController(this);
  }

  get outbox(): Outbox {
    return this.host.outbox ?? sharedOutbox(this.host.client);
  }

  hostUpdate(): void {
    const outbox = this.outbox;
    if (outbox === this.listening) return;
    this.stopListening();
    this.listening = outbox;
    outbox.addEventListener('sent', this.onSent);
    outbox.addEventListener('change', this.refresh);
    void outbox.entries().then(
      (entries) => {
        for (const entry of entries) this.watched.add(entry.id);
        this.count(entries);
        outbox.start(); // sends what an earlier page left, and again when back online
      },
      () => undefined,
    );
  }

  hostDisconnected(): void {
    this.stopListening();
    this.listening = undefined;
  }

  private stopListening(): void {
    this.listening?.removeEventListener('sent', this.onSent);
    this.listening?.removeEventListener('change', this.refresh);
  }

  /** Stores a report to send when the network allows; throws when the device cannot store it. */
  async add(submission: FeedbackSubmission, key: string, photos: Blob[]): Promise<void> {
    const { outbox } = this;
    if (!(await outbox.available())) throw new Error('no storage');
    this.watched.add(key);
    await outbox.add(submission, { idempotencyKey: key, photos }).catch((error: unknown) => {
      this.watched.delete(key);
      throw error;
    });
  }

  /**
   * Keeps a report in the outbox before its first send, without showing it as waiting: if
   * the page is reloaded or closed mid-send, the outbox sends it again with the same key
   * (recorded once), and the restored form does not offer it to be sent a second time.
   * False when the device cannot store it (the form then sends without this net).
   */
  async hold(submission: FeedbackSubmission, key: string): Promise<boolean> {
    const { outbox } = this;
    if (!(await outbox.available().catch(() => false))) return false;
    return outbox.add(submission, { idempotencyKey: key, photos: [] }).then(
      () => true,
      () => false,
    );
  }

  /** The held report was answered (recorded, or refused for good): the outbox lets it go. */
  async release(key: string): Promise<void> {
    await this.outbox.remove(key).catch(() => undefined);
  }

  /** Takes a refused report out of the outbox (it goes back into the form). */
  take(entry: OutboxEntry): void {
    this.watched.delete(entry.id);
    this.refused = null;
    this.host.requestUpdate();
    void this.outbox.remove(entry.id);
  }

  readonly refresh = (): void => {
    void this.listening?.entries().then(
      (entries) => this.count(entries),
      () => undefined,
    );
  };

  private count(entries: OutboxEntry[]): void {
    const mine = entries.filter((e) => this.watched.has(e.id));
    this.queuedCount = mine.filter((e) => !e.failed).length;
    this.refused = mine.find((e) => e.failed) ?? null;
    this.host.requestUpdate();
    if (this.refused && this.queuedCount === 0) this.options.onRefused();
  }

  private readonly onSent = (event: Event): void => {
    const { entry, receipt } = (event as CustomEvent<OutboxSentDetail>).detail;
    if (!this.watched.delete(entry.id)) return;
    this.options.onSent(receipt);
  };
}
