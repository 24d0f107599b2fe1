import type { Feedback, ShpClient } from '@smart-haiphong/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

export interface ReportOptions {
  client(): ShpClient;
  root(): ShadowRoot | null;
  /** The panel opened or closed (to write the URL hash). */
  onChange(): void;
  /** The report shown is going away (closed, or another asked for): what belongs to it closes first. */
  onLeave(): void;
  onError(error: unknown): void;
}

/**
 * The report shown in the panel: loads it (aborting one still loading), moves focus to
 * its title, and on close gives focus back to what opened it (a pin, a list item), or to
 * the same item in a list that was re-rendered meanwhile.
 */
export class ReportController implements ReactiveController {
  report: Feedback | undefined;
  state: 'idle' | 'loading' | 'error' = 'idle';
  error: unknown = null;
  /** The id asked for last (for Retry). */
  id: string | undefined;
  private controller: AbortController | undefined;
  private opener: HTMLElement | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReportOptions,
  ) {
    host.addController(this);
  }

  /** Whether the panel is shown (loaded, loading or failed). */
  get open(): boolean {
    return this.report !== undefined || this.state !== 'idle';
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /**
   * Opens a report (by id or tracking code); `opener` gets focus back on close. `focus: false`
   * (Back/Forward while focus is elsewhere on the page) leaves focus where it is.
   */
  async show(id: string, opener?: HTMLElement, { focus = true }: { focus?: boolean } = {}): Promise<void> {
    this.controller?.abort();
    this.options.onLeave();
    const controller = (this.controller = new AbortController());
    const root = this.options.root();
    this.opener = opener ?? (root?.activeElement as HTMLElement | null) ?? undefined;
    this.id = id;
    this.state = 'loading';
    this.report = undefined;
    this.host.requestUpdate();
    try {
      const report = await this.options.client().feedback.get(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.report = report;
      this.state = 'idle';
      this.options.onChange();
      this.host.requestUpdate();
      await this.host.updateComplete;
      if (focus) this.options.root()?.querySelector<HTMLElement>('.panel-title')?.focus();
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.state = 'error';
      this.error = error;
      this.host.requestUpdate();
      this.options.onError(error);
    }
  }

  /** Closes the panel and gives focus back to what opened it (unless `focus: false`). */
  close({ focus = true }: { focus?: boolean } = {}): void {
    this.controller?.abort();
    this.options.onLeave();
    this.report = undefined;
    this.state = 'idle';
    this.options.onChange();
    this.host.requestUpdate();
    const opener = this.opener;
    this.opener = undefined;
    if (!focus) return;
    void this.host.updateComplete.then(() => {
      const root = this.options.root();
      // The list was re-rendered while the panel was open: find the opener's item again.
      const id = opener?.dataset['id'];
      const again = id ? root?.querySelector<HTMLElement>(`[part~="item"][data-id="${CSS.escape(id)}"]`) : null;
      (opener?.isConnected ? opener : (again ?? root?.querySelector<HTMLElement>('[part~="item"]')))?.focus();
    });
  }
}
