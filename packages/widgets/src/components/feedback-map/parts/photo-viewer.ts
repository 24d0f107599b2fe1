import type { Photo } from '@smart-haiphong/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FeedbackMapContext } from '../feedback-map.context.js';

/**
 * The full-screen photo viewer: a modal `<dialog>` (Escape, a click outside and, on
 * Android, the system Back close it), which gives focus back to the thumbnail that opened
 * it. It belongs to the report shown: `close()` when the report goes away (Back, a link,
 * code), else the dialog would stay open, empty, over an inert page.
 */
export class PhotoViewer {
  /** The photo shown; -1: closed. */
  index = -1;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {}

  get isOpen(): boolean {
    return this.index >= 0;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.viewer');
  }

  open(index: number): void {
    this.index = index;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.dialog;
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  /**
   * Closes the viewer without moving focus: its thumbnail goes away with the report, and
   * whatever closes the report puts focus where it belongs.
   */
  close(): void {
    if (!this.isOpen) return;
    this.index = -1;
    this.host.requestUpdate();
    this.dialog?.close();
  }

  render(ctx: FeedbackMapContext, photos: readonly Photo[]): TemplateResult {
    const { t } = ctx;
    const photo = photos[this.index];
    const name = photo
      ? t('feedbackMap.photo', { index: this.index + 1, count: photos.length })
      : t('feedbackMap.details');
    return html`<dialog
      part="viewer"
      class="viewer"
      aria-label=${name}
      @close=${() => {
        const index = this.index;
        if (index < 0) return; // closed by close(): focus is not the viewer's business
        this.index = -1;
        this.host.requestUpdate();
        void this.host.updateComplete.then(() =>
          this.host.renderRoot.querySelectorAll<HTMLElement>('.photo')[index]?.focus(),
        );
      }}
      @click=${(e: Event) => {
        if (e.target === this.dialog) this.dialog?.close();
      }}
    >
      ${
        photo
          ? html`<img src=${photo.url} alt=${name} />
              <button class="button close" type="button" autofocus @click=${() => this.dialog?.close()}>
                ${t('feedbackMap.closePhoto')}
              </button>`
          : nothing
      }
    </dialog>`;
  }
}
