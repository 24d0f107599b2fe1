// Issue 9, "what it must show": the form × every fault the sandbox injects. The citizen fills
// the form, attaches a photo and presses "Gửi"; the send meets the fault (once: the SDK's own
// retry must absorb it; on every attempt of the SDK: the citizen sees an error with a retry,
// or is told that the report is queued). Whatever the outcome, what the citizen is shown is
// true, and going on from it (Gửi lại, Thử gửi ngay) stores exactly one report, with its photo.
import { createSandbox, createSandboxHandlers, type Sandbox } from '@smart-haiphong/sandbox/msw';
import { createClient, Outbox, indexedDbStorage, type ShpClient } from '@smart-haiphong/sdk';
import { expect, fixture } from '@open-wc/testing';
import { startSandbox, waitFor } from '../../../test/sandbox.js';
import './feedback-form.js';
import type { ShpFeedbackForm } from './feedback-form.js';
import { canvasJpeg } from './test-images.js';

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonNamed = (el: HTMLElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name) ?? null;

const INSIDE = { lat: 20.8449, lon: 106.6881 };
/** The SDK's attempts per call: 1 + 2 retries (its default). */
const ATTEMPTS = 3;
const FAULTS = ['500', '503', '429', 'slow:900', 'drop', 'drop-after', 'drop-body', 'truncate', 'contract'];

let sandbox: Sandbox;
before(async () => {
  const worker = await startSandbox();
  sandbox = createSandbox({ feedback: 50, places: 10, dossiers: 2, seed: 5 });
  worker.use(...createSandboxHandlers({ sandbox }));
});
beforeEach(() => localStorage.clear());
afterEach(() => window.dispatchEvent(new Event('online')));

const recorded = (title: string) => [...sandbox.store.feedback.submitted.values()].filter((s) => s.title === title);

/**
 * A client as a page has it (the SDK retries, quickly here), whose requests from `arm()` on get
 * `fault` for the first `times` of them. Counts the report sends and their keys.
 */
function faultyClient() {
  let headers: Record<string, string> | undefined;
  let armed = 0;
  const sends: (string | null)[] = [];
  const client: ShpClient = createClient({
    baseUrl: `${location.origin}/`,
    retry: { backoffLimit: 50 },
    timeout: 500,
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (headers) for (const [k, v] of Object.entries(headers)) request.headers.set(k, v);
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/feedback')
        sends.push(request.headers.get('idempotency-key'));
      return fetch(request);
    },
  });
  return {
    client,
    sends,
    arm(fault: string, times: number) {
      headers = {
        'x-sandbox-fault': fault,
        'x-sandbox-fault-times': String(times),
        'x-sandbox-fault-id': `form-${fault}-${times}-${++armed}-${Date.now()}`,
        'x-sandbox-fault-retry-after': '0',
      };
    },
  };
}

async function fill(el: ShpFeedbackForm, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

let n = 0;
async function filledForm(client: ShpClient): Promise<{ el: ShpFeedbackForm; outbox: Outbox; title: string }> {
  const outbox = new Outbox({ client, storage: indexedDbStorage(`faults-outbox-${++n}-${Date.now()}`) });
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: 360px"><shp-feedback-form></shp-feedback-form></div>`,
  );
  const el = wrapper.querySelector('shp-feedback-form')!;
  el.client = client;
  el.outbox = outbox;
  await waitFor(() => $(el, 'form'), 'the form to load');
  const title = `Ổ gà trước chợ số ${n}-${Date.now()}`;
  await fill(el, 'category', 'duong-hu-hong');
  el.location = INSIDE;
  await fill(el, 'address', 'Số 12 đường Trần Phú');
  await fill(el, 'title', title);
  await fill(el, 'content', 'Mặt đường có ổ gà sâu khoảng 20 cm, xe máy đi qua rất nguy hiểm.');
  const input = $<HTMLInputElement>(el, '#photos')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([await canvasJpeg(48, 48)], 'o-ga.jpg', { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => $(el, '.photo[data-status="uploaded"]'), 'the photo uploaded', 10_000);
  return { el, outbox, title };
}

type Outcome = 'success' | 'queued' | 'error';
const outcome = (el: ShpFeedbackForm): Outcome | null =>
  part(el, 'success') ? 'success' : part(el, 'queued') ? 'queued' : part(el, 'error') ? 'error' : null;

describe('shp-feedback-form × every sandbox fault: one report with its photo, an honest outcome', function () {
  this.timeout(30_000);
  const seen: string[] = [];
  after(() => console.log(`form outcomes under faults: ${seen.join('; ')}`));

  for (const fault of FAULTS) {
    for (const times of [1, ATTEMPTS]) {
      it(`${fault} ${times === 1 ? 'once' : 'on every attempt'}`, async () => {
        const f = faultyClient();
        const { el, outbox, title } = await filledForm(f.client);
        f.arm(fault, times);
        (part(el, 'submit-button') as HTMLButtonElement).click();
        await waitFor(() => outcome(el), 'an outcome', 15_000);
        const first = outcome(el)!;
        seen.push(`${fault}×${times} → ${first}`);
        if (times === 1) expect(first, "a one-off fault is absorbed by the SDK's retry").to.equal('success');
        // What the citizen is told is true: sent means stored; the other outcomes promise a retry.
        if (first === 'success') expect(recorded(title)).to.have.length(1);
        if (first === 'error') {
          expect(text(part(el, 'error'))).to.not.equal('');
          expect(text(part(el, 'submit-button'))).to.equal('Gửi lại');
          (part(el, 'submit-button') as HTMLButtonElement).click();
          await waitFor(() => part(el, 'success'), 'sent on retry', 10_000);
        }
        if (first === 'queued') {
          expect(text(part(el, 'queued'))).to.contain('sẽ tự động gửi');
          buttonNamed(el, 'Thử gửi ngay')!.click();
          await waitFor(() => part(el, 'success'), 'sent from the outbox', 10_000);
        }
        await new Promise((r) => setTimeout(r, fault.startsWith('slow') ? 1000 : 100)); // late attempts land
        const reports = recorded(title);
        expect(reports, 'exactly one report').to.have.length(1);
        expect(reports[0]!.photos, 'with its photo').to.have.length(1);
        expect(new Set(f.sends).size, 'every send of the report with one key').to.equal(1);
        expect(await outbox.entries()).to.deep.equal([]);
        outbox.stop();
      });
    }
  }
});
