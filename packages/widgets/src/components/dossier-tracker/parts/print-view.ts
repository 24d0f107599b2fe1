import type { Dossier, DossierPublic } from '@smart-haiphong/sdk';
import { html, render } from 'lit';
import type { ShpElement } from '../../../internal/shp-element.js';
import { dossierView, dateTime } from './dossier-view.js';

// A4 portrait, black on white, no interactive controls: what a citizen hands to a desk.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 15mm; }
html { color: #000; background: #fff; font: 11pt/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
body { margin: 0; max-width: 180mm; }
h1, h2, h3, h4, h5, h6 { font-size: 13pt; margin: 10pt 0 4pt; }
.result-title { font-size: 15pt; }
dl { display: grid; grid-template-columns: 45mm 1fr; gap: 2pt 6pt; margin: 6pt 0; }
dl > div { display: contents; }
dt { font-weight: 600; } dd { margin: 0; }
ol.timeline { padding-left: 14pt; } .timeline li { margin-bottom: 4pt; break-inside: avoid; }
.step-time, .step-actor, .step-note, .muted { display: block; color: #333; font-size: 10pt; }
.sample { border: 1px solid #000; display: inline-block; padding: 0 4pt; }
.status-box { border: 1px solid #000; padding: 4pt 8pt; }
.deadline.late { font-weight: 700; }
a { color: #000; } footer { margin-top: 12pt; font-size: 9pt; color: #333; }
`;

/** The dossier's status for printing: the same facts, without any button, link or field. */
export function printTemplate(host: ShpElement, d: DossierPublic | Dossier, now = Date.now()): unknown {
  return html`${dossierView(host, d, { headingDepth: -(host.headingLevel - 1), now })}
    <footer>
      ${host.t('dossierTracker.printedAt', { date: dateTime(host, now) })} · ${host.t('dossierTracker.printNote')}
    </footer>`;
}

/**
 * Opens the print view in a new window (inside the click, so popup blockers allow it) and asks
 * the browser to print it. Returns the window, or null when it was blocked.
 */
export function openPrintView(host: ShpElement, d: DossierPublic | Dossier, target?: Window | null): Window | null {
  const w = target ?? window.open('', '_blank');
  if (!w) return null;
  const doc = w.document;
  doc.documentElement.lang = host.config.locale;
  doc.title = `${d.code} · ${d.procedureName}`;
  const style = doc.createElement('style');
  style.textContent = PRINT_CSS;
  doc.head.append(style);
  render(printTemplate(host, d), doc.body);
  // Links in print are text: the URL is useless on paper and a control on screen.
  for (const a of doc.body.querySelectorAll('a')) a.replaceWith(...a.childNodes);
  setTimeout(() => w.print(), 0);
  return w;
}
