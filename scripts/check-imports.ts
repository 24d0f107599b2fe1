// The shape of the code, checked on every `pnpm lint`: no import cycles (type-only imports
// aside: they vanish at run time), and imports only along the allowed roads:
//   - the SDK imports neither the widgets nor the sandbox;
//   - the sandbox does not import the widgets;
//   - a widget's folder (components/<name>/) does not import another widget's folder
//     (its tests and stories may, as a page would put them together): what two widgets
//     share lives once in internal/, styles/, translations/ or events/.
// Fails with the offending files named. No dependency: relative imports are resolved by
// hand (`./x.js` is `./x.ts` in source), packages by their names.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['sdk', 'sandbox', 'widgets'] as const;

const files = PACKAGES.flatMap((pkg) => {
  const src = join(root, 'packages', pkg, 'src');
  return readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))
    .map((f) => join(src, f));
});

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Edge {
  to: string;
  typeOnly: boolean;
  dynamic: boolean;
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return undefined;
}

const graph = new Map<string, Edge[]>();
const problems: string[] = [];
const rel = (f: string) => relative(root, f);
const pkgOf = (f: string) => rel(f).split('/')[1];
const widgetOf = (f: string) => /packages\/widgets\/src\/components\/([^/]+)\//.exec(f)?.[1];

for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const m of code.matchAll(IMPORT)) edges.push({ to: m[3]!, typeOnly: !!m[2], dynamic: false });
  for (const m of code.matchAll(DYNAMIC)) edges.push({ to: m[1]!, typeOnly: false, dynamic: true });
  const resolved: Edge[] = [];
  for (const edge of edges) {
    const spec = edge.to;
    const pkg = pkgOf(file);
    if (spec.startsWith('@smart-haiphong/')) {
      const target = spec.split('/')[1];
      if (pkg === 'sdk' && target !== 'sdk') problems.push(`${rel(file)}: the SDK imports ${spec}`);
      if (pkg === 'sandbox' && target === 'widgets') problems.push(`${rel(file)}: the sandbox imports ${spec}`);
      continue;
    }
    if (!spec.startsWith('.')) continue;
    const target = resolveRelative(file, spec);
    if (!target) continue; // assets (?inline), JSON
    if (pkgOf(target) !== pkg) problems.push(`${rel(file)}: reaches into another package (${spec})`);
    const [a, b] = [widgetOf(file), widgetOf(target)];
    // Tests and stories may put two widgets together (a page would); the widgets' code may not.
    const demo = /\.(test|stories)\.ts$/.test(file);
    if (a && b && a !== b && !demo) problems.push(`${rel(file)}: widget "${a}" imports widget "${b}" (${spec})`);
    if (!a && b && !/\.(test|stories)\.ts$/.test(file) && !/\/(index|entries\/[^/]+)\.ts$/.test(file)) {
      problems.push(`${rel(file)}: shared code imports the widget "${b}" (${spec})`);
    }
    resolved.push({ ...edge, to: target });
  }
  graph.set(file, resolved);
}

// Cycles among static imports, type-only ones included (a cycle of types still ties two
// modules together): depth-first search.
const state = new Map<string, 'open' | 'done'>();
const stack: string[] = [];
const seen = new Set<string>();
function visit(file: string): void {
  state.set(file, 'open');
  stack.push(file);
  for (const edge of graph.get(file) ?? []) {
    if (edge.dynamic) continue;
    const s = state.get(edge.to);
    if (s === 'open') {
      const cycle = [...stack.slice(stack.indexOf(edge.to)), edge.to].map(rel);
      const key = [...cycle].sort().join();
      if (!seen.has(key)) {
        seen.add(key);
        problems.push(`import cycle: ${cycle.join(' → ')}`);
      }
    } else if (!s) visit(edge.to);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check-imports: ${problems.length} problem(s) in ${files.length} files`);
  process.exit(1);
}
console.log(`check-imports: ${files.length} files, no cycles, imports along the allowed roads`);
