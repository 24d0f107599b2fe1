import { defineElement } from '../../internal/define.js';
import { ShpFeedbackMap } from './feedback-map.component.js';

export * from './feedback-map.component.js';

defineElement('shp-feedback-map', ShpFeedbackMap);

declare global {
  interface HTMLElementTagNameMap {
    'shp-feedback-map': ShpFeedbackMap;
  }
}
