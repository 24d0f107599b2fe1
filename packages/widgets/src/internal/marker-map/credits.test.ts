import { expect } from '@open-wc/testing';
import { creditsMarkup } from './credits.js';

describe('map credits', () => {
  it('builds the attribution from data: text escaped, links only to http(s), opened safely', () => {
    const markup = creditsMarkup([
      { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
      { text: '<img src=x onerror="window.pwned=1">Dữ liệu mẫu' },
      { text: 'Trap', url: 'javascript:alert(1)' },
    ]);
    const box = document.createElement('div');
    box.innerHTML = markup; // what the map engine does with it
    expect(box.querySelector('img')).to.equal(null);
    expect(box.textContent).to.contain('<img src=x onerror="window.pwned=1">Dữ liệu mẫu');
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://www.openstreetmap.org/copyright']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});
