import { dataWidgetStates, EMPTY_PAGE } from '../../../test/data-widget-states.js';
import './feedback-map.js';

dataWidgetStates({
  tag: 'shp-feedback-map',
  attrs: 'unit="binh-giang"',
  content: '[part~="list"]',
  timeout: 30_000, // MapLibre loads with every element
  // No report in the view: the list and the map are both empty.
  empty: {
    answers: {
      '/v1/feedback': EMPTY_PAGE,
      '/v1/feedback/clusters': (url: URL) => ({ zoom: Number(url.searchParams.get('zoom')), items: [], total: 0 }),
    },
    message: 'Không có phản ánh nào phù hợp với bộ lọc trong khung nhìn này.',
  },
});
