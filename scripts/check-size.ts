// Fails when the script-tag bundle exceeds its size budgets (gzip bytes).
import { BUDGETS, kb, measureBundle, total } from './bundle-sizes.js';

const files = measureBundle();
for (const f of files)
  console.log(`${f.loaded.padEnd(5)} ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
let ok = true;
for (const loaded of ['core', 'lazy'] as const) {
  const size = total(files, loaded);
  const within = size <= BUDGETS[loaded];
  ok &&= within;
  console.log(`${within ? 'ok  ' : 'OVER'} ${loaded}: ${kb(size)} gzip (budget ${kb(BUDGETS[loaded])})`);
}
// Every file the entry imports statically is one more round trip before anything
// renders on a slow connection: the core must stay one file.
const coreFiles = files.filter((f) => f.loaded === 'core' && f.file.endsWith('.js'));
if (coreFiles.length !== 1) {
  ok = false;
  console.log(`OVER core is ${coreFiles.length} files (${coreFiles.map((f) => f.file).join(', ')}); it must be one`);
}
process.exit(ok ? 0 : 1);
