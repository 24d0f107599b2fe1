#!/usr/bin/env node
// The whole test suite: type checks, Node tests (SDK over real HTTP against the sandbox,
// sandbox), the build and its size budgets, browser tests in Chromium, drift checks.
// Ends with one line "tests: N passed, N failed"; a run that executed no test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tmp = `${root}.tmp`;
mkdirSync(tmp, { recursive: true });

const steps = [];
let passed = 0;
let failed = 0;

function run(name, command, args, { env = {} } = {}) {
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

/** A step that is one check (not a test runner): counts as one test. */
function check(name, command, args, options) {
  if (run(name, command, args, options)) passed++;
  else failed++;
}

const node = process.execPath;
const tsx = ['--conditions=source', '--import', 'tsx'];

check('lint (eslint, prettier)', 'pnpm', ['run', 'lint']);
// The root tsconfig.json is a solution file: every package, plus scripts, examples and configs.
check('typecheck (tsc -b)', node, [`${root}node_modules/typescript/bin/tsc`, '-b']);

/**
 * Runs the `*.test.ts` files of some folders with Node's test runner, counted from a TAP
 * copy of the output (Node 20's runner does not expand globs: the files are listed).
 */
function nodeTests(name, dirs) {
  const tapFile = `${tmp}/${name.replace(/\W+/g, '-')}.tap`;
  rmSync(tapFile, { force: true });
  const files = dirs
    .filter((dir) => existsSync(`${root}${dir}`))
    .flatMap((dir) =>
      readdirSync(`${root}${dir}`)
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `${dir}/${f}`),
    );
  run(name, node, [
    ...tsx,
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ]);
  if (!existsSync(tapFile)) return void failed++;
  const tap = readFileSync(tapFile, 'utf8');
  const count = (label) => Number(tap.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const ok = count('pass');
  const notOk = count('fail') + count('cancelled');
  console.log(`${name}: ${ok} passed, ${notOk} failed`);
  passed += ok;
  failed += notOk;
}

nodeTests('node tests', ['packages/sdk/test', 'packages/sandbox/test']);

// Build, then packaging, size budgets and generated-file drift.
check('build sdk', 'pnpm', ['--filter', '@smart-haiphong/sdk', 'run', 'build']);
check('build sandbox', 'pnpm', ['--filter', '@smart-haiphong/sandbox', 'run', 'build']);
check('build widgets', 'pnpm', ['--filter', '@smart-haiphong/widgets', 'run', 'build']);
check('packages (publint, are-the-types-wrong)', 'pnpm', ['run', 'check-packages']);
check('size budgets', node, [...tsx, 'scripts/check-size.ts']);
check('storybook builds', 'pnpm', ['run', 'build-storybook', '--quiet'], {
  env: { STORYBOOK_DISABLE_TELEMETRY: '1' },
});
// The example portal end to end in Chromium, on the bundle just built.
nodeTests('portal and loader end to end', ['examples/commune-portal/test', 'packages/widgets/test/cdn']);
check('custom-elements.json is up to date', 'git', [
  'diff',
  '--exit-code',
  '--',
  'packages/widgets/custom-elements.json',
]);

// Browser tests: the reporter writes its counts.
rmSync(`${tmp}/wtr-summary.json`, { force: true });
run('browser tests', 'pnpm', ['exec', 'web-test-runner']);
if (existsSync(`${tmp}/wtr-summary.json`)) {
  const summary = JSON.parse(readFileSync(`${tmp}/wtr-summary.json`, 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
} else {
  console.log('browser: no summary written (the runner failed to start)');
  failed++;
}

console.log('\n━━ steps');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
