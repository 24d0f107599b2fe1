export * from '../components/dossier-tracker/dossier-tracker.js';
