// The script-tag bundle, part 1: every element, its strings per locale and each lazy
// part (map engine, map view, photo pipeline) as named, content-hashed chunks in
// dist/cdn/chunks/, with the shared runtime (Lit, the SDK, the base element) in chunks
// they share. Part 2 (vite.loader.config.ts) writes the loader, smart-haiphong.js,
// with the chunk table this build leaves in dist/cdn/chunk-graph.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as { version: string };
const require = createRequire(import.meta.url);
const LOCALES = ['vi', 'en'];

/** Every `.ts` file below a folder (no tests, stories or declaration files). */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !/\.(test|stories|d)\.ts$/.test(f))
    .map((f) => join(dir, f));
}

/** `lazy('name', () => import('specifier'))` calls: named lazy chunks, where they are used. */
function lazyChunks(): { name: string; id: string; file: string }[] {
  const found: { name: string; id: string; file: string }[] = [];
  for (const file of sources(join(here, 'src'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/lazy\(\s*'([\w.-]+)',\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\)/g)) {
      const [, name, specifier] = m as unknown as [string, string, string];
      const id = specifier.startsWith('.')
        ? resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))
        : specifier.endsWith('?inline')
          ? `${require.resolve(specifier.slice(0, -'?inline'.length))}?inline`
          : specifier;
      found.push({ name, id, file });
    }
  }
  return found;
}

const widgets = readdirSync(join(here, 'src/components')).filter((folder) =>
  existsSync(join(here, 'src/components', folder, `${folder}.ts`)),
);
const lazy = lazyChunks();
const input: Record<string, string> = {};
for (const folder of widgets) input[folder] = join(here, 'src/components', folder, `${folder}.ts`);
for (const { name, id } of lazy) input[name] = id;
for (const locale of LOCALES) input[`shared.${locale}`] = join(here, `src/translations/shared/${locale}.ts`);

/**
 * The chunk each widget may need later (its own lazy parts, and their strings in the page's locale):
 * the loader fetches them in idle time once the widget is shown.
 */
const idle: Record<string, string[]> = {};
for (const folder of widgets) {
  const dir = join(here, 'src/components', folder);
  // A shared module the widget imports itself (internal/marker-map: the map view) brings its
  // lazy parts; modules reached only through others (the map engine) do not.
  const imported = new Set<string>();
  for (const file of sources(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)) {
      imported.add(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    }
  }
  // A lazy part's strings (`marker-map.vi`) are one name, `marker-map.{locale}`: the loader
  // fetches the page locale's only. The widget's own strings and the shared ones come with its code.
  idle[folder] = [
    ...new Set(
      lazy
        .filter(
          (c) =>
            (!relative(dir, c.file).startsWith('..') || imported.has(c.file)) &&
            !LOCALES.some((locale) => c.name === `${folder}.${locale}` || c.name === `shared.${locale}`),
        )
        .map((c) => c.name.replace(/\.(vi|en)$/, '.{locale}')),
    ),
  ];
}

/** Chunks the loader itself holds (file, deps, SRI hash): each element's and each strings chunk. */
const isLoaderChunk = (name: string): boolean => widgets.includes(name) || /\.(vi|en)$/.test(name);

/**
 * Copies maplibre's worker into the bundle as a content-hashed file (the runtime
 * fetches it with its SRI hash and starts it from a blob: see internal/map-loader.ts),
 * and writes the chunk graph for the loader: for each named entry its file and every
 * file it imports statically.
 *
 * Lazy parts (the map view and engine, the photo pipeline, the news reader…) are not in
 * the loader's table: every hash there is ~33 incompressible bytes on every page. The
 * chunk that imports a lazy part carries its file, dependencies and SRI hashes instead,
 * and hands them to the loader (`SmartHaiPhong.chunks.add`) when it runs. That chunk was
 * itself checked, so the chain of integrity is unbroken: a tampered lazy part is refused.
 */
function chunkGraph(): Plugin {
  let workerFile = '';
  return {
    name: 'shp:chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      const source = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8').replace(
        /\n\/\/# sourceMappingURL=.*\s*$/,
        '\n',
      );
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      workerFile = `chunks/maplibre-gl-worker-${hash}.mjs`;
      this.emitFile({ type: 'asset', fileName: workerFile, source });
      const staticDeps = (file: string, seen = new Set<string>()): Set<string> => {
        const chunk = bundle[file];
        if (!chunk || chunk.type !== 'chunk') return seen;
        for (const dep of chunk.imports) {
          if (seen.has(dep)) continue;
          seen.add(dep);
          staticDeps(dep, seen);
        }
        return seen;
      };
      const chunks: Record<string, { file: string; deps: string[] }> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        chunks[output.name] = { file: output.fileName, deps: [...staticDeps(output.fileName)].sort() };
      }
      chunks['maplibre-worker'] = { file: workerFile, deps: [] };
      const tags = Object.fromEntries(widgets.map((folder) => [`shp-${folder}`, folder]));

      // What each chunk hands the loader: the lazy parts it imports (the worker goes with
      // the chunk that starts it). Chunks are finished dependencies first, so that a hash
      // is taken of the bytes that will be written.
      const loaderFiles = new Set(
        Object.entries(chunks)
          .filter(([name]) => isLoaderChunk(name))
          .flatMap(([, c]) => [c.file, ...c.deps]),
      );
      const nameOf = new Map(Object.entries(chunks).map(([name, c]) => [c.file, name]));
      const handed = new Map<string, string[]>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const names = output.dynamicImports
          .map((f) => nameOf.get(f))
          .filter((n) => n !== undefined && !isLoaderChunk(n));
        const modules = Object.keys(output.modules).map((id) => id.replaceAll('\\', '/'));
        if (modules.some((id) => id.endsWith('/src/internal/map-loader.ts'))) names.push('maplibre-worker');
        if (names.length) handed.set(output.fileName, [...new Set(names)] as string[]);
      }
      // Every lazy part must be handed over by some chunk, or the loader could not check it.
      const handedNames = new Set([...handed.values()].flat());
      for (const name of Object.keys(chunks)) {
        if (!isLoaderChunk(name) && !handedNames.has(name)) {
          throw new Error(`no chunk hands the lazy part '${name}' to the loader`);
        }
      }
      const integrity: Record<string, string> = {};
      const sri = (file: string): string => {
        const out = bundle[file]!;
        const bytes = out.type === 'chunk' ? out.code : out.source;
        return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
      };
      const state = new Map<string, 'busy' | 'done'>([[workerFile, 'done']]);
      integrity[workerFile] = `sha256-${createHash('sha256').update(source).digest('base64')}`;
      const finish = (file: string): string => {
        if (state.get(file) === 'done') return integrity[file]!;
        if (state.get(file) === 'busy') throw new Error(`lazy chunks import each other in a cycle at ${file}`);
        state.set(file, 'busy');
        const names = handed.get(file) ?? [];
        if (names.length) {
          const table: Record<string, string[]> = {};
          const hashes: Record<string, string> = {};
          for (const name of names) {
            const { file: lazyFile, deps } = chunks[name]!;
            table[name] = [lazyFile, ...deps];
            for (const f of [lazyFile, ...deps]) if (!loaderFiles.has(f)) hashes[f] = finish(f);
          }
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') throw new Error(`${file} is not a chunk`);
          // On a line of its own before the code: the source map only shifts by one line.
          chunk.code = `globalThis.SmartHaiPhong?.chunks?.add?.(${JSON.stringify(table)},${JSON.stringify(hashes)});\n${chunk.code}`;
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
        state.set(file, 'done');
        return (integrity[file] = sri(file));
      };
      for (const file of Object.keys(bundle)) if (bundle[file]!.type === 'chunk') finish(file);

      this.emitFile({
        type: 'asset',
        fileName: 'chunk-graph.json',
        source: `${JSON.stringify({ version: pkg.version, tags, chunks, idle, loaderFiles: [...loaderFiles].sort(), handed: Object.fromEntries(handed), integrity }, null, 2)}\n`,
      });
    },
  };
}

/**
 * Modules of the shared runtime chunk, fetched by every page: what the smallest widget (the
 * commune card) needs, so that its page pays for nothing else — Lit's core, ky, zod/mini,
 * the SDK's transport with the schemas and resources every page calls, the base element.
 */
function isRuntime(id: string): boolean {
  const path = id.replaceAll('\\', '/');
  return (
    /\/node_modules\/(lit-element|@lit\/reactive-element|@lit\/task|ky|zod)\//.test(path) ||
    /\/node_modules\/lit\/(index|decorators)\.js$/.test(path) ||
    /\/node_modules\/lit-html\/(lit-html|is-server)\.js$/.test(path) ||
    /\/packages\/sdk\/src\/(client|errors|compose-client|paging|schemas\/(common|endpoint|units)|resources\/units)\.ts$/.test(
      path,
    ) ||
    /\/packages\/widgets\/src\/(internal\/(shp-element|config|config-controller|localize-controller|offline-controller|client|data-task|define|lazy|version)|translations\/(index|types)|styles\/(tokens|states)|events\/shp-error)\.ts$/.test(
      path,
    )
  );
}

/**
 * The small shared pieces the other widgets use (headings at the host's level, the hash's
 * parsing and merging, the SDK's URL helper and text cleaning, the events but `shp-error`):
 * one more file for those pages instead of a handful, and none for the commune card's. The
 * hash state's controller (history, links, focus) is left to the widgets with `sync-url`:
 * the feedback form only builds links, and its page has a budget.
 */
function isShared(id: string): boolean {
  const path = id.replaceAll('\\', '/');
  return (
    /\/node_modules\/lit(-html)?\/static\.js$/.test(path) ||
    /\/packages\/sdk\/src\/(url|text)\.ts$/.test(path) ||
    /\/packages\/widgets\/src\/(internal\/(heading|hash-params)|events\/[^/]+)\.ts$/.test(path)
  );
}

/**
 * The feedback contract and the reference data (config, units, categories, statuses) with
 * the helpers only they need: one file for the form and the map, which need all of it (four
 * files before, each one more request, and on HTTP/1.1 beyond a host's six connections one
 * more round trip), and for the tracker and the rollout report, which need some of it.
 */
function isReference(id: string): boolean {
  const path = id.replaceAll('\\', '/');
  return (
    /\/packages\/sdk\/src\/(pkce|dossier-code|lookup-code|limits|schemas\/(config|citizen-text|feedback)|resources\/(config|feedback))\.ts$/.test(
      path,
    ) || /\/packages\/widgets\/src\/internal\/(units|reference-data)\.ts$/.test(path)
  );
}

export default defineConfig({
  define: { __SHP_VERSION__: JSON.stringify(pkg.version) },
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [chunkGraph()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: input, formats: ['es'] },
    rolldownOptions: {
      output: {
        // One shared runtime file instead of a dozen small ones: every file is one more
        // entry (name + SRI hash) in the loader's table and one more request. It holds what
        // every widget needs (Lit, ky, zod, the SDK's transport, the base element) and the
        // tiny helpers most share; resources and larger shared parts stay split by need.
        codeSplitting: {
          groups: [
            { name: 'runtime', test: isRuntime, priority: 2 },
            { name: 'shared', test: isShared, priority: 1 },
            { name: 'reference', test: isReference, priority: 1 },
            // Lit's directives, for the few widgets that use them: one file rather than three.
            {
              name: 'directives',
              test: /[\\/]node_modules[\\/]lit(-html)?[\\/](directive|directive-helpers|async-directive|directives[\\/][^\\/]+)\.js$/,
              priority: 1,
            },
          ],
        },
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'chunks/[name]-[hash][extname]',
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
