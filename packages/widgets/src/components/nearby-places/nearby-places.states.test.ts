import { dataWidgetStates, EMPTY_PAGE } from '../../../test/data-widget-states.js';
import './nearby-places.js';

// A point in the city centre chosen by the page (no geolocation asked).
const POINT = 'lat="20.8449" lon="106.6881"';

dataWidgetStates({
  tag: 'shp-nearby-places',
  attrs: POINT,
  content: '[part~="list"]',
  empty: {
    attrs: POINT,
    answers: { '/v1/places/nearby': EMPTY_PAGE },
    message: 'Không có địa điểm nào trong bán kính 2 km',
  },
});
