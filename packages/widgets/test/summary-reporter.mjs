// A web-test-runner reporter that ends the run with one plain line,
//   browser: 12 passed, 0 failed
// and writes { passed, failed, skipped } to a JSON file, so that scripts and people
// can read the result without parsing wtr's progress output.
//
// Counting: every test is passed, failed or skipped. A test file whose session
// failed without a failing test (it did not load, threw outside a test, timed out,
// the browser crashed) counts as one failed. A run with no test at all fails.
import { mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/** Totals of a run's sessions (one session per test file and browser). */
export function countSessions(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const before = totals.failed;
    countSuite(session.testResults, totals);
    const failedTests = totals.failed - before;
    if (failedTests === 0 && (session.passed === false || (session.errors?.length ?? 0) > 0)) totals.failed += 1;
  }
  return totals;
}

/**
 * @param {{ label?: string, outFile: string }} options
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryReporter({ label = 'browser', outFile }) {
  let totals;

  const write = () => {
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(totals ?? { passed: 0, failed: 0, skipped: 0 })}\n`);
  };

  // The line is printed on exit so that it comes after wtr's final progress output.
  // wtr exits with 0 when every session passed, even if none had a test, and exits
  // before any reporter starts when no test file matched: the exit hook covers both,
  // reporting zeros and setting a failing exit code.
  process.on('exit', () => {
    if (!totals) write();
    const { passed, failed, skipped } = totals ?? { passed: 0, failed: 0, skipped: 0 };
    const extra = skipped ? `, ${skipped} skipped` : '';
    writeSync(1, `${label}: ${passed} passed, ${failed} failed${extra}\n`);
    if (passed + failed === 0 || failed > 0) process.exitCode = 1;
  });

  return {
    onTestRunFinished({ sessions }) {
      totals = countSessions(sessions);
      write();
    },
    stop({ sessions }) {
      totals = countSessions(sessions);
      write();
    },
  };
}
