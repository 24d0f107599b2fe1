import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { encode, mergeHash, parseHash, readHash } from './hash-params.js';

// The pure helpers live apart, so that a widget that only builds links (the feedback form)
// does not load the controller.
export { mergeHash, parseHash, readHash, type HashParts } from './hash-params.js';

/**
 * Why the hash changed under a widget: `link`, an in-page link was followed (another
 * widget's "Xem phản ánh", a shared link on the page): the widget it opens comes into
 * view and takes focus; `history`, Back/Forward or an address typed: the view is restored,
 * and focus moves only when `mayFocus`.
 */
export interface HashNavigation {
  cause: 'link' | 'history';
  /**
   * Focus was inside this widget, or lost to `<body>`, when the hash changed (read before
   * the view changes): the widget may move focus to what it now shows. Never steal it
   * from elsewhere on the page. Always true for `link` (the citizen asked for this widget).
   */
  mayFocus: boolean;
}

/** The hash of the last same-page link clicked, until its `hashchange` has been handled. */
let linkHash: string | undefined;
/** That link itself, for Back to return focus to it. */
let linkElement: HTMLAnchorElement | undefined;
/**
 * The page's own link just followed (a skip link's `#noi-dung`, a menu's `#dich-vu-cong`):
 * its hash, and the widgets' keys to put back after it (the browser replaces the whole hash).
 */
let pageLink: { hash: string; params: [string, string][] } | undefined;
let listening = false;
/** The controllers of connected widgets, to tell one that a link asked for it again. */
const controllers = new Set<HashStateController>();

/**
 * The hash a same-page link leads to, merged into the current one: the link's keys take its
 * values, every other key stays (a link rendered a while ago must not wind back a search
 * typed since). `same`: the hash already says all that. Null when the link carries no
 * widget state (the page's own `#noi-dung`: left to the browser).
 */
function linkTarget(link: string): { hash: string; same: boolean; namespaces: Set<string> } | null {
  const { page, params } = parseHash(link);
  if (!params.length) return null;
  const byNamespace = new Map<string, Record<string, string>>();
  for (const [key, value] of params) {
    const dot = key.lastIndexOf('.');
    if (dot <= 0) return null;
    const ns = key.slice(0, dot);
    byNamespace.set(ns, { ...byNamespace.get(ns), [key.slice(dot + 1)]: value });
  }
  const current = parseHash(location.hash);
  const samePage = !page.length || page.join('&') === current.page.join('&');
  let hash = samePage
    ? location.hash
    : `#${[...page, ...current.params.map(([k, v]) => `${encode(k)}=${encode(v)}`)].join('&')}`;
  let same = samePage;
  for (const [ns, values] of byNamespace) {
    const now = readHash(hash, ns);
    if (Object.entries(values).every(([k, v]) => now.get(k) === v)) continue;
    same = false;
    hash = mergeHash(hash, ns, { ...Object.fromEntries(now), ...values });
  }
  return { hash, same, namespaces: new Set(byNamespace.keys()) };
}

/** One listener for the page: remembers a same-page link whose fragment is about to change. */
function listenForLinks(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    // Links inside shadow roots: the path, not the retargeted target.
    const a = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!a?.href || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname || url.search !== location.search) return;
    const target = linkTarget(url.hash);
    if (!target) {
      // The browser follows it (scrolls to the page's element, moves the focus start); the
      // widgets' keys are put back once it has (`keepWidgetKeys`).
      linkHash = url.hash;
      const { params } = parseHash(location.hash);
      pageLink = params.length && url.hash ? { hash: url.hash, params } : undefined;
      return;
    }
    event.preventDefault();
    if (target.same) {
      // Nothing changes in the hash (the tracker already shows that code): the widget is
      // still brought into view, as the citizen asked.
      // A widget's own link to what it shows (a share link) moves nothing.
      for (const controller of controllers)
        if (target.namespaces.has(controller.namespace) && !controller.owns(a)) controller.notify('link');
      return;
    }
    linkHash = target.hash;
    linkElement = a;
    location.hash = target.hash; // a new history entry, as the link itself would make
  });
  // Registered before any controller's listeners, so that they never see the keys gone
  // (the fragment navigation fires popstate, then hashchange).
  window.addEventListener('popstate', keepWidgetKeys);
  window.addEventListener('hashchange', keepWidgetKeys);
  // After every controller has handled this change (same dispatch), forget the link.
  window.addEventListener('hashchange', () => setTimeout(() => (linkHash = linkElement = undefined)));
}

/**
 * After the page's own link, the widgets' keys follow its fragment again (`#noi-dung&…`),
 * in the same history entry: what the widgets show stays open, and none takes focus.
 */
function keepWidgetKeys(): void {
  if (!pageLink || location.hash !== pageLink.hash) return;
  const { page } = parseHash(location.hash);
  const hash = [...page, ...pageLink.params.map(([k, v]) => `${encode(k)}=${encode(v)}`)].join('&');
  pageLink = undefined;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
}

/** Whether motion should be kept to a minimum (the citizen's system setting). */
export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Brings `element` into view and focuses `target` without a second jump. For links that open
 * another widget on the page. The scroll is the page's own kind (its CSS `scroll-behavior`,
 * as a fragment link would be; never smooth under reduced motion). A virtual list the scroll
 * crosses (the news feed) corrects the page's scroll position as it measures its rows, which
 * stops a smooth scroll half way: once the page has settled, a widget still out of view is
 * brought into view again, at once.
 */
export function reveal(element: Element, target: HTMLElement | null | undefined): void {
  const scroll = (behavior: ScrollBehavior) => element.scrollIntoView({ behavior, block: 'start' });
  scroll(reducedMotion() ? 'instant' : 'auto');
  target?.focus({ preventScroll: true });
  // The citizen scrolling or typing meanwhile has the last word.
  const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
  let moved = false;
  const stop = () => (moved = true);
  for (const type of inputs) addEventListener(type, stop, { capture: true, passive: true });
  let last = NaN;
  let still = 0;
  const started = performance.now();
  const check = () => {
    // Settled: the same position for 10 frames (a smooth scroll moves every frame), or 3 s.
    still = window.scrollY === last ? still + 1 : 0;
    last = window.scrollY;
    if (!moved && still < 10 && performance.now() - started < 3000) return void requestAnimationFrame(check);
    for (const type of inputs) removeEventListener(type, stop, { capture: true });
    const { top, bottom } = element.getBoundingClientRect();
    if (!moved && (bottom <= 0 || top >= innerHeight)) scroll('instant');
  };
  requestAnimationFrame(check);
}

/**
 * A widget's state in the URL fragment, under its own namespace (the element's `id`,
 * else its tag without `shp-`), merged with the rest of the hash. `write` replaces the
 * history entry (typing, a filter, a pan: not a "back" step) unless asked to `push` one
 * (opening something: a procedure, an article, a report, a code looked up), so that Back
 * returns to the list. `onChange` runs when this widget's values change from outside
 * (Back/Forward, a link on the page, a pasted address), with why and whether it may focus.
 */
export class HashStateController implements ReactiveController {
  /** This widget's values as last seen, to call `onChange` once per change that concerns it. */
  private seen = '';
  /**
   * The last link elsewhere on the page that opened something here, and this widget's values
   * before it: Back to those values returns focus to the link, as closing a dialog returns it
   * to its opener, instead of leaving the citizen in this widget far from where they were.
   */
  private opened: { link: HTMLAnchorElement; before: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: (values: Map<string, string>, navigation: HashNavigation) => void,
  ) {
    host.addController(this);
  }

  /** This widget's namespace in the hash. */
  get namespace(): string {
    return this.host.id || this.host.localName.replace(/^shp-/, '');
  }

  /** This widget's values in the current hash. */
  read(): Map<string, string> {
    return readHash(location.hash, this.namespace);
  }

  /**
   * Sets this widget's values in the hash, keeping the page's fragment and other widgets'
   * keys. `push`: a new history entry (something was opened); else the current one is replaced.
   */
  write(values: Record<string, string | undefined>, { push = false }: { push?: boolean } = {}): void {
    const next = mergeHash(location.hash, this.namespace, values);
    this.seen = this.key();
    if (next === location.hash || (next === '' && location.hash === '#')) return;
    const url = `${location.pathname}${location.search}${next}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    this.seen = this.key();
  }

  /** A link to this page with `values` as this widget's state (for share buttons). */
  link(values: Record<string, string | undefined>): string {
    const url = new URL(location.href);
    url.hash = mergeHash(url.hash, this.namespace, values);
    return url.href;
  }

  hostConnected(): void {
    listenForLinks();
    controllers.add(this);
    this.seen = this.key();
    // Back/Forward between entries that differ only in the hash fire both events (hashchange
    // is queued after popstate); `seen` keeps it to one call.
    window.addEventListener('popstate', this.handle);
    window.addEventListener('hashchange', this.handle);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    window.removeEventListener('popstate', this.handle);
    window.removeEventListener('hashchange', this.handle);
  }

  private key(): string {
    return JSON.stringify([...this.read()]);
  }

  private readonly handle = (): void => {
    const key = this.key();
    if (key === this.seen) return;
    const before = this.seen;
    this.seen = key;
    const cause = linkHash !== undefined && linkHash === location.hash ? 'link' : 'history';
    if (cause === 'link' && linkElement && !this.owns(linkElement)) this.opened = { link: linkElement, before };
    const back = cause === 'history' && this.opened?.before === key && this.opened.link.isConnected;
    this.notify(cause, back ? this.opened!.link : undefined);
  };

  /** Whether `node` is inside this widget (its shadow root included). */
  owns(node: Node): boolean {
    return node.getRootNode() === this.host.shadowRoot || this.host.contains(node);
  }

  /**
   * Calls `onChange` with the current values (also when a link asks again for what is shown).
   * `returnTo`: Back undid what that link opened; it takes focus instead of the widget.
   */
  notify(cause: HashNavigation['cause'], returnTo?: HTMLElement): void {
    const active = document.activeElement;
    // `active === host` also when focus is in a modal dialog of the widget, which `:focus-within` misses (Chromium 156).
    const mayFocus =
      cause === 'link' ||
      !active ||
      active === document.body ||
      active === this.host ||
      this.host.matches(':focus-within');
    this.onChange?.(this.read(), { cause, mayFocus: mayFocus && !returnTo });
    if (mayFocus && returnTo) returnTo.focus();
  }
}
