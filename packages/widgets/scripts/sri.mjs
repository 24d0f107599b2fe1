// Writes dist/cdn/sri.json: a Subresource Integrity hash (sha384) for every file of the
// script-tag bundle, so that a portal can pin the exact bytes it embeds:
// <script type="module" src=".../smart-haiphong.js" integrity="sha384-…" crossorigin="anonymous">
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../dist/cdn/', import.meta.url).pathname;
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => /\.(m?js|css)$/.test(f))
  .sort();
const hashes = Object.fromEntries(
  files.map((f) => [
    f,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(dir, f)))
      .digest('base64')}`,
  ]),
);
writeFileSync(join(dir, 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`sri.json: ${files.length} files; smart-haiphong.js ${hashes['smart-haiphong.js']}`);
