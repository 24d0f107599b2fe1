export * from '../components/feedback-map/feedback-map.js';
