// Links to a report a citizen can read (never the API's JSON).
import { nothing } from 'lit';
import { mergeHash } from '../../../internal/hash-params.js';

/**
 * A link to a report a citizen can read, never the API's JSON: the page's `report-url`
 * template; else the dossier tracker on this page, opened on the report's code; else the
 * feedback map on this page (with `sync-url`), opened on the report; else none (the code
 * is shown, and the citizen can look it up wherever the commune has the tracker).
 */
export function reportHref(
  form: HTMLElement & { reportUrl?: string | undefined },
  id: string,
  trackingCode = '',
): string | undefined {
  if (form.reportUrl) {
    return form.reportUrl
      .replace('{id}', encodeURIComponent(id))
      .replace('{trackingCode}', encodeURIComponent(trackingCode));
  }
  const find = (selector: string) =>
    (form.getRootNode() as ParentNode).querySelector?.(selector) ?? document.querySelector(selector);
  // Only the widget's own keys: the link is followed later, and the other widgets' state of
  // now would wind back what the citizen did since (the hash state merges a link's keys).
  const link = (el: Element, values: Record<string, string>) => {
    const url = new URL(location.href);
    url.hash = mergeHash('', el.id || el.localName.replace(/^shp-/, ''), values);
    return url.href;
  };
  const tracker = find('shp-dossier-tracker');
  if (tracker && trackingCode) return link(tracker, { code: trackingCode });
  const map = find('shp-feedback-map[sync-url]');
  if (map) return link(map, { report: id });
  return undefined;
}

/** Links on this page open here; links elsewhere open a new tab, so the form is not lost. */
export const targetOf = (href: string): string | typeof nothing =>
  new URL(href, location.href).pathname === location.pathname ? nothing : '_blank';
