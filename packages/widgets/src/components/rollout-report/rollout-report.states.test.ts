import { dataWidgetStates } from '../../../test/data-widget-states.js';
import './rollout-report.js';

// The public summary (nobody signed in): what a commune portal shows.
dataWidgetStates({
  tag: 'shp-rollout-report',
  attrs: 'unit="binh-giang"',
  content: '[part~="summary"]',
  // Bạch Long Vĩ has no rollout campaign in the sandbox.
  empty: { attrs: 'unit="bach-long-vi"', message: 'Đơn vị này chưa có đợt triển khai nào.' },
});
