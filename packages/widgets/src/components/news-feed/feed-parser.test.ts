import { expect } from '@open-wc/testing';
import { FeedError, isFeedError, parseDate, parseFeed } from './feed-parser.js';

const FEED_URL = 'https://portal.example/xa-binh-giang/rss/tin-tuc.xml';

// Written the way commune CMSs write them: a blank line before the declaration, HTML entities
// XML does not know, CDATA and escaped HTML, links wrapped in whitespace, relative links,
// dates with +0700, without a zone, in dd/mm/yyyy and missing, and repeated items.
const RSS = `
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Tin tức xã Bình Giang (dữ liệu mẫu)</title>
  <link>/xa-binh-giang/</link>
  <item>
    <title>
      Thông báo lịch tiếp công dân &amp;amp; lịch trực
    </title>
    <link>
      /xa-binh-giang/tin-tuc/lich-tiep-cong-dan.html
    </link>
    <guid isPermaLink="false">tin-101</guid>
    <pubDate>Mon, 30 Nov 2026 08:00:00 +0700</pubDate>
    <description><![CDATA[<p>Lãnh đạo xã tiếp công dân <b>sáng thứ Năm</b>.</p><img src="../uploads/anh-1.jpg" alt="Trụ sở UBND">]]></description>
  </item>
  <item>
    <title>Hội nghị đối thoại&nbsp;với nhân d&acirc;n</title>
    <link>https://portal.example/xa-binh-giang/tin-tuc/doi-thoai.html</link>
    <description>&lt;p&gt;Nội dung &lt;em&gt;mã hóa&lt;/em&gt; bằng thực thể&lt;/p&gt;</description>
    <enclosure url="/uploads/doi-thoai.png" type="image/png" length="1234"/>
  </item>
  <item>
    <title>Thông báo lịch tiếp công dân (đăng lại)</title>
    <link>/xa-binh-giang/tin-tuc/lich-tiep-cong-dan-2.html</link>
    <guid isPermaLink="false">tin-101</guid>
  </item>
  <item>
    <title>Hội nghị đối thoại (bản sao không có guid)</title>
    <link>https://portal.example/xa-binh-giang/tin-tuc/doi-thoai.html</link>
  </item>
  <item>
    <title>Lịch cắt điện tuần này</title>
    <link>javascript:alert(1)</link>
    <pubDate>28/11/2026 14:30</pubDate>
    <media:thumbnail url="https://cdn.example/anh/cat-dien.jpg" width="320" height="180"/>
    <description>Không có HTML</description>
  </item>
  <item>
    <title>Tin không có múi giờ</title>
    <guid>https://portal.example/xa-binh-giang/tin-tuc/khong-mui-gio.html</guid>
    <pubDate>Sat, 28 Nov 2026 07:00:00</pubDate>
    <content:encoded><![CDATA[<p>Chỉ có nội dung đầy đủ.</p>]]></content:encoded>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:base="https://portal.example/xa/">
  <title type="html">Cổng thông tin &lt;b&gt;xã&lt;/b&gt; (dữ liệu mẫu)</title>
  <link rel="self" href="/xa/feed.atom"/>
  <link href="https://portal.example/xa/"/>
  <id>urn:uuid:feed</id>
  <updated>2026-11-30T09:00:00+07:00</updated>
  <entry>
    <title type="text">  Thông báo
      ngừng cấp điện  </title>
    <link rel="alternate" type="text/html" href="tin/ngung-dien"/>
    <id>urn:uuid:1</id>
    <updated>2026-11-29T09:15:00+07:00</updated>
    <summary type="html">&lt;p&gt;Điện lực thông báo &lt;a href="lich.html"&gt;lịch&lt;/a&gt;.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title type="html">Khai giảng lớp &lt;em&gt;tin học&lt;/em&gt; &amp;amp; kỹ năng số</title>
    <link href="https://other.example/bai-viet/42"/>
    <link rel="enclosure" type="image/jpeg" href="/anh/lop-tin-hoc.jpg"/>
    <id>urn:uuid:2</id>
    <published>2026-11-28T01:00:00Z</published>
    <updated>2026-11-29T01:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Nội dung <strong>XHTML</strong>.</p></div></content>
  </entry>
  <entry>
    <title>Tin trùng id</title>
    <id>urn:uuid:1</id>
  </entry>
  <entry>
    <title>Tin không ngày</title>
    <id>urn:uuid:3</id>
    <summary>Văn bản thuần &lt;không phải thẻ&gt;</summary>
  </entry>
</feed>`;

describe('feed parser (RSS 2.0 and Atom 1.0 in the browser)', () => {
  it('reads a messy RSS 2.0 feed: titles, absolute links, dates, summaries and images', () => {
    const feed = parseFeed(RSS, FEED_URL);
    expect(feed.format).to.equal('rss');
    expect(feed.title).to.equal('Tin tức xã Bình Giang (dữ liệu mẫu)');
    expect(feed.link).to.equal('https://portal.example/xa-binh-giang/');
    expect(feed.items.map((i) => i.title)).to.deep.equal([
      'Thông báo lịch tiếp công dân & lịch trực',
      'Hội nghị đối thoại với nhân dân',
      'Lịch cắt điện tuần này',
      'Tin không có múi giờ',
    ]);
    const [first, second, third, fourth] = feed.items;
    expect(first?.id).to.equal('tin-101');
    expect(first?.link).to.equal('https://portal.example/xa-binh-giang/tin-tuc/lich-tiep-cong-dan.html');
    expect(first?.date?.toISOString()).to.equal('2026-11-30T01:00:00.000Z');
    expect(first?.summaryHtml).to.contain('<b>sáng thứ Năm</b>');
    expect(first?.imageUrl).to.equal('https://portal.example/xa-binh-giang/uploads/anh-1.jpg');

    expect(second?.date).to.equal(null);
    expect(second?.id).to.equal('https://portal.example/xa-binh-giang/tin-tuc/doi-thoai.html');
    expect(second?.summaryHtml).to.equal('<p>Nội dung <em>mã hóa</em> bằng thực thể</p>');
    expect(second?.imageUrl).to.equal('https://portal.example/uploads/doi-thoai.png');

    expect(third?.link, 'a javascript: link is dropped').to.equal(null);
    expect(third?.date?.toISOString()).to.equal('2026-11-28T07:30:00.000Z');
    expect(third?.imageUrl).to.equal('https://cdn.example/anh/cat-dien.jpg');

    expect(fourth?.link, 'a permalink guid stands for the link').to.equal(
      'https://portal.example/xa-binh-giang/tin-tuc/khong-mui-gio.html',
    );
    expect(fourth?.date?.toISOString(), 'no zone: Hải Phòng time').to.equal('2026-11-28T00:00:00.000Z');
    expect(fourth?.summaryHtml).to.equal('<p>Chỉ có nội dung đầy đủ.</p>');
    expect(new Set(feed.items.map((i) => i.id)).size).to.equal(feed.items.length);
  });

  it('reads an Atom 1.0 feed: text constructs, xml:base, enclosures, duplicates and missing dates', () => {
    const feed = parseFeed(ATOM, 'https://portal.example/xa/feed.atom');
    expect(feed.format).to.equal('atom');
    expect(feed.title).to.equal('Cổng thông tin xã (dữ liệu mẫu)');
    expect(feed.link).to.equal('https://portal.example/xa/');
    expect(feed.items.map((i) => [i.id, i.title, i.link, i.date?.toISOString() ?? null])).to.deep.equal([
      [
        'urn:uuid:1',
        'Thông báo ngừng cấp điện',
        'https://portal.example/xa/tin/ngung-dien',
        '2026-11-29T02:15:00.000Z',
      ],
      [
        'urn:uuid:2',
        'Khai giảng lớp tin học & kỹ năng số',
        'https://other.example/bai-viet/42',
        '2026-11-28T01:00:00.000Z',
      ],
      ['urn:uuid:3', 'Tin không ngày', null, null],
    ]);
    expect(feed.items[0]?.summaryHtml).to.equal('<p>Điện lực thông báo <a href="lich.html">lịch</a>.</p>');
    expect(feed.items[1]?.summaryHtml).to.contain('<strong');
    expect(feed.items[1]?.summaryHtml).to.contain('XHTML</strong>');
    expect(feed.items[1]?.imageUrl).to.equal('https://portal.example/anh/lop-tin-hoc.jpg');
    expect(feed.items[2]?.summaryHtml, 'text summaries are escaped').to.equal('Văn bản thuần &lt;không phải thẻ&gt;');
  });

  it('reads RFC 822 and other dates seen in feeds', () => {
    const iso = (s: string) => parseDate(s)?.toISOString() ?? null;
    expect(iso('Mon, 30 Nov 2026 08:00:00 +0700')).to.equal('2026-11-30T01:00:00.000Z');
    expect(iso('Mon, 30 Nov 2026 08:00:00 GMT')).to.equal('2026-11-30T08:00:00.000Z');
    expect(iso('30 Nov 26 08:00 +07:00')).to.equal('2026-11-30T01:00:00.000Z');
    expect(iso('Mon, 30 Nov 2026 08:00:00 GMT+7')).to.equal('2026-11-30T01:00:00.000Z');
    expect(iso('2026-11-30T08:00:00')).to.equal('2026-11-30T01:00:00.000Z');
    expect(iso('Thứ hai, 30/11/2026 - 08:00')).to.equal('2026-11-30T01:00:00.000Z');
    for (const bad of ['', '   ', 'hôm qua', '31 Feb 2026 08:00 +0700', 'Mon, 30 Foo 2026 08:00 +0700', '2026-13-01']) {
      expect(iso(bad), bad).to.equal(null);
    }
  });

  it('says a document that is not XML, or not a feed, is not a feed, with a typed error', () => {
    const cases: [string, string][] = [
      ['<!DOCTYPE html><html><body><p>404 Không tìm thấy<br></body></html>', 'not-xml'],
      ['Tin tức hôm nay', 'not-xml'],
      ['{"items": []}', 'not-xml'],
      ['', 'not-xml'],
      ['<rss><channel><item><title>Chưa đóng', 'not-xml'],
      ['<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'not-a-feed'],
      ['<feed><entry/></feed>', 'not-a-feed'],
      ['<rss>' + 'x'.repeat(5_000_001) + '</rss>', 'too-large'],
    ];
    for (const [text, code] of cases) {
      let error: unknown;
      try {
        parseFeed(text, FEED_URL);
      } catch (e) {
        error = e;
      }
      expect(error, text.slice(0, 40)).to.be.instanceOf(FeedError);
      expect(isFeedError(error)).to.equal(true);
      expect((error as FeedError).code, text.slice(0, 40)).to.equal(code);
    }
    expect(parseFeed('<rss version="2.0"><channel><title>Trống</title></channel></rss>', FEED_URL).items).to.deep.equal(
      [],
    );
  });

  it('keeps only http(s) links and images from a feed', () => {
    const feed = parseFeed(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
        <item><title>a</title><link>data:text/html,x</link><enclosure url="javascript:alert(1)" type="image/png"/>
          <media:content url="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" medium="image"/>
          <description><![CDATA[<img src="javascript:alert(2)"><img src="https://cdn.example/ok.jpg">]]></description></item>
        <item><title>b</title><guid>javascript:alert(3)</guid><enclosure url="//cdn.example/anh.webp" type="image/webp"/></item>
      </channel></rss>`,
      FEED_URL,
    );
    expect(feed.items.map((i) => [i.link, i.imageUrl ?? null])).to.deep.equal([
      [null, 'https://cdn.example/ok.jpg'],
      [null, 'https://cdn.example/anh.webp'],
    ]);
  });

  it('runs nothing from the feed while parsing it', async () => {
    const w = window as unknown as { __feedPwned?: number };
    delete w.__feedPwned;
    const hostile = `<rss version="2.0"><channel><item><title>&lt;img src=x onerror="window.__feedPwned=1"&gt;Tiêu đề</title>
      <link>/a</link><description><![CDATA[<img src="x" onerror="window.__feedPwned=2"><script>window.__feedPwned=3</script>]]></description>
      </item></channel></rss>`;
    const feed = parseFeed(hostile, FEED_URL);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__feedPwned).to.equal(undefined);
    expect(feed.items[0]?.title).to.equal('Tiêu đề');
  });
});
