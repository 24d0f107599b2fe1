// The element on a page as strict as a commune portal's: Trusted Types enforced for every HTML
// sink, only the `smart-haiphong` and `lit-html` policies allowed, and no inline styles.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startSandbox, waitFor } from '../../../test/sandbox.js';
import './news-feed.js';
import { recordScripts } from './xss-harness.test-fixture.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

const violations: string[] = [];
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Xã Mẫu</title>
<item><title>Tin &lt;b&gt;có thẻ&lt;/b&gt;</title><link>/tin/1</link><guid>t1</guid><pubDate>Sun, 29 Nov 2026 08:00:00 +0700</pubDate>
<description><![CDATA[<p style="color:red" onclick="top.__xss('tt')">Nội dung <a href="https://other.example/">ngoài</a></p><img src=x onerror="top.__xss('tt-img')"><iframe srcdoc="<script>top.__xss('tt-frame')</script>"></iframe>]]></description></item>
</channel></rss>`;

before(async () => {
  // The service worker is registered first: its URL would need a TrustedScriptURL afterwards.
  const worker = await startSandbox();
  worker.use(http.get('*/test-feeds/tt.xml', () => HttpResponse.text(FEED)));
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(
      `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
    ),
  );
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "require-trusted-types-for 'script'; trusted-types smart-haiphong lit-html; object-src 'none'";
  document.head.append(meta);
});

describe("shp-news-feed under require-trusted-types-for 'script'", () => {
  it('the page enforces Trusted Types', async () => {
    const reported = new Promise((resolve) =>
      document.addEventListener('securitypolicyviolation', resolve, { once: true }),
    );
    expect(() => (document.createElement('div').innerHTML = '<b>x</b>')).to.throw(TypeError);
    await reported; // reported asynchronously: wait, so that the next test starts clean
  });

  it('lists, opens an API article and a feed article, with no violation and no script', async () => {
    const hits = recordScripts();
    violations.length = 0; // the previous test's deliberate one
    // Made with DOM calls: a string fixture would itself be an innerHTML sink.
    const el = document.createElement('shp-news-feed');
    el.feedUrl = '/test-feeds/tt.xml';
    document.body.append(el);
    await waitFor(() => part(el, 'item'), 'the list', 8000);
    const first = part(el, 'item')!.dataset['key']!;
    await el.openKey(first, false);
    await waitFor(() => part(el, 'body')?.dataset['for'] === first, 'the API article');
    expect(part(el, 'body')!.childElementCount).to.be.greaterThan(0);
    await el.back();
    await el.openKey('feed:t1', false);
    await waitFor(() => part(el, 'body')?.dataset['for'] === 'feed:t1', 'the feed article');
    const body = part(el, 'body')!;
    expect(body.querySelector('a')!.getAttribute('target')).to.equal('_blank');
    expect(body.querySelector('[style], [onclick], [onerror], iframe')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#article-title')!.textContent).to.equal('Tin có thẻ');
    for (const node of body.querySelectorAll<HTMLElement>('*')) if (node.tagName !== 'A') node.click();
    await new Promise((r) => setTimeout(r, 300));
    expect(hits).to.deep.equal([]);
    expect(violations.join('; ')).to.equal('');
    el.remove();
  });
});
