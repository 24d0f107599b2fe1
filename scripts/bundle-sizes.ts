// Measures the script-tag bundle: what a page downloads before any widget is used
// (the entry and its static imports) and what loads lazily (the map engine).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CDN_DIR = new URL('../packages/widgets/dist/cdn/', import.meta.url).pathname;
export const ENTRY = 'smart-haiphong.js';

/** Size budgets in gzip bytes; `pnpm test` fails when one is exceeded. */
export const BUDGETS = {
  /** Everything a page loads for the widgets before a map is shown. */
  core: 60_000,
  /** What loads when a map becomes visible: maplibre (~290 KB), its worker (~147 KB), the map view. */
  lazy: 470_000,
};

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
  loaded: 'core' | 'lazy';
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g;

export function measureBundle(dir = CDN_DIR): BundleFile[] {
  if (!existsSync(join(dir, ENTRY))) throw new Error(`${join(dir, ENTRY)} is missing: build the widgets first`);
  const core = new Set<string>();
  const visit = (file: string) => {
    if (core.has(file)) return;
    core.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(m[1]!.replace(/^\.\//, ''));
  };
  visit(ENTRY);
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((file) => {
      const buf = readFileSync(join(dir, file));
      return {
        file,
        bytes: buf.length,
        gzip: gzipSync(buf, { level: 9 }).length,
        loaded: core.has(file) ? 'core' : 'lazy',
      } as const;
    })
    .sort((a, b) => (a.loaded === b.loaded ? b.gzip - a.gzip : a.loaded === 'core' ? -1 : 1));
}

export const total = (files: BundleFile[], loaded: 'core' | 'lazy') =>
  files.filter((f) => f.loaded === loaded).reduce((n, f) => n + f.gzip, 0);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
