import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadStrings, stringsReady, type Locale, type StringLoaders } from '../translations/index.js';

/**
 * Fetches the strings an element needs in its locale (the shared ones and its own
 * widget's, one small chunk each) before the element shows text, and again when the
 * locale changes. Until they are there the element renders its skeleton, which needs
 * no words. A fetch that fails (offline on first visit) is retried when the browser
 * comes back online.
 */
export class LocalizeController implements ReactiveController {
  private pending: Promise<void> | undefined;
  private pendingLocale: Locale | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => Locale,
    private readonly sets: () => readonly StringLoaders[],
  ) {
    host.addController(this);
  }

  /** Whether the strings of the current locale are loaded. */
  get ready(): boolean {
    return stringsReady(this.locale(), this.sets());
  }

  /** Settles when the current locale's strings are loaded (or failed to load). */
  get loaded(): Promise<void> {
    return this.ready ? Promise.resolve() : (this.ensure() ?? Promise.resolve());
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  hostUpdate(): void {
    if (!this.ready) void this.ensure();
  }

  private ensure(): Promise<void> | undefined {
    const locale = this.locale();
    if (this.pending && this.pendingLocale === locale) return this.pending;
    this.pendingLocale = locale;
    const pending = loadStrings(locale, this.sets()).then(
      () => {
        if (this.pending === pending) this.pending = undefined;
        this.host.requestUpdate();
      },
      () => {
        if (this.pending === pending) this.pending = undefined;
      },
    );
    this.pending = pending;
    return pending;
  }

  private readonly onOnline = (): void => {
    if (!this.ready) this.host.requestUpdate();
  };
}
