/**
 * What only signed-in officers and the collecting office need: the report form, its printout
 * and CSV, and the dashboard. A lazy chunk, so that the public summary on a portal's front page
 * does not download them.
 */
// (The shared runtime chunk of the script-tag build keeps Lit and the base element out of this
// chunk; no import of the element is needed for that.)
export { campaignReportCsv, campaignReportsCsv } from '@smart-haiphong/sdk';
export { downloadText, fileSafe } from './download.js';
export { formStyles } from './form.styles.js';
export { dashboardView } from './parts/dashboard.js';
export { fieldId, formView, invalidIds } from './parts/form.js';
export { printView, type PrintData } from './parts/print.js';
export { printRows, totalsOf } from './report-draft.js';
export { ReportFormController } from './report-form.controller.js';
