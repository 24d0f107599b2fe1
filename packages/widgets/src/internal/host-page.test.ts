import { expect, fixture, html } from '@open-wc/testing';
import { startSandbox, testClient, waitFor } from '../../test/sandbox.js';
import '../components/commune-info/commune-info.js';
import '../components/dossier-tracker/dossier-tracker.js';
import '../components/feedback-form/feedback-form.js';
import '../components/nearby-places/nearby-places.js';
import '../components/procedure-search/procedure-search.js';
import type { ShpCommuneInfo } from '../components/commune-info/commune-info.js';

before(startSandbox);

/** The computed text styles of the card's name inside `wrapperStyle`. */
async function nameStyles(wrapperStyle: string) {
  const tc = testClient();
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${wrapperStyle}></div>`);
  const el = document.createElement('shp-commune-info') as ShpCommuneInfo;
  el.client = tc.client;
  el.unit = 'binh-giang';
  wrapper.append(el);
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  while (!el.shadowRoot!.querySelector('[part~="name"]')) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const s = getComputedStyle(el.shadowRoot!.querySelector('[part~="name"]')!);
  const box = el.getBoundingClientRect();
  return {
    lineHeight: s.lineHeight,
    letterSpacing: s.letterSpacing,
    textTransform: s.textTransform,
    textAlign: s.textAlign,
    whiteSpace: s.whiteSpace,
    wordSpacing: s.wordSpacing,
    fontSize: s.fontSize,
    fontStyle: s.fontStyle,
    fontWeight: s.fontWeight,
    textIndent: s.textIndent,
    fontFamily: s.fontFamily,
    height: Math.round(box.height),
  };
}

describe('a widget on a hostile host page', () => {
  it('reads and sizes the same whatever text styles the page passes down, except the font family', async () => {
    const neutral = await nameStyles('width: 320px; font-family: Georgia, serif');
    const hostile = await nameStyles(
      'width: 320px; font-family: Georgia, serif; font-size: 10px; line-height: 3; letter-spacing: 4px; ' +
        'word-spacing: 9px; text-transform: uppercase; text-align: right; white-space: nowrap; font-style: italic',
    );
    expect(hostile).to.deep.equal(neutral);
    expect(neutral.fontFamily).to.contain('Georgia');
  });
});

describe('a widget under a page rule that matches the element itself', () => {
  it("reads and sizes the same under an old CMS's `* { … }` text rule, except the font family", async () => {
    const neutral = await nameStyles('width: 320px; font-family: Georgia, serif');
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent =
      '* { line-height: 3; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; text-align: right; ' +
      'white-space: nowrap; font-style: italic; font-weight: 700; font-size: 20px; text-indent: 2em }';
    try {
      expect(await nameStyles('width: 320px; font-family: Georgia, serif')).to.deep.equal(neutral);
    } finally {
      style.remove();
    }
  });
});

describe('a widget in an old CMS layout', () => {
  // A table layout whose CSS sets every element's box and font size, the root's too (so `rem` is 20 px).
  const TAGS = [
    'shp-commune-info unit="binh-giang"',
    'shp-feedback-form unit="binh-giang"',
    'shp-nearby-places unit="binh-giang"',
    'shp-procedure-search',
    'shp-dossier-tracker',
  ];
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = '* { box-sizing: content-box; line-height: 2; font-size: 20px }';
    document.head.append(style);
  });
  after(() => style.remove());

  for (const tag of TAGS) {
    it(`<${tag.split(' ')[0]}> fits a narrow table cell: nothing inside is wider than the widget`, async () => {
      const tc = testClient();
      const table = await fixture<HTMLTableElement>(
        `<table style="width: 360px"><tr><td style="width: 30%">Menu</td><td><div></div></td></tr></table>`,
      );
      const [name, ...attrs] = tag.split(' ');
      const el = document.createElement(name!) as HTMLElement & { client: unknown };
      el.client = tc.client;
      for (const attr of attrs) {
        const [key, value] = attr.split('=');
        el.setAttribute(key!, value!.replace(/"/g, ''));
      }
      table.querySelector('td:last-child > div')!.append(el);
      await waitFor(
        () => !el.shadowRoot?.querySelector('[aria-busy="true"]') && !!el.shadowRoot?.querySelector('[part~="base"]'),
        'loaded',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      const width = el.getBoundingClientRect().width;
      const wider = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((e) => e.getBoundingClientRect().width > width + 0.5)
        .map((e) => `${e.localName}.${e.className}`);
      expect(wider.join(', ')).to.equal('');
    });
  }
});

describe('a widget on a page that changes the root font size (the 62.5 % trick)', () => {
  // Sizes follow the reader's default text size (the host's `font-size: medium`), not the page's root.
  const TAGS = [
    'shp-nearby-places unit="binh-giang"',
    'shp-procedure-search',
    'shp-feedback-form unit="binh-giang"',
    'shp-dossier-tracker',
  ];

  /** The height of the widget and of every control in it, on a page whose root font size is `root`. */
  async function sizes(tag: string, root: string): Promise<number[]> {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = root ? `html { font-size: ${root} }` : '';
    try {
      const wrapper = await fixture<HTMLDivElement>(`<div style="width: 360px"></div>`);
      const [name, ...attrs] = tag.split(' ');
      const el = document.createElement(name!) as HTMLElement & { client: unknown };
      el.client = testClient().client;
      for (const attr of attrs) {
        const [key, value] = attr.split('=');
        el.setAttribute(key!, value!.replace(/"/g, ''));
      }
      wrapper.append(el);
      await waitFor(
        () => !el.shadowRoot?.querySelector('[aria-busy="true"]') && !!el.shadowRoot?.querySelector('[part~="base"]'),
        'loaded',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      const controls = el.shadowRoot!.querySelectorAll('button, input, select, textarea, summary, a.call');
      return [el, ...controls].map((e) => Math.round(e.getBoundingClientRect().height));
    } finally {
      style.remove();
    }
  }

  for (const tag of TAGS) {
    it(`<${tag.split(' ')[0]}> keeps the size of its controls at a root font size of 10 px and 24 px`, async () => {
      const neutral = await sizes(tag, '');
      expect(neutral.length).to.be.greaterThan(2);
      expect(await sizes(tag, '10px')).to.deep.equal(neutral);
      expect(await sizes(tag, '24px')).to.deep.equal(neutral);
    });
  }
});
