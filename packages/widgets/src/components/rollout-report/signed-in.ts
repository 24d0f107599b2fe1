/**
 * What only signed-in officers and the collecting office need: the report form, its printout
 * and CSV, and the dashboard. A lazy chunk, so that the public summary on a portal's front page
 * does not download them.
 */
// Chunking, not behaviour: the element is always loaded before this part. Importing it makes
// the script-tag build see that Lit, the base element and the element's own modules are already
// there, instead of splitting them into chunks of their own that every page would then load.
import './rollout-report.js';

export { campaignReportCsv, campaignReportsCsv } from '@smart-haiphong/sdk';
export { downloadText, fileSafe } from './download.js';
export { formStyles } from './form.styles.js';
export { dashboardView } from './parts/dashboard.js';
export { fieldId, formView, invalidIds } from './parts/form.js';
export { printView, type PrintData } from './parts/print.js';
export { printRows, totalsOf } from './report-draft.js';
export { ReportFormController } from './report-form.controller.js';
