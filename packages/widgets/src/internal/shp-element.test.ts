import type { ShpClient } from '@smart-haiphong/sdk';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startSandbox, testClient, waitFor, type TestClient } from '../../test/sandbox.js';
import type { ShpErrorEvent } from '../events/index.js';
import { configure } from './config.js';
import { ShpDataTask } from './data-task.js';
import { defineElement } from './define.js';
import { ShpElement } from './shp-element.js';

type Loader = (client: ShpClient, signal: AbortSignal) => Promise<unknown[]>;

/** The smallest data widget: loads a list with the SDK and renders the shared states. */
class TestDataElement extends ShpElement {
  load: Loader = async (client, signal) => (await client.units.list({}, { signal })).items;

  readonly task = new ShpDataTask(this, {
    task: ([client], { signal }) => this.load(client, signal),
    args: () => [this.client] as const,
  });

  protected override renderContent(): unknown {
    return this.task.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (items) =>
        items.length ? html`<p class="count">${this.formatNumber(items.length)}</p>` : this.renderEmpty(),
      error: (error) => this.renderError(error, () => void this.task.run()),
    });
  }
}
defineElement('test-shp-data', TestDataElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-shp-data': TestDataElement;
  }
}

const part = (el: HTMLElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const text = (el: HTMLElement | null): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function settled(el: TestDataElement): Promise<void> {
  await el.updateComplete;
  await el.task.taskComplete.catch(() => undefined);
  await el.updateComplete;
}

/** An element using `tc`'s client; waits until its first load settles. */
async function dataElement(tc: TestClient, attrs = ''): Promise<TestDataElement> {
  const el = await fixture<TestDataElement>(`<test-shp-data ${attrs}></test-shp-data>`);
  el.client = tc.client;
  await settled(el);
  return el;
}

function resetConfig(): void {
  configure({ apiBase: undefined, locale: undefined, unit: undefined, mapWorkerUrl: undefined });
  document.querySelectorAll('script[data-test-bundle]').forEach((script) => script.remove());
}

/** A stand-in for the bundle's `<script>`; its type keeps the browser from fetching it. */
function addBundleScript(data: Record<string, string>): void {
  const script = document.createElement('script');
  script.type = 'text/x-not-run';
  script.src = '/cdn/1.2.3/smart-haiphong.js';
  script.dataset['testBundle'] = '';
  Object.assign(script.dataset, data);
  document.head.append(script);
}

before(async () => {
  await startSandbox();
});

afterEach(resetConfig);

describe('defineElement', () => {
  it('warns instead of throwing when a tag is defined a second time (two copies of the bundle)', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      defineElement('test-define-twice', First);
      expect(() => defineElement('test-define-twice', Second)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('test-define-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<test-define-twice> is already defined');
  });

  it('stays silent when the same class is registered again', () => {
    class Only extends HTMLElement {}
    const warn = console.warn;
    let warned = false;
    console.warn = () => void (warned = true);
    try {
      defineElement('test-define-same', Only);
      defineElement('test-define-same', Only);
    } finally {
      console.warn = warn;
    }
    expect(warned).to.equal(false);
  });
});

describe('configuration resolution', () => {
  const make = (attrs = '') => fixture<TestDataElement>(`<test-shp-data ${attrs}></test-shp-data>`);

  it('defaults to the page origin, Vietnamese and no unit', async () => {
    const el = await make();
    expect(el.config).to.deep.equal({ apiBase: `${location.origin}/`, locale: 'vi', unit: undefined });
    expect(el.client.baseUrl.href).to.equal(`${location.origin}/`);
  });

  it("reads the script tag's data attributes over the defaults", async () => {
    addBundleScript({ apiBase: 'https://script.example/', locale: 'en', unit: 'tien-lang' });
    const el = await make();
    expect(el.config).to.deep.equal({ apiBase: 'https://script.example/', locale: 'en', unit: 'tien-lang' });
  });

  it('prefers configure() over the script tag', async () => {
    addBundleScript({ apiBase: 'https://script.example/', locale: 'en', unit: 'tien-lang' });
    configure({ apiBase: 'https://page.example/', locale: 'vi', unit: 'an-lao' });
    const el = await make();
    expect(el.config).to.deep.equal({ apiBase: 'https://page.example/', locale: 'vi', unit: 'an-lao' });
  });

  it("prefers the element's attributes over configure()", async () => {
    addBundleScript({ apiBase: 'https://script.example/', locale: 'vi', unit: 'tien-lang' });
    configure({ apiBase: 'https://page.example/', locale: 'vi', unit: 'an-lao' });
    const el = await make('api-base="https://attr.example/" locale="en" unit="binh-giang"');
    expect(el.config).to.deep.equal({ apiBase: 'https://attr.example/', locale: 'en', unit: 'binh-giang' });
  });

  it('resolves each setting on its own', async () => {
    addBundleScript({ unit: 'tien-lang' });
    configure({ apiBase: 'https://page.example/' });
    const el = await make('locale="en"');
    expect(el.config).to.deep.equal({ apiBase: 'https://page.example/', locale: 'en', unit: 'tien-lang' });
  });

  it('falls through an unsupported locale and accepts region subtags', async () => {
    configure({ locale: 'en-GB' });
    const el = await make('locale="fr"');
    expect(el.config.locale).to.equal('en');
  });

  it('resolves a relative api-base against the page', async () => {
    const el = await make('api-base="/api/"');
    expect(el.config.apiBase).to.equal(`${location.origin}/api/`);
  });

  it('updates elements already on the page when configure() is called', async () => {
    const tc = testClient();
    tc.setFault('500');
    const el = await dataElement(tc);
    expect(text(part(el, 'retry-button'))).to.equal('Thử lại');
    configure({ locale: 'en' });
    await el.updateComplete;
    expect(text(part(el, 'retry-button'))).to.equal('Retry');
  });

  it('shares one client per API base and locale, and lets a client property override it', async () => {
    const a = await make();
    const b = await make();
    const english = await make('locale="en"');
    expect(a.client).to.equal(b.client);
    expect(english.client).not.to.equal(a.client);
    expect(english.client.locale).to.equal('en');
    const own = testClient().client;
    a.client = own;
    expect(a.client).to.equal(own);
  });
});

describe('localisation', () => {
  it('switches strings and the lang attribute with the locale', async () => {
    const tc = testClient();
    tc.setFault('503');
    const el = await dataElement(tc);
    expect(part(el, 'base')!.lang).to.equal('vi');
    expect(text(part(el, 'retry-button'))).to.equal('Thử lại');
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');

    el.locale = 'en';
    await el.updateComplete;
    expect(part(el, 'base')!.lang).to.equal('en');
    expect(text(part(el, 'retry-button'))).to.equal('Retry');
    expect(text(part(el, 'error'))).to.contain('The service is having problems');
  });

  it('formats numbers, dates and distances for the locale', async () => {
    const el = await fixture<TestDataElement>('<test-shp-data></test-shp-data>');
    expect(el.formatNumber(1234.5)).to.equal('1.234,5');
    expect(el.formatDistance(1200)).to.equal('1,2 km');
    expect(el.formatDistance(348)).to.equal('350 m');
    // 30 June 20:00 UTC is already 1 July in Hải Phòng.
    expect(el.formatDate('2025-06-30T20:00:00Z')).to.equal('01/07/2025');
    el.locale = 'en';
    expect(el.formatNumber(1234.5)).to.equal('1,234.5');
    expect(el.formatDistance(1200)).to.equal('1.2 km');
    expect(el.formatDistance(15_400)).to.equal('15 km');
    expect(el.formatDate('2025-06-30T20:00:00Z')).to.equal('1 Jul 2025');
  });
});

describe('states', () => {
  it('shows a busy skeleton while loading, then the content', async () => {
    const tc = testClient();
    tc.setFault('slow:300');
    const el = await fixture<TestDataElement>('<test-shp-data></test-shp-data>');
    el.client = tc.client;
    await el.updateComplete;
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(text(status)).to.equal('Đang tải…');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(part(el, 'status')).to.equal(null);
    expect(Number(text(el.shadowRoot!.querySelector('.count')))).to.be.greaterThan(100);
  });

  it('shows the empty state when there is nothing', async () => {
    const el = await fixture<TestDataElement>('<test-shp-data></test-shp-data>');
    el.load = async () => [];
    el.client = testClient().client;
    await settled(el);
    expect(text(part(el, 'empty'))).to.equal('Chưa có dữ liệu.');
    await expect(el).to.be.accessible();
  });

  const cases: { name: string; fault?: Parameters<TestClient['setFault']>[0]; expected: string; timeout?: number }[] = [
    { name: 'a 500', fault: '500', expected: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.' },
    { name: 'a 503', fault: '503', expected: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.' },
    { name: 'a 429', fault: '429', expected: 'Có quá nhiều yêu cầu.' },
    { name: 'a dropped connection', fault: 'drop', expected: 'Không kết nối được tới máy chủ.' },
    { name: 'a contract violation', fault: 'contract', expected: 'Dữ liệu nhận được không đúng định dạng.' },
    { name: 'a timeout', fault: 'slow:3000', expected: 'Máy chủ phản hồi quá lâu.', timeout: 200 },
  ];
  for (const { name, fault, expected, timeout } of cases) {
    it(`says what went wrong after ${name}, and emits shp-error`, async () => {
      const tc = testClient(timeout ? { timeout } : {});
      tc.setFault(fault);
      const el = await fixture<TestDataElement>('<test-shp-data></test-shp-data>');
      const event = oneEvent(el, 'shp-error') as Promise<ShpErrorEvent>;
      el.client = tc.client;
      const { detail } = await event;
      await settled(el);
      expect(text(part(el, 'error'))).to.contain(expected);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(detail.error.name).to.match(/^Shp\w*Error$/);
    });
  }

  it('says the item was not found after a 404', async () => {
    const el = await fixture<TestDataElement>('<test-shp-data></test-shp-data>');
    el.load = async (client, signal) => [await client.units.get('khong-ton-tai', { signal })];
    el.client = testClient().client;
    await settled(el);
    expect(text(part(el, 'error'))).to.contain('Không tìm thấy dữ liệu được yêu cầu.');
  });

  it('says the request was not valid after a 400', async () => {
    const worker = await startSandbox();
    worker.use(
      http.get('*/v1/units', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad' },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    try {
      const el = await dataElement(testClient());
      expect(text(part(el, 'error'))).to.contain('Yêu cầu không hợp lệ.');
    } finally {
      worker.resetHandlers();
    }
  });

  it('recognises SDK errors from another copy of the SDK (another realm)', async () => {
    const el = await fixture<TestDataElement>('<test-shp-data locale="en"></test-shp-data>');
    const foreign = { name: 'ShpHttpError', type: 'http', operation: 'units.list', status: 503, message: 'x' };
    expect(el.errorMessage(foreign)).to.equal('The service is having problems. Please try again later.');
    expect(el.errorMessage(new Error('bug'))).to.equal('Something went wrong.');
  });

  it('tries again when Retry is pressed', async () => {
    const tc = testClient();
    tc.setFault('503');
    const el = await dataElement(tc);
    expect(part(el, 'error')).not.to.equal(null);
    await expect(el).to.be.accessible();
    const sent = tc.requests.length;

    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await settled(el);
    expect(tc.requests.length).to.equal(sent + 1);
    expect(part(el, 'error')).to.equal(null);
    expect(Number(text(el.shadowRoot!.querySelector('.count')))).to.be.greaterThan(100);
  });

  it('aborts the request in flight when removed from the page, and loads again when put back', async () => {
    const tc = testClient();
    tc.setFault('slow:2000');
    const el = await fixture<TestDataElement>('<test-shp-data></test-shp-data>');
    el.client = tc.client;
    await waitFor(() => tc.requests.length === 1, 'the first request');
    const parent = el.parentElement!;
    el.remove();
    expect(tc.requests[0]!.signal.aborted).to.equal(true);

    tc.setFault(undefined);
    parent.append(el);
    await waitFor(() => el.shadowRoot!.querySelector('.count'), 'the content after reattaching');
    expect(tc.requests).to.have.length(2);
  });
});

describe('offline', () => {
  afterEach(() => window.dispatchEvent(new Event('online')));

  it('shows a banner while offline and hides it when back online', async () => {
    const el = await dataElement(testClient());
    expect(part(el, 'offline')).to.equal(null);
    expect(el.offline).to.equal(false);

    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(el.offline).to.equal(true);
    expect(text(part(el, 'offline'))).to.equal('Bạn đang ngoại tuyến. Nội dung sẽ được cập nhật khi có mạng trở lại.');
    await expect(el).to.be.accessible();

    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(part(el, 'offline')).to.equal(null);
  });

  it('says it is offline when a request fails offline, and reloads when back online', async () => {
    const tc = testClient();
    tc.setFault('drop');
    const el = await dataElement(tc);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('Bạn đang ngoại tuyến, chưa tải được nội dung.');

    tc.setFault(undefined);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => el.shadowRoot!.querySelector('.count'), 'the content after coming back online');
    expect(part(el, 'offline')).to.equal(null);
  });
});

describe('theming', () => {
  it('reads page tokens from :root and follows the theme attribute', async () => {
    const el = await dataElement(testClient());
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(28, 33, 40)');

    document.documentElement.style.setProperty('--shp-color-surface', 'rgb(1, 2, 3)');
    try {
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      document.documentElement.style.removeProperty('--shp-color-surface');
    }
  });

  it("inherits the page's font", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div style="font-family: Georgia, serif"><test-shp-data></test-shp-data></div>',
    );
    const el = wrapper.querySelector('test-shp-data')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')!).fontFamily).to.equal('Georgia, serif');
  });

  it('is hidden by the hidden attribute', async () => {
    const el = await fixture<TestDataElement>('<test-shp-data hidden></test-shp-data>');
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
