import type { CommuneInfoStrings } from '../commune-info.translations.js';

/** English: the strings of <shp-commune-info>. */
const en: { communeInfo: CommuneInfoStrings } = {
  communeInfo: {
    label: 'Administrative unit',
    code: 'Administrative code',
    newsCount: { zero: 'No news yet', one: '{count} latest news item', other: '{count} latest news items' },
    latestNews: 'Latest news: {date}',
    noUnit: 'No commune or ward selected.',
  },
};

export default en;
