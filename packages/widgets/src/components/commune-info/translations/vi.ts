import type { CommuneInfoStrings } from '../commune-info.translations.js';

/** Vietnamese, the default language (NFC): the strings of <shp-commune-info>. */
const vi: { communeInfo: CommuneInfoStrings } = {
  communeInfo: {
    label: 'Thông tin đơn vị hành chính',
    code: 'Mã đơn vị hành chính',
    newsCount: { zero: 'Chưa có tin tức', other: '{count} tin tức mới nhất' },
    latestNews: 'Tin mới nhất: {date}',
    noUnit: 'Chưa chọn xã, phường hoặc đặc khu.',
  },
};

export default vi;
