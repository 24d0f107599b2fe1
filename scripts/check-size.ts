// Fails when the script-tag bundle exceeds its size budgets (gzip bytes): the loader,
// what a page pays for one widget, and the lazy map engine.
import { BUDGETS, kb, measureBundle } from './bundle-sizes.js';

const { pages, widgets, lazy } = measureBundle();
let ok = true;
for (const m of [...pages, ...widgets, ...lazy]) {
  const budget = (BUDGETS as Record<string, number>)[m.name];
  const within = budget === undefined || m.gzip <= budget;
  ok &&= within;
  const verdict = budget === undefined ? '    ' : within ? 'ok  ' : 'OVER';
  console.log(
    `${verdict} ${m.name.padEnd(62)} ${kb(m.gzip).padStart(9)} gzip${budget ? ` (budget ${kb(budget)})` : ''}  ${m.files.length} files`,
  );
}
process.exit(ok ? 0 : 1);
