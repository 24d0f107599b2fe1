// The script-tag bundle, part 2: the loader, dist/cdn/smart-haiphong.js, with the chunk
// table of part 1 (vite.cdn.config.ts) and the SRI hash of every file written into it.
// The only file without a content hash in its name: it is the address pages paste.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist/cdn');
const graph = JSON.parse(readFileSync(join(dist, 'chunk-graph.json'), 'utf8')) as {
  version: string;
  tags: Record<string, string>;
  chunks: Record<string, { file: string; deps: string[] }>;
  idle: Record<string, string[]>;
};
const files = new Set(Object.values(graph.chunks).flatMap((c) => [c.file, ...c.deps]));
// sha256: as strong a check for this purpose, and 16 bytes of incompressible hash less per
// file in the loader (sri.json keeps sha384 for the script tag itself).
const integrity = Object.fromEntries(
  [...files].sort().map((file) => [
    file,
    `sha256-${createHash('sha256')
      .update(readFileSync(join(dist, file)))
      .digest('base64')}`,
  ]),
);

export default defineConfig({
  define: { __SHP_TABLE__: JSON.stringify({ ...graph, integrity }) },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: { 'smart-haiphong': join(here, 'src/loader/loader.ts') },
      formats: ['es'],
      fileName: () => 'smart-haiphong.js',
    },
    rolldownOptions: { output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
  },
});
