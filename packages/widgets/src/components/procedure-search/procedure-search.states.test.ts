import { dataWidgetStates } from '../../../test/data-widget-states.js';
import './procedure-search.js';

dataWidgetStates({
  tag: 'shp-procedure-search',
  content: '[part~="list"]',
  empty: {
    attrs: 'q="zzqxwv"',
    message: 'Không tìm thấy thủ tục phù hợp. Hãy thử từ khoá ngắn hơn hoặc bỏ bớt bộ lọc.',
  },
});
