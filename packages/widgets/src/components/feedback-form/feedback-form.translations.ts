import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-feedback-form> shows; `translations/vi.ts` and `en.ts` implement it. */
export interface FeedbackFormStrings {
  category: Message;
  categorySearch: Message;
  chooseCategory: Message;
  location: Message;
  unitSearch: Message;
  unit: Message;
  chooseUnit: Message;
  address: Message;
  useMyLocation: Message;
  showMap: Message;
  hideMap: Message;
  mapFailed: Message;
  photoLocationOffer: Message;
  usePhotoLocation: Message;
  /** `{where}`: the point in words (`near`/`nearAddress`, then the coordinates). */
  pointFrom_outside: Message;
  /** `{where}`. */
  pointFrom_device: Message;
  /** `{where}`. */
  pointFrom_photo: Message;
  /** `{where}`. */
  pointFrom_map: Message;
  /** `{unit}`: the commune whose anchor point is nearest. */
  near: Message;
  /** `{address}` as typed, `{unit}`: the nearest commune. */
  nearAddress: Message;
  /** The commune was chosen from the point: a guess (nearest anchor point, not boundaries). */
  unitGuess: Message;
  changeLocation: Message;
  unitPointHint: Message;
  geoLocating: Message;
  geoDenied: Message;
  geoUnavailable: Message;
  outsideCity: Message;
  title: Message;
  content: Message;
  /** `{count}` typed, `{max}` allowed. */
  count: Message;
  photos: Message;
  /** `{count}`: photos allowed. */
  photosHint: Message;
  camera: Message;
  /** `{name}`: the file name. */
  uploading: Message;
  photoUploading: Message;
  photoWaiting: Message;
  photoUploaded: Message;
  photoUploadFailed: Message;
  photo_notImage: Message;
  photo_unsupported: Message;
  photo_tooLarge: Message;
  photo_corrupt: Message;
  photoTooMany: Message;
  photosBusy: Message;
  photoFailedBeforeSubmit: Message;
  retryPhoto: Message;
  cancel: Message;
  remove: Message;
  /** `{name}`: the file name. */
  cancelPhoto: Message;
  /** `{name}`: the file name. */
  removePhoto: Message;
  duplicatesTitle: Message;
  duplicatesHint: Message;
  contact: Message;
  contactPrivate: Message;
  name: Message;
  phone: Message;
  rememberContact: Message;
  /** `{provider}`: e.g. VNeID. */
  signIn: Message;
  needSignIn: Message;
  signInFailed: Message;
  public: Message;
  previewPublic: Message;
  previewPrivate: Message;
  identityNeverPublic: Message;
  needCategory: Message;
  needLocation: Message;
  titleTooShort: Message;
  titleTooLong: Message;
  contentTooShort: Message;
  contentTooLong: Message;
  /** `{max}`: the limit. */
  addressTooLong: Message;
  /** `{max}`: the limit. */
  nameTooLong: Message;
  /** `{field}`: the label of the field the API refused. */
  fieldRejected: Message;
  badPhone: Message;
  needName: Message;
  submit: Message;
  retry: Message;
  sending: Message;
  keptEverything: Message;
  storageUnavailable: Message;
  queuedTitle: Message;
  queuedBody: Message;
  /** `{count}`: reports in the outbox. */
  waiting: Message;
  sendNow: Message;
  successTitle: Message;
  trackingCode: Message;
  viewReport: Message;
  another: Message;
  /** `{reason}`: why the server refused it. */
  refused: Message;
  reopen: Message;
  /** `{index}`: 1, 2, 3. */
  restoredPhoto: Message;
}

/**
 * The strings of the form's map, in the map's own lazy chunk (translations/map-vi.ts,
 * map-en.ts) with the shared map's: a citizen who never opens it does not download them.
 */
export interface FeedbackFormMapStrings {
  /** The map's accessible name: what it is for and how to use it by keyboard. */
  mapLabel: Message;
  /** The accessible name of the chosen point's marker on the map. */
  chosenPoint: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    feedbackForm: FeedbackFormStrings;
    feedbackFormMap: FeedbackFormMapStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const feedbackFormStrings: StringLoaders = {
  vi: () => lazy('feedback-form.vi', () => import('./translations/vi.js')),
  en: () => lazy('feedback-form.en', () => import('./translations/en.js')),
};
