// The "before" of `pnpm bench`: the script-tag bundle of main before the widget platform
// (issue 7), one ES module with every element (54 KB gzip), built from that commit's own
// sources and scripts and cached by commit, so that later runs reuse it.
//   1. `git archive <commit>` into a temporary directory (no worktree: the repository's
//      metadata is left alone);
//   2. `pnpm install --frozen-lockfile --offline` there (then without --offline, when
//      the store lacks a package);
//   3. `vite build --config vite.cdn.config.ts` in packages/widgets, the CDN step of
//      that commit's `build` script;
//   4. dist/cdn (source maps aside) copied to .cache/bench-before/<sha>/cdn.
// When that fails (a shallow clone without the commit, no network for the install), the
// bench falls back to the figures recorded in scripts/bench-before.recorded.json.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** main before the platform work: one 54.2 KB bundle with commune-info, feedback-form and feedback-map. */
export const BEFORE_COMMIT = '7879de2';
/** The elements that existed then. */
export const BEFORE_TAGS = ['shp-commune-info', 'shp-feedback-form', 'shp-feedback-map'] as const;
/** The build the cache holds, as that commit's `build` script ran it. */
export const BEFORE_BUILD =
  'pnpm install --frozen-lockfile --offline && cd packages/widgets && vite build --config vite.cdn.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BeforeBundle {
  /** The directory that holds smart-haiphong.js and its chunks. */
  dir: string;
  commit: string;
  fromCache: boolean;
}

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 }).toString();

/** Builds (or finds in the cache) the script-tag bundle of {@link BEFORE_COMMIT}. Throws when it cannot. */
export function beforeBundle(log: (line: string) => void = console.log): BeforeBundle {
  const commit = run('git', ['rev-parse', '--verify', `${BEFORE_COMMIT}^{commit}`], root).trim();
  const cache = join(root, '.cache', 'bench-before', commit);
  const dir = join(cache, 'cdn');
  if (existsSync(join(cache, 'built.json')) && existsSync(join(dir, 'smart-haiphong.js'))) {
    return { dir, commit, fromCache: true };
  }
  const work = join(tmpdir(), `shp-bench-before-${commit.slice(0, 12)}-${process.pid}`);
  log(`Building the "before" bundle of ${commit.slice(0, 7)} in ${work} (once; cached in .cache/bench-before/) …`);
  const started = performance.now();
  try {
    mkdirSync(work, { recursive: true });
    execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${work}"`], {
      cwd: root,
      stdio: 'pipe',
    });
    try {
      run('pnpm', ['install', '--frozen-lockfile', '--offline', '--reporter=silent'], work);
    } catch {
      run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], work);
    }
    run(
      'pnpm',
      ['exec', 'vite', 'build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn'],
      join(work, 'packages/widgets'),
    );
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    cpSync(join(work, 'packages/widgets/dist/cdn'), dir, { recursive: true, filter: (src) => !src.endsWith('.map') });
    writeFileSync(
      join(cache, 'built.json'),
      `${JSON.stringify({ commit, command: BEFORE_BUILD, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
  } catch (error) {
    const e = error as Error & { stderr?: Buffer };
    throw new Error(`${e.message.split('\n')[0]}${e.stderr ? `: ${e.stderr.toString().trim().slice(-400)}` : ''}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { dir, commit, fromCache: false };
}

/** One widget's first render on one network profile. */
export interface FirstRender {
  profile: string;
  element: string;
  /** Median ms from navigation start to content; null: not rendered within the time limit. */
  ms: number | null;
  /** JavaScript transferred (encoded bytes, headers included) by the time of that render, median. */
  jsBytes: number | null;
  /** What the element showed: its content, or its error state (then the time is not comparable). */
  state: 'content' | 'error' | 'none';
}

export interface RecordedBefore {
  commit: string;
  /** The command that produced these figures. */
  command: string;
  recordedAt: string;
  machine: string;
  results: FirstRender[];
}

export const RECORDED_FILE = join(root, 'scripts/bench-before.recorded.json');

/** The figures recorded by `… scripts/bench-render.ts --record-before` (the fallback). */
export function recordedBefore(): RecordedBefore {
  return JSON.parse(readFileSync(RECORDED_FILE, 'utf8')) as RecordedBefore;
}
