// The npm build: one ESM entry per element (src/entries/*.ts) plus index.js, for
// bundler users. Dependencies stay imports so apps dedupe them.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const entries: Record<string, string> = { index: 'src/index.ts' };
for (const file of readdirSync(new URL('./src/entries/', import.meta.url))) {
  if (file.endsWith('.ts')) entries[basename(file, '.ts')] = `src/entries/${file}`;
}

/** maplibre's CSS (imported `?inline`) gets a chunk of its own; name it apart from the engine. */
const chunkFileName = (chunk: { facadeModuleId: string | null }): string =>
  chunk.facadeModuleId?.endsWith('.css?inline') ? 'chunks/[name]-css-[hash].js' : 'chunks/[name]-[hash].js';

export default defineConfig({
  define: { __SHP_VERSION__: JSON.stringify(pkg.version) },
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      // The real externals, listed one by one: marking every bare import external would
      // also externalise the decorator helper Vite injects (@oxc-project/runtime),
      // which consumers do not have.
      external: [/^lit(\/.*)?$/, /^@lit\/task(\/.*)?$/, /^@smart-haiphong\/sdk(\/.*)?$/, /^maplibre-gl$/],
      output: { chunkFileNames: chunkFileName },
    },
  },
});
