// The widgets on a page as strict as a commune portal's: Trusted Types enforced for every
// script sink (HTML, script URLs), only the widgets' named policies allowed. The map must
// start (its worker from a blob: URL the loader made, its credits built without HTML), and
// nothing may be blocked or thrown: issue 9 item 11.
import { expect } from '@open-wc/testing';
import { startSandbox, waitFor } from '../../../test/sandbox.js';
import '../../components/commune-info/commune-info.js';
import '../../components/feedback-form/feedback-form.js';
import '../../components/feedback-map/feedback-map.js';
import '../../components/nearby-places/nearby-places.js';
import type { ShpFeedbackMap } from '../../components/feedback-map/feedback-map.js';
import { configure } from '../config.js';

/** The policy names the webmaster guide tells a page to allow. */
const POLICIES = 'smart-haiphong lit-html';

const violations: string[] = [];
const errors: string[] = [];
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => parts(el, name)[0] ?? null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** An element made with DOM calls (a string fixture would itself be an HTML sink). */
function add<T extends HTMLElement>(tag: string, attrs: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

before(async () => {
  // The service worker is registered first: its URL would need a TrustedScriptURL afterwards.
  await startSandbox();
  // The worker as an app serves it (`configure({ mapWorkerUrl })`); the script-tag bundle's
  // own worker (a blob: URL the loader makes) is covered by the bundle's CSP test.
  configure({ mapWorkerUrl: '/packages/widgets/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs' });
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
  );
  window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled: ${String(e.reason)}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `require-trusted-types-for 'script'; trusted-types ${POLICIES}`;
  document.head.append(meta);
});

describe("the widgets under require-trusted-types-for 'script'", function () {
  // A WebGL map in SwiftShader on two cores takes seconds to start.
  this.timeout(60_000);

  it('the page enforces Trusted Types', async () => {
    const reported = new Promise((resolve) =>
      document.addEventListener('securitypolicyviolation', resolve, { once: true }),
    );
    expect(() => new Worker(`${location.origin}/x.js`)).to.throw(TypeError);
    await reported; // reported asynchronously: wait, so that the next test starts clean
    violations.length = 0;
  });

  it('shp-feedback-map: the map starts, draws its markers and credits, and "Phản ánh tại đây" works', async () => {
    const el = add<ShpFeedbackMap>('shp-feedback-map', { style: 'display:block; width: 800px' });
    await waitFor(() => el.map?.loaded(), 'the map to load', 30_000);
    await waitFor(() => parts(el, 'cluster').length + parts(el, 'pin').length > 0, 'markers on the map', 15_000);
    expect(part(el, 'map-error')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.map-overlay[role="alert"]')).to.equal(null);
    // The credits are there, built without an HTML parser.
    await waitFor(
      () => text(el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')).includes('OpenStreetMap'),
      'the credits',
    );
    const pick = part(el, 'pick-button')!;
    expect(text(pick)).to.equal('Phản ánh tại đây');
    pick.click();
    await waitFor(() => part(el, 'pick-centre-button'), 'pick mode');
    part(el, 'pick-centre-button')!.click();
    await waitFor(() => !part(el, 'pick-centre-button'), 'the point picked');
    await new Promise((r) => setTimeout(r, 300));
    expect(violations.join('; ')).to.equal('');
    expect(errors.join('; ')).to.equal('');
    el.remove();
  });

  it('shp-feedback-form: loads, and its location map opens', async () => {
    const el = add('shp-feedback-form');
    await waitFor(() => el.shadowRoot?.querySelector('form'), 'the form', 10_000);
    const toggle = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Chọn trên bản đồ');
    expect(toggle, 'the map button').to.not.equal(undefined);
    toggle!.click();
    await waitFor(() => el.shadowRoot!.querySelector('[part~="map"] canvas'), 'the location map', 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(violations.join('; ')).to.equal('');
    expect(errors.join('; ')).to.equal('');
    el.remove();
  });

  it('shp-nearby-places and shp-commune-info show their data', async () => {
    const places = add('shp-nearby-places', { unit: 'binh-giang' });
    const info = add('shp-commune-info', { unit: 'binh-giang' });
    await waitFor(() => part(info, 'card'), 'the commune card', 10_000);
    await waitFor(() => part(places, 'list') ?? part(places, 'empty'), 'the places', 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(violations.join('; ')).to.equal('');
    expect(errors.join('; ')).to.equal('');
    places.remove();
    info.remove();
  });
});
