import { expect } from '@open-wc/testing';
import { attributionCredits, CreditsControl } from './credits-control.js';

/** Just enough of a map for the control: no sources but the ones given. */
function fakeMap(sources: Record<string, string>) {
  const handlers: (() => void)[] = [];
  return {
    on: (_type: string, handler: () => void) => handlers.push(handler),
    off: () => undefined,
    getStyle: () => ({ sources: Object.fromEntries(Object.keys(sources).map((id) => [id, {}])) }),
    getSource: (id: string) => ({ attribution: sources[id] }),
  };
}

describe('map credits', () => {
  it("builds the deployment's credits from data: text as text, links only to http(s), opened safely", () => {
    const control = new CreditsControl(
      [
        { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
        { text: '<img src=x onerror="window.pwned=1">Dữ liệu mẫu' },
        { text: 'Trap', url: 'javascript:alert(1)' },
      ],
      'Hiện hoặc ẩn ghi công bản đồ',
    );
    const box = control.onAdd(fakeMap({ land: '© OpenStreetMap contributors' }) as never);
    expect(box.querySelector('img')).to.equal(null);
    const inner = box.querySelector('.maplibregl-ctrl-attrib-inner')!;
    expect(inner.textContent).to.equal(
      '© OpenStreetMap contributors · <img src=x onerror="window.pwned=1">Dữ liệu mẫu · Trap',
    );
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://www.openstreetmap.org/copyright']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(box.querySelector('summary')!.getAttribute('aria-label')).to.equal('Hiện hoặc ẩn ghi công bản đồ');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it("keeps only the text and http(s) links of a style's HTML attribution", () => {
    const credits = attributionCredits(
      '<a href="https://openmaptiles.org/" target="_blank">© OpenMapTiles</a> <a href="javascript:alert(1)">© Bad</a>' +
        '<img src=x onerror="window.pwned=2"><script>window.pwned=3</script> Dữ <b>liệu</b> mẫu',
    );
    expect(credits).to.deep.equal([
      { text: '© OpenMapTiles', url: 'https://openmaptiles.org/' },
      { text: '© Bad' },
      { text: 'Dữ liệu mẫu' },
    ]);
    const box = new CreditsControl([], 'x').onAdd(fakeMap({ tiles: '<a href="https://t.example/">© T</a>' }) as never);
    expect(box.querySelector('a')!.href).to.equal('https://t.example/');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});
