import type { MarkerMapStrings } from '../marker-map.translations.js';

/** English: the shared marker map's strings, MapLibre's included. */
const en: { markerMap: MarkerMapStrings } = {
  markerMap: {
    mapLabel: 'Map. Use the arrow keys to pan, + and − to zoom.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Reset bearing to north',
    toggleAttribution: 'Show or hide the map credits',
    mapFeedback: 'Map feedback',
    marker: 'Map marker',
    closePopup: 'Close',
    loading: 'Loading the map…',
    error: 'The map could not be loaded.',
    markersError: 'Data for this part of the map could not be loaded.',
    pickHint: 'Click a place on the map, or move the map with the keyboard and press Enter to pick its centre.',
    pickCentre: 'Pick the map centre',
    pickCancel: 'Cancel',
    picked: 'Location {lat}, {lon} picked.',
  },
};

export default en;
