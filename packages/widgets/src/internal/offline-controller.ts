import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks whether the browser is offline (`navigator.onLine` and the `online` /
 * `offline` events) and updates its host when that changes.
 */
export class OfflineController implements ReactiveController {
  /** True while the browser reports no network. */
  offline = typeof navigator !== 'undefined' && navigator.onLine === false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (offline: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.offline = navigator.onLine === false;
    window.addEventListener('online', this.handle);
    window.addEventListener('offline', this.handle);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handle);
    window.removeEventListener('offline', this.handle);
  }

  // The event type, not navigator.onLine, decides: both agree in a real browser, and
  // tests can then simulate a network change by dispatching the event.
  private readonly handle = (event: Event): void => {
    const offline = event.type === 'offline';
    if (offline === this.offline) return;
    this.offline = offline;
    this.host.requestUpdate();
    this.onChange?.(offline);
  };
}
