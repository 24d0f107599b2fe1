// maplibre's CSS as text, in a module of its own so that it is a named lazy chunk
// (a CSS file cannot be a build entry) fetched only with a map.
import css from 'maplibre-gl/dist/maplibre-gl.css?inline';

export default css;
