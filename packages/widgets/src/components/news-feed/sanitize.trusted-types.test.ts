// This page enforces Trusted Types as a strict host page would: every HTML sink needs
// TrustedHTML, and only the `smart-haiphong` policy may be created.
import { expect } from '@open-wc/testing';
import type { TrustedTypePolicyFactory } from 'trusted-types/lib';
import { parseFeed } from './feed-parser.js';
import { sanitizeNewsFragment, sanitizeNewsHtml } from './sanitize.js';
import { XSS_VECTORS } from './xss-vectors.test-fixture.js';
import { allElements, recordScripts, renderAll } from './xss-harness.test-fixture.js';

const tt = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "require-trusted-types-for 'script'; trusted-types smart-haiphong";
document.head.append(meta);

describe("news sanitiser under require-trusted-types-for 'script'", () => {
  it('the page really enforces Trusted Types', () => {
    const div = document.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw(TypeError);
    expect(() => tt?.createPolicy('other', { createHTML: (s: string) => s })).to.throw();
  });

  it('sanitised HTML can be assigned to innerHTML, and fragments inserted', () => {
    const div = document.createElement('div');
    div.innerHTML = sanitizeNewsHtml(
      '<p>Tin <a href="https://other.example/">ngoài</a><img src=x onerror=alert(1)></p>',
    ) as string;
    expect(div.querySelector('a')?.getAttribute('target')).to.equal('_blank');
    expect(div.querySelector('img')?.hasAttribute('onerror')).to.equal(false);
    div.replaceChildren(sanitizeNewsFragment('<h3>Mục</h3>'));
    expect(div.querySelector('h3')?.textContent).to.equal('Mục');
  });

  it('feeds parse under Trusted Types (their inert parsing goes through the policy)', () => {
    const feed = parseFeed(
      '<rss version="2.0"><channel><item><title>T&nbsp;1</title><link>/a</link><description><![CDATA[<p>x</p><img src="/i.jpg">]]></description></item></channel></rss>',
      'https://portal.example/rss.xml',
    );
    expect(feed.items[0]).to.include({
      title: 'T 1',
      link: 'https://portal.example/a',
      imageUrl: 'https://portal.example/i.jpg',
    });
  });

  it('runs none of the bypass vectors', async () => {
    const hits = recordScripts();
    const host = await renderAll(XSS_VECTORS, 'https://portal.example/xa/');
    expect(hits).to.deep.equal([]);
    expect(allElements(host).some((el) => el.tagName === 'SCRIPT' || el.tagName === 'IFRAME')).to.equal(false);
    host.remove();
  });
});
