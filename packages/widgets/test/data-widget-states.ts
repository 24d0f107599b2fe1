// The shared suite of the data widgets' states (issue 7): loading, empty, error with
// Retry, and offline, run by every data widget from its own `<name>.states.test.ts`
// against the in-page sandbox. One MSW handler in front of the sandbox decides what
// `/v1/*` answers in each test: held (loading), an empty page, a 503, or no network.
import type { ShpClient } from '@smart-haiphong/sdk';
import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { ShpElement } from '../src/internal/shp-element.js';
import shared from '../src/translations/shared/vi.js';
import { startSandbox, testClient, waitFor } from './sandbox.js';

/** The body of an empty page of any cursor-paged list. */
export const EMPTY_PAGE = { items: [], nextCursor: null, total: 0 };

/** A JSON body, or a function of the request's URL returning one. */
export type Answer = JsonBodyType | ((url: URL) => JsonBodyType);

/** What `/v1/*` answers in the current test. */
type Network = 'sandbox' | 'held' | 'empty' | 'failing' | 'down';

export interface DataWidgetStatesOptions<E extends ShpElement = ShpElement> {
  /** The element's tag; the test file imports its module. */
  tag: string;
  /**
   * Attributes that make the element load content, e.g. `unit="binh-giang"`; a function
   * is called once per test (e.g. to read a sample code from `/sandbox/samples`).
   */
  attrs?: string | (() => string | Promise<string>);
  /** A selector, in the shadow root, of the loaded content (e.g. `[part~="card"]`). */
  content: string;
  /** The client the element uses. Default: a new sandbox client per test that never retries. */
  client?: () => ShpClient;
  /** Called once the element is in the page, before its first update (e.g. a fixed clock). */
  setup?: (el: E) => void;
  /** How long one test may take, in ms. Default 20 000 (the map widgets load MapLibre). */
  timeout?: number;
  /**
   * The empty state. `attrs` replaces the content attributes (a unit with no campaign);
   * `answers` maps a request path (`/v1/news`) to the JSON it answers, or to a function
   * of the URL returning it. Omit `empty` for a widget with no empty state (say why).
   */
  empty?: {
    attrs?: string;
    answers?: Record<string, Answer>;
    /** The sentence the citizen reads (Vietnamese). */
    message: string;
    /** The part that holds it. Default `empty`. */
    part?: string;
  };
  /** Whether the content stays under the offline banner when the network goes. Default true. */
  keepsContentOffline?: boolean;
}

const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
// Assertions compare booleans and strings, never elements: a failed comparison of two
// elements serialises them, which can hang the browser's reporter.
const has = (node: Element | null): boolean => node !== null;
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Defines a `describe` block that checks a data widget's shared states against the
 * in-page sandbox (MSW), in Vietnamese, each state axe-clean:
 * - loading: while the API has not answered, a busy state (`aria-busy="true"`), then the content;
 * - empty: the widget's own sentence for nothing to show;
 * - error: after a 503, a sentence and a Retry button; Enter on the focused button brings
 *   the content back, and focus stays in the widget (not on `<body>`);
 * - offline: the offline banner over the content already shown; and, offline from the start,
 *   the offline error, then the content by itself when the browser is back online.
 */
export function dataWidgetStates<E extends ShpElement = ShpElement>(options: DataWidgetStatesOptions<E>): void {
  const { tag, content, empty, keepsContentOffline = true } = options;
  let network: Network = 'sandbox';
  let release: () => void = () => undefined;
  let held = Promise.resolve();
  let answers: Record<string, Answer> = {};

  const front = http.all('*/v1/*', async ({ request }) => {
    switch (network) {
      case 'held':
        await held;
        return undefined; // then on to the sandbox
      case 'failing':
        return HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Injected by the states suite.' },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        );
      case 'down':
        return HttpResponse.error();
      case 'empty': {
        const url = new URL(request.url);
        const answer = request.method === 'GET' ? answers[url.pathname] : undefined;
        if (answer === undefined) return undefined;
        return HttpResponse.json(typeof answer === 'function' ? answer(url) : answer);
      }
      default:
        return undefined;
    }
  });

  const hold = (): void => {
    network = 'held';
    held = new Promise((resolve) => (release = resolve));
  };

  async function mount(attrs?: string): Promise<E> {
    const given = attrs ?? (typeof options.attrs === 'function' ? await options.attrs() : (options.attrs ?? ''));
    const wrapper = fixtureSync<HTMLDivElement>(`<div><${tag} ${given}></${tag}></div>`);
    const el = wrapper.firstElementChild as E;
    // Before the first update, so that the element's first requests already use it.
    el.client = options.client?.() ?? testClient().client;
    options.setup?.(el);
    return el;
  }

  const showsContent = (el: E) =>
    waitFor(() => el.shadowRoot!.querySelector(content), `the content (${content})`, 10_000);

  describe(`${tag}: loading, empty, error and offline states (shared suite)`, function () {
    this.timeout(options.timeout ?? 20_000);

    before(async () => {
      const worker = await startSandbox();
      worker.use(front);
    });

    afterEach(() => {
      network = 'sandbox';
      answers = {};
      release();
      window.dispatchEvent(new Event('online'));
    });

    it('loading: shows a busy state while the API has not answered, axe-clean, then the content', async () => {
      hold();
      const el = await mount();
      await el.updateComplete;
      await waitFor(() => el.shadowRoot!.querySelector('[aria-busy="true"]'), 'a busy state');
      expect(has(part(el, 'status')), 'the loading part').to.equal(true);
      expect(text(part(el, 'status'))).to.contain(shared.state.loading);
      expect(has(el.shadowRoot!.querySelector(content)), 'no content yet').to.equal(false);
      await expect(el).to.be.accessible();

      network = 'sandbox';
      release();
      await showsContent(el);
      expect(has(el.shadowRoot!.querySelector('[part~="status"][aria-busy="true"]')), 'no busy state left').to.equal(
        false,
      );
    });

    if (empty) {
      it(`empty: says "${empty.message}"`, async () => {
        network = 'empty';
        answers = empty.answers ?? {};
        const el = await mount(empty.attrs);
        const name = empty.part ?? 'empty';
        await waitFor(() => part(el, name), `the ${name} part`, 10_000);
        expect(text(part(el, name))).to.contain(empty.message);
        expect(has(el.shadowRoot!.querySelector(content)), 'no content').to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('error: a 503 shows a sentence and Retry; Enter on Retry brings the content back, focus stays in the widget', async () => {
      network = 'failing';
      const el = await mount();
      await waitFor(() => part(el, 'retry-button'), 'the error state', 10_000);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain(shared.error.server);
      const retry = part(el, 'retry-button') as HTMLButtonElement;
      expect(text(retry)).to.equal(shared.state.retry);
      await expect(el).to.be.accessible();

      network = 'sandbox';
      retry.focus();
      expect(el.shadowRoot!.activeElement === retry, 'Retry focused').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await showsContent(el);
      expect(has(part(el, 'error')), 'no error left').to.equal(false);
      expect(document.activeElement?.localName, 'focus on the widget, not <body>').to.equal(tag);
      await expect(el).to.be.accessible();
    });

    it('offline: the offline banner shows over the content already loaded', async () => {
      const el = await mount();
      await showsContent(el);
      network = 'down';
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(text(part(el, 'offline'))).to.equal(shared.state.offline);
      if (keepsContentOffline) expect(has(el.shadowRoot!.querySelector(content)), 'the content kept').to.equal(true);
      await expect(el).to.be.accessible();

      network = 'sandbox';
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(has(part(el, 'offline')), 'no banner once online').to.equal(false);
    });

    it('offline from the start: says so, then loads by itself when the network is back', async () => {
      network = 'down';
      const el = await mount();
      window.dispatchEvent(new Event('offline'));
      await waitFor(() => part(el, 'error'), 'the error state', 10_000);
      expect(text(part(el, 'offline'))).to.equal(shared.state.offline);
      expect(text(part(el, 'error'))).to.contain(shared.error.offline);
      await expect(el).to.be.accessible();

      network = 'sandbox';
      window.dispatchEvent(new Event('online'));
      await showsContent(el);
      expect(has(part(el, 'offline')), 'no banner once online').to.equal(false);
    });
  });
}
