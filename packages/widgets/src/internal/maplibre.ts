// The map engine in a module of our own, so that it is a named lazy chunk (a bare
// package name cannot be a build entry) fetched only when a map is about to show.
export * from 'maplibre-gl';
// The worker URL as the engine needs it under Trusted Types: here, so that the policy's module
// is fetched with the engine, not by every page whose widget may show a map one day.
export { trustedWorkerUrl } from './trusted-types.js';
