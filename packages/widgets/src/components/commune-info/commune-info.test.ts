import { createClient } from '@smart-haiphong/sdk';
import { expect, fixture, fixtureSync, oneEvent } from '@open-wc/testing';
import { startSandbox, testClient, waitFor } from '../../../test/sandbox.js';
import type { ShpErrorEvent } from '../../events/index.js';
import './commune-info.js';
import type { ShpCommuneInfo } from './commune-info.js';

const part = (el: HTMLElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const text = (el: HTMLElement | null): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const loaded = (el: ShpCommuneInfo) =>
  waitFor(() => part(el, 'card') ?? part(el, 'error') ?? part(el, 'empty'), 'a settled state');

before(async () => {
  await startSandbox();
});

describe('shp-commune-info', () => {
  it("shows the commune's name, type, code and latest news count", async () => {
    const el = fixtureSync<ShpCommuneInfo>('<shp-commune-info unit="binh-giang"></shp-commune-info>');
    await new Promise((resolve) => setTimeout(resolve)); // first render, data still on its way
    expect(part(el, 'status')).not.to.equal(null);
    await loaded(el);

    expect(text(part(el, 'name'))).to.equal('Xã Bình Giang');
    expect(text(part(el, 'type'))).to.equal('Xã');
    expect(text(part(el, 'code'))).to.equal('10966');

    const { items } = await createClient({ baseUrl: `${location.origin}/` }).news.list({
      unit: 'binh-giang',
      limit: 5,
    });
    const expected = items.length === 0 ? 'Chưa có tin tức' : `${items.length} tin tức mới nhất`;
    expect(text(part(el, 'news'))).to.contain(expected);
    await expect(el).to.be.accessible();
  });

  it('finds the unit by its code too, and speaks English', async () => {
    const el = await fixture<ShpCommuneInfo>('<shp-commune-info unit="10966" locale="en"></shp-commune-info>');
    await loaded(el);
    expect(text(part(el, 'type'))).to.equal('Commune');
    expect(text(part(el, 'code'))).to.equal('10966');
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('Administrative code');
  });

  it('shows the empty state without a unit', async () => {
    const el = await fixture<ShpCommuneInfo>('<shp-commune-info></shp-commune-info>');
    await loaded(el);
    expect(text(part(el, 'empty'))).to.equal('Chưa chọn xã, phường hoặc đặc khu.');
    await expect(el).to.be.accessible();
  });

  it('shows an error and emits shp-error for an unknown unit', async () => {
    const el = await fixture<ShpCommuneInfo>('<shp-commune-info></shp-commune-info>');
    const event = oneEvent(el, 'shp-error') as Promise<ShpErrorEvent>;
    el.unit = 'khong-ton-tai';
    const { detail } = await event;
    await loaded(el);
    expect((detail.error as { status?: number }).status).to.equal(404);
    expect(text(part(el, 'error'))).to.contain('Không tìm thấy dữ liệu được yêu cầu.');
    expect(part(el, 'retry-button')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('recovers with Retry after a 503', async () => {
    const tc = testClient();
    tc.setFault('503');
    const el = await fixture<ShpCommuneInfo>('<shp-commune-info unit="binh-giang"></shp-commune-info>');
    el.client = tc.client;
    await waitFor(() => part(el, 'error'), 'the error state');
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');

    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => part(el, 'card'), 'the card after retrying');
    expect(text(part(el, 'name'))).to.equal('Xã Bình Giang');
  });

  it('reloads when the unit changes', async () => {
    const el = await fixture<ShpCommuneInfo>('<shp-commune-info unit="binh-giang"></shp-commune-info>');
    await loaded(el);
    el.unit = 'tien-lang';
    await waitFor(() => text(part(el, 'name')) !== 'Xã Bình Giang' && part(el, 'card'), 'the new unit');
    expect(text(part(el, 'name'))).to.contain('Tiên Lãng');
  });

  it('fits a 300 px sidebar: one column, nothing overflowing', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div style="width: 300px"><shp-commune-info unit="binh-giang"></shp-commune-info></div>',
    );
    const el = wrapper.querySelector('shp-commune-info')!;
    await loaded(el);
    expect(el.getBoundingClientRect().width).to.equal(300);
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const card = part(el, 'card')!;
    expect(getComputedStyle(card).gridTemplateColumns.split(' ')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('uses two columns in a wide container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div style="width: 900px"><shp-commune-info unit="binh-giang"></shp-commune-info></div>',
    );
    const el = wrapper.querySelector('shp-commune-info')!;
    await loaded(el);
    expect(getComputedStyle(part(el, 'card')!).gridTemplateColumns.split(' ')).to.have.length(2);
  });

  it('shows the offline banner over its content', async () => {
    const el = await fixture<ShpCommuneInfo>('<shp-commune-info unit="binh-giang"></shp-commune-info>');
    await loaded(el);
    window.dispatchEvent(new Event('offline'));
    try {
      await el.updateComplete;
      expect(part(el, 'offline')).not.to.equal(null);
      expect(part(el, 'card')).not.to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });

  it('links its latest news to the news feed on the page, and to nothing when there is none', async () => {
    const page = await fixture<HTMLDivElement>(
      '<div><shp-commune-info unit="binh-giang"></shp-commune-info><shp-news-feed id="tin-tuc"></shp-news-feed></div>',
    );
    const el = page.querySelector('shp-commune-info')! as ShpCommuneInfo;
    await loaded(el);
    const link = part(el, 'news-link') as HTMLAnchorElement | null;
    if (text(part(el, 'news')).startsWith('Chưa có')) {
      expect(link).to.equal(null); // nothing to read: no link
    } else {
      expect(link!.getAttribute('href')).to.equal('#tin-tuc');
    }
    page.querySelector('shp-news-feed')!.remove();
    el.newsLimit = 4; // re-render
    await loaded(el);
    expect(part(el, 'news-link')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
