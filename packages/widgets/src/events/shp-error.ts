/** The `detail` of {@link ShpErrorEvent}. */
export interface ShpErrorEventDetail {
  /**
   * What went wrong: usually an SDK error (`ShpError`, with `type` `http`, `network`,
   * `timeout` or `contract`); any other `Error` for a bug in the widget.
   */
  error: Error;
}

/**
 * Emitted when a widget fails to load or send data. It shows its own error state;
 * the event lets the host page log or report the failure.
 */
export class ShpErrorEvent extends CustomEvent<ShpErrorEventDetail> {
  static readonly eventName = 'shp-error';
  constructor(detail: ShpErrorEventDetail) {
    super(ShpErrorEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shp-error': ShpErrorEvent;
  }
}
