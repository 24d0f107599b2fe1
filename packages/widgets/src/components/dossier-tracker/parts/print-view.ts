import { render, type TemplateResult } from 'lit';

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

/**
 * Writes `page` (the dossier's facts, without any control: the caller builds it) into `w` as an
 * A4 page and asks the browser to print it. Links become text: a URL is useless on paper. The
 * caller opens the window inside the click, so popup blockers allow it. Returns `w` (null when
 * the window was blocked).
 */
export function openPrintView(
  w: Window | null,
  page: TemplateResult,
  options: { lang: string; title: string },
): Window | null {
  if (!w) return null;
  const doc = w.document;
  doc.documentElement.lang = options.lang;
  doc.title = options.title;
  const style = doc.createElement('style');
  style.textContent = PRINT_CSS;
  doc.head.append(style);
  render(page, doc.body);
  for (const a of doc.body.querySelectorAll('a')) a.replaceWith(...a.childNodes);
  for (const control of doc.body.querySelectorAll('button, input, textarea, select')) control.remove();
  setTimeout(() => w.print(), 0);
  return w;
}
