// The map's credits, in place of maplibre's AttributionControl: that control parses every
// credit as HTML (`DOMParser`, a Trusted Types sink its code cannot pass a policy to), so a
// page enforcing Trusted Types could not start the map. Here every credit is built with DOM
// calls: the deployment's from data, a style's own (HTML from a tile server) read through the
// inert parser down to its text and http(s) links.
import { safeUrl, type Credit } from '@smart-haiphong/sdk';
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { parseInert } from '../trusted-types.js';

/** A credit's link, opened safely; text alone when it has no http(s) address. */
function creditNode(credit: Credit): Node {
  const url = credit.url ? safeUrl(credit.url) : null;
  if (!url) return document.createTextNode(credit.text);
  const a = document.createElement('a');
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = credit.text;
  return a;
}

/**
 * A source's attribution (HTML by the style spec) as credits: its text, and each link's text
 * with its address when that is http(s). Nothing else of the markup survives.
 */
export function attributionCredits(html: string): Credit[] {
  const credits: Credit[] = [];
  let text = '';
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) credits.push({ text: t });
    text = '';
  };
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child instanceof Element && child.localName === 'a') {
        flush();
        const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        const url = safeUrl(child.getAttribute('href') ?? '');
        if (t) credits.push(url ? { text: t, url } : { text: t });
      } else if (child instanceof Element && !['script', 'style', 'template'].includes(child.localName)) walk(child);
    }
  };
  walk(parseInert(html, 'text/html').body);
  flush();
  return credits;
}

/**
 * The credits control: the deployment's credits, then those of the style's sources (a
 * source's credit the deployment's already contain is left out). Same markup and classes as
 * maplibre's control, so its styles and the view's compact mode apply unchanged.
 */
export class CreditsControl implements IControl {
  private map: MapLibreMap | undefined;
  private readonly container = document.createElement('details');
  private readonly inner = document.createElement('div');
  private shown = '';

  constructor(
    private readonly credits: readonly Credit[],
    private readonly label: string,
  ) {}

  getDefaultPosition(): 'bottom-right' {
    return 'bottom-right';
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    this.container.open = true;
    const summary = document.createElement('summary');
    summary.className = 'maplibregl-ctrl-attrib-button';
    summary.title = this.label;
    summary.setAttribute('aria-label', this.label);
    summary.addEventListener('click', this.toggle);
    this.inner.className = 'maplibregl-ctrl-attrib-inner';
    this.container.append(summary, this.inner);
    map.on('styledata', this.update);
    map.on('sourcedata', this.update);
    this.update();
    return this.container;
  }

  onRemove(): void {
    this.map?.off('styledata', this.update);
    this.map?.off('sourcedata', this.update);
    this.container.remove();
    this.map = undefined;
  }

  /** On a compact map the button shows and hides the credits (as maplibre's does). */
  private readonly toggle = (): void => {
    const list = this.container.classList;
    if (!list.contains('maplibregl-compact')) return;
    if (list.contains('maplibregl-compact-show')) {
      this.container.open = true;
      list.remove('maplibregl-compact-show');
    } else {
      list.add('maplibregl-compact-show');
      this.container.open = false;
    }
  };

  private readonly update = (event?: { dataType?: string; sourceDataType?: string }): void => {
    const map = this.map;
    if (!map) return;
    // As maplibre's control: a style, or a source's metadata, not every tile that arrives.
    if (event?.dataType === 'source' && event.sourceDataType !== 'metadata' && event.sourceDataType !== 'visibility')
      return;
    const all = [...this.credits];
    const seen = new Set(all.map((c) => c.text.toLowerCase()));
    const said = all.map((c) => c.text.toLowerCase()).join(' ');
    for (const id of Object.keys(map.getStyle()?.sources ?? {})) {
      const attribution = (map.getSource(id) as { attribution?: string } | undefined)?.attribution;
      if (!attribution) continue;
      for (const credit of attributionCredits(attribution)) {
        const key = credit.text.toLowerCase();
        if (seen.has(key) || said.includes(key)) continue;
        seen.add(key);
        all.push(credit);
      }
    }
    const signature = JSON.stringify(all);
    if (signature === this.shown) return;
    this.shown = signature;
    const nodes: Node[] = [];
    for (const credit of all) {
      if (nodes.length) nodes.push(document.createTextNode(' · '));
      nodes.push(creditNode(credit));
    }
    this.inner.replaceChildren(...nodes);
    this.container.classList.toggle('maplibregl-attrib-empty', nodes.length === 0);
  };
}
