import type { SharedStrings } from '../types.js';

/** English: the strings every widget shares. */
const en: SharedStrings = {
  state: {
    loading: 'Loading…',
    empty: 'Nothing here yet.',
    retry: 'Retry',
    offline: 'You are offline. Content will update when you are back online.',
  },
  error: {
    network: 'Could not reach the server. Please check your connection.',
    offline: 'You are offline, so this could not be loaded.',
    timeout: 'The server took too long to answer. Please try again.',
    notFound: 'The requested information was not found.',
    unauthorized: 'Please sign in to see this.',
    rateLimited: 'Too many requests. Please wait a moment and try again.',
    rateLimitedRetryAfter: 'Too many requests. Please try again in {seconds} seconds.',
    badRequest: 'The request was not valid.',
    server: 'The service is having problems. Please try again later.',
    contract: 'The service sent data in an unexpected format. Please try again later.',
    unknown: 'Something went wrong.',
  },
  unitType: {
    xã: 'Commune',
    phường: 'Ward',
    'đặc khu': 'Special zone',
  },
};

export default en;
