import { dataWidgetStates } from '../../../test/data-widget-states.js';
import './commune-info.js';

dataWidgetStates({
  tag: 'shp-commune-info',
  attrs: 'unit="binh-giang"',
  content: '[part~="card"]',
  // Without a unit (and no page default) there is nothing to show.
  empty: { attrs: '', message: 'Chưa chọn xã, phường hoặc đặc khu.' },
});
