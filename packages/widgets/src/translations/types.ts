/** The locales every widget speaks. Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** The locales in order of preference; the first is the default. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/**
 * A message that depends on a count. `zero` is used for 0 when present (CLDR has no
 * zero category in vi or en, but "Chưa có tin tức" reads better than "0 tin tức").
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  other: string;
}

/** One message: plain text with `{name}` placeholders, or plural forms. */
export type Message = string | PluralMessage;

/**
 * Every string a widget shows. `vi.ts` and `en.ts` both implement it, so a missing
 * translation is a type error.
 */
export interface Translation {
  state: {
    loading: Message;
    empty: Message;
    retry: Message;
    offline: Message;
  };
  error: {
    network: Message;
    offline: Message;
    timeout: Message;
    notFound: Message;
    unauthorized: Message;
    rateLimited: Message;
    /** `{seconds}`: the server's `Retry-After`. */
    rateLimitedRetryAfter: Message;
    badRequest: Message;
    server: Message;
    contract: Message;
    unknown: Message;
  };
  unitType: {
    xã: Message;
    phường: Message;
    'đặc khu': Message;
  };
  communeInfo: {
    label: Message;
    code: Message;
    /** `{count}`: the number of latest news items shown. */
    newsCount: Message;
    /** `{date}`: the publication date of the latest item. */
    latestNews: Message;
    noUnit: Message;
  };
  feedbackMap: {
    label: Message;
    mapLabel: Message;
    zoomIn: Message;
    zoomOut: Message;
    resetBearing: Message;
    mapLoading: Message;
    mapError: Message;
    clustersError: Message;
    /** `{count}`: reports in the cluster. */
    cluster: Message;
    /** `{status}`, `{category}`: names. */
    pin: Message;
    legend: Message;
    legendCluster: Message;
    filters: Message;
    category: Message;
    status: Message;
    all: Message;
    from: Message;
    to: Message;
    resetFilters: Message;
    list: Message;
    /** `{count}`: reports matching in the view. */
    listCount: Message;
    /** `{shown}` of `{count}`. */
    listShown: Message;
    loadMore: Message;
    noReports: Message;
    answered: Message;
    /** `{count}`: photos. */
    photos: Message;
    back: Message;
    details: Message;
    trackingCode: Message;
    commune: Message;
    date: Message;
    timeline: Message;
    answer: Message;
    noAnswer: Message;
    /** `{agency}`, `{date}`. */
    answeredBy: Message;
    /** `{index}` of `{count}`. */
    photo: Message;
    /** `{index}` of `{count}`. */
    openPhoto: Message;
    closePhoto: Message;
    share: Message;
    copyLink: Message;
    copied: Message;
    pick: Message;
    pickHint: Message;
    pickCentre: Message;
    pickCancel: Message;
    /** `{lat}`, `{lon}`. */
    picked: Message;
    sampleData: Message;
  };
  feedbackForm: {
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
    mapLabel: Message;
    mapFailed: Message;
    photoLocationOffer: Message;
    usePhotoLocation: Message;
    /** `{lat}`, `{lon}`. */
    pointFrom_outside: Message;
    /** `{lat}`, `{lon}`. */
    pointFrom_device: Message;
    /** `{lat}`, `{lon}`. */
    pointFrom_photo: Message;
    /** `{lat}`, `{lon}`. */
    pointFrom_map: Message;
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
  };
}

type Join<K extends string, P extends string> = `${K}.${P}`;

/** A dotted path to a message, e.g. `'state.retry'`. */
export type TranslationKey = {
  [G in keyof Translation & string]: Join<G, keyof Translation[G] & string>;
}[keyof Translation & string];

/** Values for placeholders; numbers are formatted for the locale. `count` also selects the plural form. */
export type TranslationParams = Record<string, string | number>;
