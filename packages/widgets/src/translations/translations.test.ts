import { expect } from '@open-wc/testing';
import communeInfoEn from '../components/commune-info/translations/en.js';
import communeInfoVi from '../components/commune-info/translations/vi.js';
import { communeInfoStrings } from '../components/commune-info/commune-info.translations.js';
import feedbackFormEn from '../components/feedback-form/translations/en.js';
import feedbackFormVi from '../components/feedback-form/translations/vi.js';
import feedbackMapEn from '../components/feedback-map/translations/en.js';
import feedbackMapVi from '../components/feedback-map/translations/vi.js';
import { formatDistance, loadStrings, normalizeLocale, translate, sharedStrings } from './index.js';
import sharedEn from './shared/en.js';
import sharedVi from './shared/vi.js';
import type { Message } from './types.js';

const vi = { ...sharedVi, ...communeInfoVi, ...feedbackFormVi, ...feedbackMapVi };
const en = { ...sharedEn, ...communeInfoEn, ...feedbackFormEn, ...feedbackMapEn };

const strings = (translation: object): string[] =>
  Object.values(translation).flatMap((group: Record<string, Message>) =>
    Object.values(group).flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message))),
  );

describe('translations', () => {
  it('writes Vietnamese in NFC (composed diacritics), as search and comparison expect', () => {
    for (const text of strings(vi)) expect(text, text).to.equal(text.normalize('NFC'));
  });

  it('has the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const viStrings = strings(vi);
    const enStrings = strings(en);
    expect(viStrings.length).to.be.at.most(enStrings.length);
    for (const [group, messages] of Object.entries(vi)) {
      for (const [key, message] of Object.entries(messages as Record<string, Message>)) {
        const other = (en as unknown as Record<string, Record<string, Message>>)[group]![key]!;
        const first = (m: Message) => (typeof m === 'string' ? m : m.other);
        expect(placeholders(first(other)), `${group}.${key}`).to.deep.equal(placeholders(first(message)));
      }
    }
  });

  it('picks plural forms by count', async () => {
    await Promise.all([
      loadStrings('vi', [sharedStrings, communeInfoStrings]),
      loadStrings('en', [communeInfoStrings]),
    ]);
    expect(translate('en', 'communeInfo.newsCount', { count: 0 })).to.equal('No news yet');
    expect(translate('en', 'communeInfo.newsCount', { count: 1 })).to.equal('1 latest news item');
    expect(translate('en', 'communeInfo.newsCount', { count: 3 })).to.equal('3 latest news items');
    expect(translate('vi', 'communeInfo.newsCount', { count: 1 })).to.equal('1 tin tức mới nhất');
    expect(translate('vi', 'communeInfo.newsCount', { count: 1200 })).to.equal('1.200 tin tức mới nhất');
  });

  it('normalises language tags', () => {
    expect(normalizeLocale('EN-us')).to.equal('en');
    expect(normalizeLocale('vi_VN')).to.equal('vi');
    expect(normalizeLocale('fr')).to.equal(undefined);
    expect(normalizeLocale('')).to.equal(undefined);
  });

  it('formats short and long distances', () => {
    expect(formatDistance('vi', 4)).to.equal('4 m');
    expect(formatDistance('vi', 996)).to.equal('1 km');
    expect(formatDistance('vi', 9_960)).to.equal('10 km');
    expect(formatDistance('en', 2_345)).to.equal('2.3 km');
  });
});
