// The script-tag bundle, part 2: the loader, dist/cdn/smart-haiphong.js, with the chunk
// table of part 1 (vite.cdn.config.ts) and the SRI hash of every file written into it.
// The only file without a content hash in its name: it is the address pages paste.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { ChunkTable } from './src/loader/loader.js';
import { READS } from './src/loader/reads.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist/cdn');
const graph = JSON.parse(readFileSync(join(dist, 'chunk-graph.json'), 'utf8')) as {
  version: string;
  tags: Record<string, string>;
  chunks: Record<string, { file: string; deps: string[] }>;
  idle: Record<string, string[]>;
  /** The files of the elements' and strings' chunks: the only ones the loader holds. */
  loaderFiles: string[];
  /** SRI hashes the chunks hand over for their lazy parts, as the CDN build took them. */
  integrity: Record<string, string>;
};
const sha256 = (file: string) =>
  `sha256-${createHash('sha256')
    .update(readFileSync(join(dist, file)))
    .digest('base64')}`;
// A lazy part's hash is taken inside the CDN build, before the files are written: check it
// against the bytes on disk, or every lazy part would be refused in the browser.
for (const [file, hash] of Object.entries(graph.integrity)) {
  if (sha256(file) !== hash) throw new Error(`${file}: the hash its importer carries does not match the file`);
}
// The table is what a page pays for every file the loader knows (~33 incompressible bytes of
// hash each), so it is terse: each file once, as its stem (`chunks/` and `.js` implied), its
// sha256 (the `sha256-` implied: as strong a check for this purpose as sha384, which
// sri.json keeps for the script tag itself) and the indexes of the files it imports.
const files = [...graph.loaderFiles].sort();
const nameOf = new Map(Object.entries(graph.chunks).map(([name, c]) => [c.file, name]));
const table: ChunkTable = {
  version: graph.version,
  widgets: Object.values(graph.tags),
  files: files.map((file) => {
    const stem = /^chunks\/(.+)\.js$/.exec(file)?.[1];
    const name = nameOf.get(file);
    // The loader reads a chunk's name off its stem, `<name>-<8-character hash>`.
    if (!stem || (name !== undefined && stem.slice(0, -9) !== name) || (name === undefined && nameOf.has(file))) {
      throw new Error(`${file}: not a chunk file the loader can name`);
    }
    if (name === undefined && Object.hasOwn(graph.chunks, stem.slice(0, -9))) {
      throw new Error(`${file}: its stem reads as the name of another chunk`);
    }
    const hash = sha256(file).slice('sha256-'.length);
    // Largest first: on HTTP/1.1 a host gets six connections, and the runtime, the largest
    // file, should not wait for one behind the small ones.
    const size = (f: string) => readFileSync(join(dist, f)).length;
    const deps =
      name === undefined
        ? []
        : [...graph.chunks[name]!.deps].sort((a, b) => size(b) - size(a)).map((dep) => files.indexOf(dep));
    return deps.length ? [stem, hash, deps] : [stem, hash];
  }),
  idle: Object.fromEntries(Object.entries(graph.idle).filter(([, later]) => later.length)),
  reads: READS,
};
for (const widget of Object.keys(READS)) {
  if (!table.widgets.includes(widget)) throw new Error(`src/loader/reads.ts names '${widget}', which is no widget`);
}

export default defineConfig({
  define: { __SHP_TABLE__: JSON.stringify(table) },
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
