export * from '../components/procedure-search/procedure-search.js';
