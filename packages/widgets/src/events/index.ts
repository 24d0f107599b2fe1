export { ShpErrorEvent, type ShpErrorEventDetail } from './shp-error.js';

import type { ShpErrorEvent } from './shp-error.js';

/** Every event a widget emits; `ShpElement.emit()` accepts only these. */
export type ShpEvent = ShpErrorEvent;
