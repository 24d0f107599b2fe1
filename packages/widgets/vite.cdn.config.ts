// The script-tag bundle: dist/cdn/smart-haiphong.js, an ES module with everything in
// it (lit, the SDK, every element) except the map engine, which is a chunk loaded on
// first use; maplibre's worker is emitted beside the bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const require = createRequire(import.meta.url);

/**
 * Copies maplibre's worker to dist/cdn/maplibre-gl-worker.mjs, where src/cdn.ts points
 * `setWorkerUrl` (see docs/anatomy.md, "Map worker"). The source map comment is
 * dropped because the map is not shipped.
 */
function maplibreWorker(): Plugin {
  return {
    name: 'shp:maplibre-worker',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'maplibre-gl-worker.mjs',
        source: source.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'),
      });
    },
  };
}

/** maplibre's CSS (imported `?inline`) gets a chunk of its own; name it apart from the engine. */
const chunkFileName = (chunk: { facadeModuleId: string | null }): string =>
  chunk.facadeModuleId?.endsWith('.css?inline') ? 'chunks/[name]-css-[hash].js' : 'chunks/[name]-[hash].js';

export default defineConfig({
  define: { __SHP_VERSION__: JSON.stringify(pkg.version) },
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [maplibreWorker()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: { 'smart-haiphong': 'src/cdn.ts' }, formats: ['es'], fileName: () => 'smart-haiphong.js' },
    rolldownOptions: {
      output: {
        chunkFileNames: chunkFileName,
        // Vite's library mode keeps whitespace in ES output (for bundlers downstream);
        // this bundle goes straight to browsers, so minify fully. Licence comments stay.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
