export * from '../components/rollout-report/rollout-report.js';
