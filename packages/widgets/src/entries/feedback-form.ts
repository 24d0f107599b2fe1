export * from '../components/feedback-form/feedback-form.js';
