import { defineElement } from '../../internal/define.js';
import { ShpFeedbackForm } from './feedback-form.component.js';

export * from './feedback-form.component.js';

defineElement('shp-feedback-form', ShpFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'shp-feedback-form': ShpFeedbackForm;
  }
}
