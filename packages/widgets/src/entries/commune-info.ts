export * from '../components/commune-info/commune-info.js';
