import { expect, fixture, html } from '@open-wc/testing';
import { startSandbox, testClient } from '../../test/sandbox.js';
import '../components/commune-info/commune-info.js';
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
