import { defineElement } from '../../internal/define.js';
import { ShpRolloutReport } from './rollout-report.component.js';

export * from './rollout-report.component.js';

defineElement('shp-rollout-report', ShpRolloutReport);

declare global {
  interface HTMLElementTagNameMap {
    'shp-rollout-report': ShpRolloutReport;
  }
}
