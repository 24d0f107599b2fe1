// Issue 9, "what it must show": every fault the sandbox can inject × every kind of call the
// SDK makes (a read, a submit, a photo upload, the outbox queueing then flushing), over real
// HTTP. Each cell is tried twice: the fault once (the SDK's own retry must absorb it) and the
// fault on every attempt the SDK makes (the call fails with a typed error; the caller retries,
// with the key from the error for a write). Asserted: one report (or photo) per intended
// submission, none lost, and every read correct in the end or a typed error. The table of
// tried / correct is printed for the closing note.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import {
  Outbox,
  isShpError,
  memoryStorage,
  type FeedbackSubmission,
  type ShpClient,
  type ShpError,
} from '../src/index.js';
import { clientFor, fetchWith, reportFactory, startSandbox, uniqueId, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
let base: ShpClient;
let report: (title: string) => FeedbackSubmission;
let units: string;
let oneReport: { id: string; json: string };
before(async () => {
  sandbox = await startSandbox();
  base = clientFor(sandbox);
  report = await reportFactory(base);
  units = JSON.stringify(await base.units.list());
  const id = (await base.feedback.list({ limit: 1 })).items[0]!.id;
  oneReport = { id, json: JSON.stringify(await base.feedback.get(id)) };
});
after(() => sandbox.close());

/** The SDK's attempts per call: 1 + 2 retries (the default retry limit). */
const ATTEMPTS = 3;
const SLOW = { fault: 'slow:600', timeout: 150, settleMs: 700 };

/** Every fault the sandbox injects (see packages/sandbox/README.md, "Fault injection"). */
const FAULTS = ['500', '503', '429', SLOW.fault, 'drop', 'drop-after', 'drop-body', 'truncate', 'contract'] as const;
type Fault = (typeof FAULTS)[number];
const OPERATIONS = ['read: list', 'read: get', 'submit', 'upload', 'outbox'] as const;
type Operation = (typeof OPERATIONS)[number];

/** A client whose first `times` requests get `fault`; Retry-After 0 so that the matrix stays quick. */
function faulty(fault: Fault, times: number): ShpClient {
  return clientFor(sandbox, {
    fetch: fetchWith({
      'x-sandbox-fault': fault,
      'x-sandbox-fault-times': String(times),
      'x-sandbox-fault-id': uniqueId(fault),
      'x-sandbox-fault-retry-after': '0',
    }),
    ...(fault === SLOW.fault ? { timeout: SLOW.timeout } : {}),
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Lets attempts the client gave up on (a timeout) land on the server before counting. */
const settle = (fault: Fault) => (fault === SLOW.fault ? sleep(SLOW.settleMs) : Promise.resolve());

function reportsTitled(title: string): { photos: unknown[] }[] {
  return [...sandbox.sandbox.store.feedback.submitted.values()].filter((d) => d.title === title) as never;
}

const photo = () =>
  new Blob(
    [
      Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=='),
        (c) => c.charCodeAt(0),
      ),
    ],
    { type: 'image/png' },
  );

/** The call failed with one of the SDK's typed errors (what a caller can act on). */
function typed(error: unknown): ShpError {
  assert.ok(isShpError(error), `a typed SDK error, got ${String(error)}`);
  return error;
}

/**
 * One cell: `times` faulty attempts, then what the caller does. Throws (with the reason) when
 * an invariant breaks.
 */
async function run(op: Operation, fault: Fault, times: number): Promise<void> {
  const client = faulty(fault, times);
  const persistent = times >= ATTEMPTS;
  switch (op) {
    case 'read: list':
    case 'read: get': {
      const read = () => (op === 'read: list' ? client.units.list() : client.feedback.get(oneReport.id));
      const expected = op === 'read: list' ? units : oneReport.json;
      let result: unknown;
      try {
        result = await read();
      } catch (error) {
        typed(error);
        assert.ok(persistent, `a one-off ${fault} is absorbed by the SDK's retry: ${String(error)}`);
        result = await read(); // the caller's retry (the fault is over)
      }
      assert.equal(JSON.stringify(result), expected, 'the read is correct');
      return;
    }
    case 'submit': {
      const title = `Mất điện chiếu sáng ${uniqueId(fault)}`;
      try {
        await client.feedback.submit(report(title));
      } catch (error) {
        const e = typed(error);
        assert.ok(persistent, `a one-off ${fault} is absorbed by the SDK's retry: ${String(error)}`);
        assert.ok(e.idempotencyKey, 'a failed write names its key');
        await base.feedback.submit(report(title), { idempotencyKey: e.idempotencyKey });
      }
      await settle(fault);
      assert.equal(reportsTitled(title).length, 1, 'exactly one report');
      return;
    }
    case 'upload': {
      const media = sandbox.sandbox.store.media;
      const before = media.size;
      let id: string;
      try {
        id = (await client.feedback.uploadMedia(photo())).id;
      } catch (error) {
        const e = typed(error);
        assert.ok(persistent, `a one-off ${fault} is absorbed by the SDK's retry: ${String(error)}`);
        assert.ok(e.idempotencyKey, 'a failed upload names its key');
        id = (await base.feedback.uploadMedia(photo(), { idempotencyKey: e.idempotencyKey })).id;
      }
      await settle(fault);
      assert.ok(media.get(id), 'the photo is stored');
      assert.equal(media.size - before, 1, 'exactly one photo');
      return;
    }
    case 'outbox': {
      const title = `Ngập úng ${uniqueId(fault)}`;
      const media = sandbox.sandbox.store.media;
      const before = media.size;
      const storage = memoryStorage();
      await new Outbox({ client, storage }).add(report(title), { photos: [photo()] });
      await new Outbox({ client, storage }).flush();
      // The fault lasts `times` requests; the outbox tries again when the network is back.
      for (let flushes = 0; (await storage.all()).length > 0 && flushes < 3; flushes++) {
        const [entry] = await storage.all();
        assert.equal(entry!.failed, undefined, `a ${fault} must not give the report up: ${JSON.stringify(entry)}`);
        await new Outbox({ client, storage }).flush();
      }
      await settle(fault);
      assert.deepEqual(await storage.all(), [], 'the outbox is empty: delivered');
      const stored = reportsTitled(title);
      assert.equal(stored.length, 1, 'exactly one report');
      assert.equal(stored[0]!.photos.length, 1, 'with its photo');
      assert.equal(media.size - before, 1, 'exactly one photo');
      return;
    }
  }
}

it('fault matrix: every sandbox fault × read, submit, upload, outbox: none lost, none doubled', async () => {
  const cells = new Map<string, { tried: number; correct: number }>();
  const failures: string[] = [];
  // One cell after another: photos are counted by the store's size before and after.
  for (const fault of FAULTS) {
    for (const op of OPERATIONS) {
      const cell = { tried: 0, correct: 0 };
      cells.set(`${fault}|${op}`, cell);
      for (const times of [1, ATTEMPTS]) {
        cell.tried++;
        try {
          await run(op, fault, times);
          cell.correct++;
        } catch (error) {
          failures.push(
            `${fault} × ${op} (fault ×${times}): ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
  }
  const width = Math.max(...FAULTS.map((f) => f.length));
  const rows = [
    `${'fault'.padEnd(width)} | ${OPERATIONS.join(' | ')}`,
    ...FAULTS.map(
      (fault) =>
        `${fault.padEnd(width)} | ${OPERATIONS.map((op) => {
          const c = cells.get(`${fault}|${op}`)!;
          return `${c.correct}/${c.tried}`.padEnd(op.length);
        }).join(' | ')}`,
    ),
  ];
  const total = [...cells.values()].reduce((s, c) => ({ tried: s.tried + c.tried, correct: s.correct + c.correct }), {
    tried: 0,
    correct: 0,
  });
  console.log(
    `fault matrix (correct/tried; each cell: the fault once, and on all ${ATTEMPTS} attempts)\n${rows.join('\n')}\n` +
      `total: ${total.correct}/${total.tried} correct`,
  );
  assert.deepEqual(failures, []);
});
