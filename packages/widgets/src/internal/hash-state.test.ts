import { expect, fixture } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.js';
import { HashStateController, mergeHash, parseHash, readHash, type HashNavigation } from './hash-state.js';

class TestHashElement extends LitElement {
  readonly changes: [string | undefined, HashNavigation][] = [];
  readonly hash = new HashStateController(this, (values, navigation) =>
    this.changes.push([values.get('open'), navigation]),
  );
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

  it('pushes an entry for what is opened, replaces for the rest; Back and links call onChange once, with why', async () => {
    const saved = location.hash;
    try {
      history.replaceState(null, '', '#noi-dung');
      const holder = await fixture<HTMLDivElement>(
        '<div><test-shp-hash id="w"></test-shp-hash><button type="button">elsewhere</button><span></span></div>',
      );
      const el = holder.querySelector<TestHashElement>('test-shp-hash')!;
      const start = history.length;
      el.hash.write({ q: 'k' });
      el.hash.write({ q: 'kh' });
      expect(history.length, 'typing replaces').to.equal(start);
      el.hash.write({ q: 'kh', open: 'x' }, { push: true });
      expect(history.length, 'opening pushes').to.equal(start + 1);
      expect(location.hash).to.equal('#noi-dung&w.q=kh&w.open=x');
      expect(el.changes, 'its own writes are not changes').to.have.length(0);

      // Back: once (popstate and hashchange both fire), focus on <body> may be moved.
      (document.activeElement as HTMLElement | null)?.blur();
      history.back();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.hash).to.equal('#noi-dung&w.q=kh');
      expect(el.changes).to.deep.equal([[undefined, { cause: 'history', mayFocus: true }]]);

      // Focus elsewhere on the page: the widget must not take it.
      holder.querySelector('button')!.focus();
      history.forward();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      expect(el.changes[1]).to.deep.equal(['x', { cause: 'history', mayFocus: false }]);

      // An in-page link (inside a shadow root, as widgets render them) opening this widget.
      const root = holder.querySelector('span')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<a href="${el.hash.link({ open: 'y' })}">open y</a>`;
      root.querySelector('a')!.click();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      expect(el.changes[2]).to.deep.equal(['y', { cause: 'link', mayFocus: true }]);
      expect(el.changes).to.have.length(3);
    } finally {
      history.replaceState(null, '', saved || location.pathname);
    }
  });

  it('an in-page link sets only its own keys: a stale link keeps what other widgets wrote since; the same link again still reaches the widget', async () => {
    const saved = location.hash;
    try {
      history.replaceState(null, '', '#noi-dung');
      const holder = await fixture<HTMLDivElement>(
        '<div><test-shp-hash id="tracker"></test-shp-hash><test-shp-hash id="search"></test-shp-hash><span></span></div>',
      );
      const [tracker, search] = [...holder.querySelectorAll<TestHashElement>('test-shp-hash')];
      // The link is rendered now ("Xem phản ánh"), the citizen searches afterwards.
      const root = holder.querySelector('span')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<a href="${tracker!.hash.link({ open: 'PA-1' })}">Xem phản ánh</a>`;
      search!.hash.write({ q: 'khai sinh' });
      const start = history.length;
      root.querySelector('a')!.click();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      expect(location.hash).to.equal('#noi-dung&search.q=khai%20sinh&tracker.open=PA-1');
      expect(history.length, 'following the link is a step Back undoes').to.equal(start + 1);
      expect(tracker!.changes).to.deep.equal([['PA-1', { cause: 'link', mayFocus: true }]]);
      expect(search!.changes).to.have.length(0);

      // Again, the hash unchanged: the widget is told (to come into view), no new entry.
      root.querySelector('a')!.click();
      expect(tracker!.changes).to.have.length(2);
      expect(tracker!.changes[1]).to.deep.equal(['PA-1', { cause: 'link', mayFocus: true }]);
      expect(history.length).to.equal(start + 1);

      // The widget's own link to what it shows (a share link) does not move it.
      const own = tracker!.shadowRoot!.appendChild(document.createElement('a'));
      own.href = tracker!.hash.link({ open: 'PA-1' });
      own.click();
      expect(tracker!.changes).to.have.length(2);
    } finally {
      history.replaceState(null, '', saved || location.pathname);
    }
  });
  it("the page's own link (a skip link) keeps every widget's keys, and no widget takes focus", async () => {
    const saved = location.hash;
    try {
      history.replaceState(null, '', '#');
      const holder = await fixture<HTMLDivElement>(
        `<div><a id="skip" href="#noi-dung-test">Bỏ qua, đến nội dung chính</a>
          <test-shp-hash id="news"></test-shp-hash><test-shp-hash id="search"></test-shp-hash>
          <div style="height: 3000px"></div><main id="noi-dung-test" tabindex="-1">Nội dung</main></div>`,
      );
      const [news, search] = [...holder.querySelectorAll<TestHashElement>('test-shp-hash')];
      news!.hash.write({ open: 'bai-1' }, { push: true });
      search!.hash.write({ open: 'thu-tuc-2' }, { push: true });
      const start = history.length;
      const skip = holder.querySelector<HTMLAnchorElement>('#skip')!;
      skip.focus();
      skip.click();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.hash).to.equal('#noi-dung-test&news.open=bai-1&search.open=thu-tuc-2');
      expect(news!.changes, 'the article stays open').to.have.length(0);
      expect(search!.changes, 'the procedure stays open').to.have.length(0);
      expect(history.length, 'a step, as the link itself makes').to.equal(start + 1);
      const main = holder.querySelector('main')!.getBoundingClientRect();
      expect(main.top, 'the browser scrolled to the target').to.be.within(-1, innerHeight);

      // Back to before the link: the widgets' keys are the same, nothing to restore.
      history.back();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.hash).to.equal('#news.open=bai-1&search.open=thu-tuc-2');
      expect(news!.changes).to.have.length(0);
      expect(search!.changes).to.have.length(0);
    } finally {
      history.replaceState(null, '', saved || location.pathname);
      scrollTo(0, 0);
    }
  });
  it('counts focus in a modal dialog inside the widget as focus in the widget (Back may move it)', async () => {
    const saved = location.hash;
    try {
      history.replaceState(null, '', '#');
      const el = await fixture<TestHashElement>('<test-shp-hash id="dlg"></test-shp-hash>');
      el.hash.write({ open: 'r1' }, { push: true });
      el.shadowRoot!.innerHTML = '<dialog><button type="button">Đóng</button></dialog>';
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      dialog.showModal();
      dialog.querySelector('button')!.focus();
      expect(document.activeElement === el, 'focus in the widget').to.equal(true);
      history.back();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      dialog.close();
      expect(el.changes).to.deep.equal([[undefined, { cause: 'history', mayFocus: true }]]);
    } finally {
      history.replaceState(null, '', saved || location.pathname);
    }
  });
});
