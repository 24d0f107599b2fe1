import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-rollout-report> shows on screen; `translations/vi.ts` and `en.ts` implement it. The printout and CSV are Vietnamese whatever the locale (parts/print.ts). */
export interface RolloutReportStrings {
  sample: Message;
  noCampaign: Message;
  /** `{date}`: when the figures were computed. */
  asOf: Message;
  // summary
  summaryTitle: Message;
  /** `{reported}` of `{expected}` bodies. */
  bodiesReported: Message;
  /** `{installed}` of `{total}` people. */
  peopleInstalled: Message;
  installedShare: Message;
  /** Column of the people counted: installed / total. */
  figures: Message;
  byGroup: Message;
  group: Message;
  deadline: Message;
  reported: Message;
  noFigures: Message;
  // sign-in and roles
  signInForm: Message;
  signInDashboard: Message;
  signIn: Message;
  /** Under the summary when no mode is set: who may sign in, and why. */
  signInAny: Message;
  signInFailed: Message;
  noOfficerRole: Message;
  noCollectorRole: Message;
  // form
  formTitle: Message;
  /** `{date}`: the body's deadline. */
  dueBy: Message;
  headerLegend: Message;
  managingBody: Message;
  bodyName: Message;
  number: Message;
  numberHint: Message;
  place: Message;
  date: Message;
  recipient: Message;
  /** `{number}`, `{date}`. */
  answers: Message;
  tableCaption: Message;
  actions: Message;
  /** `{n}`: the row's number. */
  rowLabel: Message;
  /** `{n}`, `{message}`. */
  rowIssue: Message;
  addRow: Message;
  /** `{n}` */
  moveUp: Message;
  moveDown: Message;
  removeRow: Message;
  /** `{n}`: the row's new position. */
  movedTo: Message;
  /** `{n}` */
  removed: Message;
  added: Message;
  totalsRow: Message;
  recipients: Message;
  recipientsHint: Message;
  signerTitle: Message;
  signerName: Message;
  /** `{count}` problems. */
  errorSummary: Message;
  required: Message;
  submit: Message;
  correct: Message;
  sending: Message;
  /** `{version}`, `{time}`. */
  sent: Message;
  waiting: Message;
  waitingNetwork: Message;
  sendNow: Message;
  /** `{message}`: the server's words. */
  refused: Message;
  draftRestored: Message;
  discardDraft: Message;
  print: Message;
  downloadCsv: Message;
  // history
  historyTitle: Message;
  /** `{version}`, `{time}`. */
  versionLine: Message;
  latest: Message;
  /** `{date}` */
  correctableUntil: Message;
  notCorrectable: Message;
  lateReport: Message;
  notReportedYet: Message;
  // dashboard
  dashboardTitle: Message;
  /** `{count}` */
  lateCount: Message;
  /** `{count}` */
  overdueCount: Message;
  /** `{count}` */
  notReportedCount: Message;
  byGroupReporting: Message;
  late: Message;
  overdue: Message;
  pastDue: Message;
  shareByBody: Message;
  body: Message;
  overall: Message;
  statusTitle: Message;
  /** `{date}` */
  reportedOn: Message;
  /** `{date}` */
  reportedLate: Message;
  notReported: Message;
  notReportedOverdue: Message;
  remindTitle: Message;
  remindNone: Message;
  exportCsv: Message;
  exporting: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    rolloutReport: RolloutReportStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const rolloutReportStrings: StringLoaders = {
  vi: () => lazy('rollout-report.vi', () => import('./translations/vi.js')),
  en: () => lazy('rollout-report.en', () => import('./translations/en.js')),
};
