import { expect } from '@open-wc/testing';
import type { NewsSummary } from '@smart-haiphong/sdk';
import type { FeedItem } from './feed-parser.js';
import { mergeNews } from './merge.js';
import { datetimeAttribute, formatNewsDate } from './news-date.js';

const NOW = new Date('2026-11-30T10:00:00+07:00');

describe('news dates and the merged list', () => {
  it('says how long ago for the last day, then the date in Hải Phòng', () => {
    const at = (iso: string) => formatNewsDate(iso, NOW, 'vi');
    expect(at('2026-11-30T09:59:40+07:00')).to.equal('bây giờ');
    expect(at('2026-11-30T09:35:00+07:00')).to.equal('25 phút trước');
    expect(at('2026-11-30T08:00:00+07:00')).to.equal('2 giờ trước');
    expect(formatNewsDate('2026-11-30T08:00:00+07:00', NOW, 'en')).to.equal('2 hours ago');
    expect(at('2026-11-30T10:05:00+07:00'), 'a little in the future').to.equal('bây giờ');
    // 20:00 UTC on 28/11 is already 29/11 in Hải Phòng, whatever the device zone.
    expect(at('2026-11-28T20:00:00Z')).to.equal('29/11/2026');
    expect(formatNewsDate(new Date('2026-11-28T20:00:00Z'), NOW, 'en')).to.equal('Nov 29, 2026');
    expect(formatNewsDate(new Date('2026-11-28T20:00:00Z'), NOW, 'en-GB')).to.equal('29 Nov 2026');
    expect(at('không phải ngày')).to.equal('');
    expect(formatNewsDate(null, NOW, 'vi')).to.equal('');
    expect(datetimeAttribute('2026-11-30T08:00:00+07:00')).to.equal('2026-11-30T01:00:00.000Z');
    expect(datetimeAttribute(null)).to.equal('');
  });

  it('merges API news and a feed newest first, undated last, without the same URL twice', () => {
    const api = (id: string, publishedAt: string, url: string) => ({ id, publishedAt, url }) as NewsSummary;
    const feed = (id: string, date: string | null, link: string | null): FeedItem => ({
      id,
      title: id,
      link,
      date: date ? new Date(date) : null,
      summaryHtml: '',
    });
    const merged = mergeNews(
      [
        api('a1', '2026-11-30T08:00:00+07:00', 'https://x.example/a1'),
        api('a2', '2026-11-28T08:00:00+07:00', 'https://x.example/a2'),
      ],
      [
        feed('f1', '2026-11-29T08:00:00+07:00', 'https://xa.example/f1'),
        feed('f-undated', null, 'https://xa.example/f2'),
        feed('dup-of-a2', '2026-11-28T09:00:00+07:00', 'https://x.example/a2/'),
        feed('f3', '2026-11-30T09:00:00+07:00', null),
      ],
    );
    expect(merged.map((e) => `${e.source}:${e.item.id}`)).to.deep.equal([
      'feed:f3',
      'api:a1',
      'feed:f1',
      'api:a2',
      'feed:f-undated',
    ]);
  });
});
