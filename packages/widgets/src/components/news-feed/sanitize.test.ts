import { expect } from '@open-wc/testing';
import type { TrustedTypePolicyFactory } from 'trusted-types/lib';
import { startSandbox, testClient } from '../../../test/sandbox.js';
import { sanitizeNewsFragment, sanitizeNewsHtml } from './sanitize.js';
import { XSS_VECTORS } from './xss-vectors.test-fixture.js';
import { ALLOWED_TAGS, allElements, recordScripts, renderAll } from './xss-harness.test-fixture.js';

const tt = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;

const fragmentHtml = (html: string, baseUrl?: string) => {
  const div = document.createElement('div');
  div.append(sanitizeNewsFragment(html, baseUrl ? { baseUrl } : {}));
  return div;
};

function expectOnlySafeMarkup(host: Element) {
  for (const el of allElements(host)) {
    const tag = el.tagName.toLowerCase();
    expect(ALLOWED_TAGS.has(tag), `<${tag}> kept`).to.equal(true);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${tag}[${attr.name}]`).to.equal(false);
      expect(
        ['style', 'id', 'name', 'srcdoc', 'formaction', 'action', 'srcset'],
        `${tag}[${attr.name}]`,
      ).to.not.include(attr.name);
    }
    const href = el.getAttribute('href');
    if (href !== null)
      expect(new URL(href, location.href).protocol, href).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
    const src = el.getAttribute('src');
    if (src !== null)
      expect(src, 'image source').to.match(/^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/);
  }
}

describe('news HTML sanitiser (DOMPurify with a news allowlist)', () => {
  it('keeps what news needs: headings, lists, tables, figures, images and links', () => {
    const div = fragmentHtml(
      `<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong>, <em>nghiêng</em>, <a href="https://other.example/a">ngoài</a>,
       <a href="/trong">trong</a>, <a href="mailto:ubnd@example.org">thư</a>, <a href="tel:+842253123456">gọi</a>, <a href="#muc-2">mục</a>.</p>
       <ul><li>một</li></ul><ol start="3"><li>ba</li></ol>
       <table><caption>Bảng</caption><thead><tr><th scope="col">Cột</th></tr></thead><tbody><tr><td colspan="2">Ô</td></tr></tbody></table>
       <figure><img src="anh/1.jpg" alt="Trụ sở UBND xã" width="1200" height="630"><figcaption>Chú thích</figcaption></figure>
       <img src="data:image/png;base64,iVBORw0KGgo=" alt="">`,
      'https://portal.example/xa/tin/bai-1.html',
    );
    expect(div.querySelector('h2')?.textContent).to.equal('Tiêu đề');
    expect(div.querySelectorAll('li')).to.have.length(2);
    expect(div.querySelector('ol')?.getAttribute('start')).to.equal('3');
    expect(div.querySelector('th')?.getAttribute('scope')).to.equal('col');
    expect(div.querySelector('td')?.getAttribute('colspan')).to.equal('2');
    expect(div.querySelector('figcaption')?.textContent).to.equal('Chú thích');

    const [external, internal, mail, tel, inPage] = [...div.querySelectorAll('a')];
    expect(external?.getAttribute('href')).to.equal('https://other.example/a');
    expect(external?.getAttribute('target')).to.equal('_blank');
    expect(external?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(external?.hasAttribute('data-external')).to.equal(true);
    // Resolved against the article's URL, not the page: another origin, so external too.
    expect(internal?.getAttribute('href')).to.equal('https://portal.example/trong');
    expect(mail?.getAttribute('href')).to.equal('mailto:ubnd@example.org');
    expect(mail?.hasAttribute('target')).to.equal(false);
    expect(tel?.getAttribute('href')).to.equal('tel:+842253123456');
    expect(inPage?.getAttribute('href')).to.equal('#muc-2');
    expect(inPage?.hasAttribute('data-external')).to.equal(false);

    const [img, dataImg] = [...div.querySelectorAll('img')];
    expect(img?.getAttribute('src')).to.equal('https://portal.example/xa/tin/anh/1.jpg');
    expect(img?.getAttribute('alt')).to.equal('Trụ sở UBND xã');
    expect(img?.getAttribute('loading')).to.equal('lazy');
    expect(img?.getAttribute('width')).to.equal('1200');
    expect(dataImg?.getAttribute('src')).to.match(/^data:image\/png;base64,/);
  });

  it('a same-origin link opens in place; an image without alt becomes decorative', () => {
    const div = fragmentHtml(`<a href="${location.origin}/tin">tin</a><img src="/a.png">`);
    const a = div.querySelector('a');
    expect(a?.hasAttribute('target')).to.equal(false);
    expect(a?.hasAttribute('data-external')).to.equal(false);
    expect(a?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(div.querySelector('img')?.getAttribute('alt')).to.equal('');
  });

  it('removes scripts, styles, frames, forms, objects, handlers and unsafe URLs, keeping the text', () => {
    const div = fragmentHtml(
      `<p style="position:fixed" onclick="x()">Nội dung</p><script>x()</script><style>p{}</style>
       <iframe src="https://example.com/"></iframe><form><input value="a"><button>Gửi</button></form>
       <object data="x"></object><a href="javascript:x()">Xem</a> <a href="data:text/html,x">Dữ liệu</a>
       <img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg"><svg><circle r="1"/></svg>`,
    );
    expect(div.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Nội dung Gửi Xem Dữ liệu');
    expect(div.querySelector('p')?.hasAttribute('style')).to.equal(false);
    expect([...div.querySelectorAll('a')].map((a) => a.hasAttribute('href'))).to.deep.equal([false, false]);
    expect(div.querySelector('img')?.hasAttribute('src')).to.equal(false);
    expect(div.querySelector('img')?.getAttribute('alt')).to.equal('svg');
    expectOnlySafeMarkup(div);
  });

  it('runs no script from the sandbox’s hostile article bodies', async () => {
    await startSandbox();
    const { client } = testClient();
    const list = await client.news.list({ limit: 40 });
    const articles = await Promise.all(list.items.map((n) => client.news.get(n.id)));
    const bodies = articles.map((a) => a.bodyHtml);
    const hostile = bodies.filter((b) => /<script|onerror|javascript:|<iframe/i.test(b));
    expect(hostile.length, 'hostile sample bodies').to.be.greaterThan(4);

    const hits = recordScripts();
    const host = await renderAll(bodies, `${location.origin}/`);
    expect(hits).to.deep.equal([]);
    expectOnlySafeMarkup(host);
    expect(host.querySelectorAll('figure img').length, 'the articles keep their figures').to.be.greaterThan(0);
    host.remove();
  });

  it(`runs none of ${XSS_VECTORS.length} known sanitiser-bypass vectors, in the light DOM, innerHTML and a shadow root`, async () => {
    const hits = recordScripts();
    const host = await renderAll(XSS_VECTORS, 'https://portal.example/xa/');
    expect(hits).to.deep.equal([]);
    expectOnlySafeMarkup(host);
    expect(
      host.querySelectorAll('iframe, object, embed, form, svg, math, base, meta, link, style, script'),
    ).to.have.length(0);
    // The clobbering vector must not replace the recorder.
    expect(typeof (window as unknown as { __xss: unknown }).__xss).to.equal('function');
    host.remove();
  });

  it('the harness does catch a script that runs (so zero means zero)', async () => {
    const hits = recordScripts();
    const img = document.createElement('img');
    img.setAttribute('onerror', 'top.__xss("control")');
    img.src = 'data:image/png;base64,AAAA'; // not an image: fails without a request
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 600));
    img.remove();
    expect(hits).to.deep.equal(['flag:control']);
  });

  it('returns TrustedHTML from the smart-haiphong policy where the browser has Trusted Types', () => {
    const out = sanitizeNewsHtml('<p>Tin <b>đậm</b><script>x()</script></p>');
    expect(tt?.isHTML(out)).to.equal(true);
    expect(String(out)).to.equal('<p>Tin <b>đậm</b></p>');
    expect(sanitizeNewsHtml(42 as unknown as string).toString()).to.equal('');
  });
});
