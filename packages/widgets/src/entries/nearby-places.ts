export * from '../components/nearby-places/nearby-places.js';
