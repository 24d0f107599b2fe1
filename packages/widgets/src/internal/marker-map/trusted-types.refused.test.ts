// A page that enforces Trusted Types but does not allow the widgets' policy (only Lit's): the
// map cannot start its worker, so it says so over the map, the list still works, and nothing
// is thrown uncaught (issue 9 item 11: "or the map degrades to its list").
import { expect } from '@open-wc/testing';
import { startSandbox, waitFor } from '../../../test/sandbox.js';
import '../../components/feedback-map/feedback-map.js';
import type { ShpFeedbackMap } from '../../components/feedback-map/feedback-map.js';
import { configure } from '../config.js';

const violations: string[] = [];
const errors: string[] = [];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

before(async () => {
  await startSandbox();
  configure({ mapWorkerUrl: '/packages/widgets/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs' });
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
  window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled: ${String(e.reason)}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "require-trusted-types-for 'script'; trusted-types lit-html";
  document.head.append(meta);
});

it('shp-feedback-map without its policy: an error over the map, the list of reports, no uncaught error', async function () {
  this.timeout(30_000);
  const el = document.createElement('shp-feedback-map') as ShpFeedbackMap;
  el.style.cssText = 'display:block; width: 800px';
  document.body.append(el);
  await waitFor(() => el.shadowRoot!.querySelector('.map-overlay[role="alert"]'), 'the map error', 20_000);
  await waitFor(() => part(el, 'item'), 'the list of reports', 10_000);
  expect(el.map).to.equal(undefined);
  await new Promise((r) => setTimeout(r, 500));
  expect(errors.join('; ')).to.equal('');
  // The one violation: the policy the page refused to create. No script sink was reached.
  expect(violations).to.deep.equal(['trusted-types smart-haiphong']);
  el.remove();
});
