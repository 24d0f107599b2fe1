// The map engine in a module of our own, so that it is a named lazy chunk (a bare
// package name cannot be a build entry) fetched only when a map is about to show.
export * from 'maplibre-gl';
