// Renders sanitised HTML into the live page and records any script that runs: a page-level
// flag (`top.__xss`) and the page's dialogs (alert, confirm, prompt, print) replaced by recorders.
import { sanitizeNewsFragment, sanitizeNewsHtml } from './sanitize.js';

export const ALLOWED_TAGS = new Set(
  'p br hr span div strong b em i u s small sub sup mark abbr time q cite blockquote code pre address h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table caption colgroup col thead tbody tfoot tr th td figure figcaption img a'.split(
    ' ',
  ),
);

type Recorder = { __xss?: (id: unknown) => void };

/** Installs the recorders; returns what they caught (ids and dialog calls). */
export function recordScripts(): string[] {
  const hits: string[] = [];
  const w = window as unknown as Recorder & Record<string, unknown>;
  w.__xss = (id) => hits.push(`flag:${String(id)}`);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    w[name] = (...args: unknown[]) => hits.push(`${name}:${args.map(String).join(',')}`);
  }
  return hits;
}

/** Puts each HTML into the page three ways: a fragment in the light DOM, the innerHTML sink, a shadow root. */
export async function renderAll(htmls: readonly string[], baseUrl?: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const options = baseUrl ? { baseUrl } : {};
  for (const html of htmls) {
    const a = document.createElement('article');
    a.replaceChildren(sanitizeNewsFragment(html, options));
    const b = document.createElement('article');
    b.innerHTML = sanitizeNewsHtml(html, options) as string;
    const c = document.createElement('article');
    c.attachShadow({ mode: 'open' }).replaceChildren(sanitizeNewsFragment(html, options));
    host.append(a, b, c);
  }
  // Give handlers their chances: focus, hover and toggle everything (links are not followed),
  // then wait for images and animations to load or fail.
  for (const el of [
    ...host.querySelectorAll('*'),
    ...[...host.querySelectorAll('article')].flatMap((a) => [...(a.shadowRoot?.querySelectorAll('*') ?? [])]),
  ]) {
    for (const type of ['mouseover', 'focus', 'toggle', 'animationstart']) el.dispatchEvent(new Event(type));
    if (el instanceof HTMLElement && el.tagName !== 'A') el.click();
  }
  await new Promise((r) => setTimeout(r, 600));
  return host;
}

/** Every element under a host, shadow roots included. */
export function allElements(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host);
  return out.filter((el) => el.tagName !== 'ARTICLE');
}
