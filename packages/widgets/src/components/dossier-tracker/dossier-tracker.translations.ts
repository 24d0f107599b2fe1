import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-dossier-tracker> shows; `translations/vi.ts` and `en.ts` implement it. */
export interface DossierTrackerStrings {
  label: Message;
  lookupLabel: Message;
  lookupHint: Message;
  lookupButton: Message;
  scanQr: Message;
  scanTitle: Message;
  scanCancel: Message;
  cameraError: Message;
  noCodeInQr: Message;
  /** The text holds no code. */
  unrecognised: Message;
  /** Where the codes are printed and their shapes. */
  codeHelp: Message;
  /** `{code}`: the code looked up. */
  notFound: Message;
  /** `{seconds}`: until the automatic retry. */
  rateLimited: Message;
  /** `{seconds}`: until the citizen may retry. */
  rateLimitedAgain: Message;
  /** The second wait is over: the citizen may try again now ("Thử lại"). */
  rateLimitedNow: Message;
  retryNow: Message;
  /** `{time}`: when the result shown was fetched. */
  cached: Message;
  remember: Message;
  rememberHint: Message;
  recent: Message;
  clearRecent: Message;
  sample: Message;
  code: Message;
  procedure: Message;
  agency: Message;
  desk: Message;
  applicant: Message;
  receivedDate: Message;
  dueDate: Message;
  noDueDate: Message;
  completedAt: Message;
  currentStep: Message;
  status1: Message;
  status2: Message;
  status3: Message;
  status4: Message;
  status5: Message;
  status6: Message;
  status7: Message;
  status8: Message;
  status9: Message;
  status10: Message;
  /** `{count}`: working days late. */
  overdue: Message;
  overdueToday: Message;
  /** `{count}`: working days late when the result was ready. */
  finishedLate: Message;
  finishedOnTime: Message;
  /** `{count}`: working days left, the due day counted. */
  daysLeft: Message;
  todo: Message;
  supplementIntro: Message;
  reason: Message;
  /** `{original}`, `{copies}`. */
  paperQuantity: Message;
  /** `{date}`. */
  deadlineBy: Message;
  /** `{place}`. */
  bringTo: Message;
  uploadOnline: Message;
  paymentIntro: Message;
  amount: Message;
  reference: Message;
  payMethods: Message;
  payOnline: Message;
  pickupIntro: Message;
  pickupResult: Message;
  pickupPlace: Message;
  pickupHours: Message;
  /** `{date}`. */
  pickupFrom: Message;
  /** `{date}`. */
  pickupUntil: Message;
  pickupBring: Message;
  /** `{date}`. */
  collectedAt: Message;
  channelInPerson: Message;
  channelPost: Message;
  channelOnline: Message;
  timeline: Message;
  print: Message;
  share: Message;
  copied: Message;
  /** `{code}`. */
  feedbackTitle: Message;
  category: Message;
  commune: Message;
  status: Message;
  sentAt: Message;
  address: Message;
  answer: Message;
  noAnswer: Message;
  photos: Message;
  /** `{n}`: the photo's number. */
  photoAlt: Message;
  privateNote: Message;
  mine: Message;
  signInPrompt: Message;
  signIn: Message;
  signOut: Message;
  signInFailed: Message;
  mineEmpty: Message;
  /** `{count}`: the citizen's dossiers. */
  mineCount: Message;
  more: Message;
  open: Message;
  close: Message;
  phone: Message;
  documents: Message;
  documentReceived: Message;
  documentMissing: Message;
  official: Message;
  rate: Message;
  rateIntro: Message;
  criterionComment: Message;
  overallComment: Message;
  submitRating: Message;
  sending: Message;
  ratingMissing: Message;
  /** `{date}`, `{average}`. */
  ratingDone: Message;
  alreadyRated: Message;
  yourRating: Message;
  /** `{count}`, `{max}`. */
  charCount: Message;
  tooLong: Message;
  /** `{date}`. */
  printedAt: Message;
  printNote: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    dossierTracker: DossierTrackerStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const dossierTrackerStrings: StringLoaders = {
  vi: () => lazy('dossier-tracker.vi', () => import('./translations/vi.js')),
  en: () => lazy('dossier-tracker.en', () => import('./translations/en.js')),
};
