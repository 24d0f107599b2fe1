import { expect, fixture } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.js';
import { HashStateController, mergeHash, parseHash, readHash } from './hash-state.js';

class TestHashElement extends LitElement {
  readonly hash = new HashStateController(this);
}
defineElement('test-shp-hash', TestHashElement);

describe('hash state', () => {
  it('keeps the page fragment and other namespaces when one widget writes', () => {
    const hash = '#noi-dung&news.article=a%201&feedback-map.report=x';
    const next = mergeHash(hash, 'feedback-map', { map: '12.00/20.86/106.68', report: undefined });
    expect(next).to.equal('#noi-dung&news.article=a%201&feedback-map.map=12.00/20.86/106.68');
    expect(readHash(next, 'news').get('article')).to.equal('a 1');
    expect(parseHash(next).page).to.deep.equal(['noi-dung']);
    expect(mergeHash('#noi-dung', 'news', {})).to.equal('#noi-dung');
    expect(mergeHash('', 'news', { article: 'Đường 354' })).to.equal('#news.article=%C4%90%C6%B0%E1%BB%9Dng%20354');
  });

  it('leaves a malformed escape of the page alone', () => {
    expect(mergeHash('#%E0%A4%A', 'map', { z: '1' })).to.equal('#%E0%A4%A&map.z=1');
  });

  it('two widgets with sync-url keep each other’s keys and the page’s fragment', async () => {
    const saved = location.hash;
    try {
      history.replaceState(null, '', '#noi-dung');
      const holder = await fixture<HTMLDivElement>(
        '<div><test-shp-hash id="left"></test-shp-hash><test-shp-hash id="right"></test-shp-hash></div>',
      );
      const [left, right] = [...holder.querySelectorAll<TestHashElement>('test-shp-hash')];
      left!.hash.write({ view: '1' });
      right!.hash.write({ view: '2', open: 'x' });
      left!.hash.write({ view: '3' });
      expect(location.hash).to.equal('#noi-dung&right.view=2&right.open=x&left.view=3');
      expect(left!.hash.read().get('view')).to.equal('3');
      expect(right!.hash.read().get('open')).to.equal('x');
      expect(right!.hash.link({ open: 'y' })).to.match(/#noi-dung&left\.view=3&right\.open=y$/);
    } finally {
      history.replaceState(null, '', saved || location.pathname);
    }
  });
});
