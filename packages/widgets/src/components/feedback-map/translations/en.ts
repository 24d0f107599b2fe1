import type { MarkerMapStrings } from '../../../internal/marker-map/marker-map.translations.js';
import markerMap from '../../../internal/marker-map/translations/en.js';
import type { FeedbackMapStrings } from '../feedback-map.translations.js';

/** English: the strings of <shp-feedback-map>. */
const en: { feedbackMap: FeedbackMapStrings; markerMap: MarkerMapStrings } = {
  // The shared map's words (MapLibre's included) come in this chunk.
  ...markerMap,
  feedbackMap: {
    label: 'Feedback map',
    mapLabel: 'Feedback map. Use the arrow keys to pan, + and − to zoom.',
    cluster: { one: '{count} report. Zoom in to see it', other: '{count} reports. Zoom in to see them' },
    pin: 'Report on {category}, {status}',
    pinApproximate: 'Report on {category}, {status}, approximate location',
    approximate: 'Approximate location',
    approximateNote: 'This report has no exact location; the map shows the centre of {unit}.',
    location: 'Location',
    legend: 'Status legend',
    legendCluster: 'Group of reports (count)',
    filters: 'Filters',
    category: 'Category',
    status: 'Status',
    all: 'All',
    from: 'From',
    to: 'To',
    resetFilters: 'Reset filters',
    list: 'Reports in the map view',
    listCount: {
      zero: 'No reports in this view',
      one: '{count} report in this view',
      other: '{count} reports in this view',
    },
    listShown: 'Showing {shown} of {count}',
    loadMore: 'Show more reports',
    noReports: 'No reports match the filters in this view.',
    answered: 'Answered',
    photos: { one: '{count} photo', other: '{count} photos' },
    back: 'Back to the list',
    details: 'Report details',
    trackingCode: 'Tracking code',
    commune: 'Commune',
    date: 'Sent on',
    timeline: 'Progress',
    answer: 'Answer from the authority',
    noAnswer: 'No answer yet.',
    answeredBy: '{agency}, {date}',
    photo: 'Photo {index} of {count}',
    openPhoto: 'View photo {index} of {count} full screen',
    closePhoto: 'Close photo',
    share: 'Share link',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    pick: 'Report here',
    sampleData: 'Sample data',
  },
};

export default en;
