import { dataWidgetStates } from '../../../test/data-widget-states.js';
import './feedback-form.js';

// The form's data is its reference data (config, categories, communes, statuses): it has
// loading, error and offline states, and no empty one (the deployment always has them).
dataWidgetStates({
  tag: 'shp-feedback-form',
  content: '[part~="form"]',
});
