import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startSandboxServer } from '@smart-haiphong/sandbox/server';
import { createClient, parseLookupCode, type LookupCode } from '../src/index.js';

// Every dossier and feedback code a reader is shown as an example must answer in the sandbox the
// README's first command starts: otherwise the first thing a new user types gives "Không tìm thấy".
const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const SOURCES = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...['sdk', 'sandbox', 'widgets'].map((p) => `packages/${p}/README.md`),
  'packages/widgets/src/components/dossier-tracker/translations/vi.ts',
  'packages/widgets/src/components/dossier-tracker/translations/en.ts',
  'packages/widgets/src/components/dossier-tracker/dossier-tracker.component.ts',
];

// Codes written as people type them (lower case, spaces around the dashes), each read by the SDK.
const CANDIDATE =
  /(?:[A-Z]*\d[A-Z0-9]*\.)*[A-Z]*\d[A-Z0-9]* ?[-–] ?\d{6} ?[-–] ?\d{1,6}(?!\d)|\bPA ?[-–]? ?\d{6}(?: ?[-–] ?| )\d{1,7}(?!\d)/gu;

function documentedCodes(): Map<string, { code: LookupCode; where: string }> {
  const out = new Map<string, { code: LookupCode; where: string }>();
  for (const path of SOURCES) {
    for (const m of read(path).toUpperCase().matchAll(CANDIDATE)) {
      const code = parseLookupCode(m[0]);
      if (code && !out.has(code.code)) out.set(code.code, { code, where: path });
    }
  }
  return out;
}

describe('the codes the docs and the tracker show resolve in a default sandbox', () => {
  let server: Awaited<ReturnType<typeof startSandboxServer>>;
  before(async () => {
    // Default options (seed, sizes, the real clock), as `pnpm start` and `pnpm sandbox` run it.
    server = await startSandboxServer({ port: 0, host: '127.0.0.1' });
  });
  after(() => server.close());

  const codes = documentedCodes();

  test('the scan finds the examples of the README, the guides and the hint', () => {
    // Guards the scan itself: a regex that finds nothing would make the next tests pass vacuously.
    for (const known of ['000.00.01.H26-260930-0012', 'H56.14-240823-0001', 'PA-261130-0001'])
      assert.ok(codes.has(known), `${known} not found in ${SOURCES.join(', ')}`);
    assert.equal(codes.get('000.00.01.H26-260930-0012')?.where, 'README.md');
  });

  for (const [code, { code: parsed, where }] of codes) {
    test(`${code} (${where})`, async () => {
      for (const locale of ['vi', 'en'] as const) {
        const shp = createClient({ baseUrl: server.url, locale, retry: { limit: 0 } });
        if (parsed.kind === 'dossier') {
          const d = await shp.dossiers.lookup(code);
          assert.equal(d.code, code);
          assert.equal(d.sample, true, 'documented dossiers are sample data');
          assert.ok(Date.parse(d.submittedAt) < Date.now());
        } else {
          const f = await shp.feedback.lookup(code);
          assert.equal(f.trackingCode, code);
          assert.equal(f.sample, true, 'documented reports are sample data');
        }
      }
    });
  }
});

describe('the documented samples do not depend on the size or seed options', () => {
  for (const options of [
    { seed: 2, feedback: 0, places: 0, dossiers: 0 },
    { seed: 99, feedback: 50_000, places: 10, dossiers: 2000 },
  ]) {
    test(JSON.stringify(options), async () => {
      const server = await startSandboxServer({ port: 0, host: '127.0.0.1', ...options });
      try {
        const shp = createClient({ baseUrl: server.url, retry: { limit: 0 } });
        assert.equal((await shp.dossiers.lookup('000.00.01.h26 - 260930 - 0012')).status.code, 10);
        assert.equal((await shp.dossiers.lookup('H56.14-240823-0001')).status.code, 10);
        const f = await shp.feedback.lookup('PA-261130-0001');
        assert.equal(f.trackingCode, 'PA-261130-0001');
        assert.equal(f.category.id, 'tieng-on');
        // The documented report is the first of its day: generated ones of that day follow it.
        if (options.feedback > 0) {
          const next = await shp.feedback.lookup('PA-261130-0002');
          assert.ok(Date.parse(next.createdAt) > Date.parse(f.createdAt));
        }
      } finally {
        await server.close();
      }
    });
  }
});
