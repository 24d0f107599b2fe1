// Issue 9, cases 2 and 3: no duplicate report whoever retries, and reads that recover from a
// one-off bad answer. Over real HTTP against the sandbox, with its fault injection.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  isContractError,
  isHttpError,
  isShpError,
  type FeedbackSubmission,
  type ShpClient,
  type ShpError,
} from '../src/index.js';
import { parseRetryAfter } from '../src/client.js';
import { clientFor, fetchWith, reportFactory, startSandbox, uniqueId, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
let base: ShpClient;
let report: (title: string) => FeedbackSubmission;
before(async () => {
  sandbox = await startSandbox();
  base = clientFor(sandbox);
  report = await reportFactory(base);
});
after(() => sandbox.close());

/** A fault on the first `times` requests of one id: the SDK's own attempts, then it lets requests through. */
const faultTimes = (kind: string, times: number, extra: Record<string, string> = {}) =>
  fetchWith({
    'x-sandbox-fault': kind,
    'x-sandbox-fault-times': String(times),
    'x-sandbox-fault-id': uniqueId(kind),
    ...extra,
  });

/** Reports with exactly this title, counted in the sandbox itself (private ones too). */
function reportsTitled(title: string): number {
  const store = sandbox.sandbox.store.feedback;
  let n = 0;
  for (const details of store.submitted.values()) if (details.title === title) n++;
  return n;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Every fault that leaves the caller not knowing whether the report was recorded. Each hits
// all three of the SDK's attempts (1 + 2 retries), so the call fails and the caller retries.
const FAULTS: { name: string; fault: string; options?: { timeout: number }; settleMs?: number }[] = [
  { name: 'timeout', fault: 'slow:1200', options: { timeout: 250 }, settleMs: 1300 },
  { name: 'drop (no answer)', fault: 'drop' },
  { name: 'drop-after (recorded, then no answer)', fault: 'drop-after' },
  { name: 'drop-body (2xx headers, then the connection drops)', fault: 'drop-body' },
  { name: 'truncate (2xx body cut in half)', fault: 'truncate' },
  { name: 'contract (2xx that breaks the contract)', fault: 'contract' },
];

describe('case 2: a caller that retries submit() with the key from the error creates one report', () => {
  for (const { name, fault, options, settleMs } of FAULTS) {
    it(`${name}: the error carries the key; the retry with it lands once`, async () => {
      const title = `Mất điện chiếu sáng ${uniqueId(fault)}`;
      const flaky = clientFor(sandbox, { fetch: faultTimes(fault, 3), ...options });
      let failure: ShpError | undefined;
      await flaky.feedback.submit(report(title)).catch((e: unknown) => {
        assert.ok(isShpError(e), `an SDK error, got ${String(e)}`);
        failure = e;
      });
      assert.ok(failure, 'the faulty call fails');
      assert.match(failure.idempotencyKey ?? '', /^[\x21-\x7e]{8,255}$/, 'the error carries the key it was sent with');
      const receipt = await base.feedback.submit(report(title), { idempotencyKey: failure.idempotencyKey });
      assert.equal((await base.feedback.get(receipt.id)).title, title);
      if (settleMs) await sleep(settleMs); // the slow attempts finish on the server meanwhile
      assert.equal(reportsTitled(title), 1, 'exactly one report');
    });
  }

  it('an HTTP error from a write carries the key too, and the same key with another body is refused', async () => {
    const title = `Rác tồn đọng ${uniqueId('t')}`;
    const failure = await base.feedback
      .submit(report(title), { idempotencyKey: 'k'.repeat(300) })
      .then(() => assert.fail('a 300-character key is refused'))
      .catch((e: ShpError) => e);
    assert.ok(isHttpError(failure) && failure.status === 400 && failure.param === 'header.Idempotency-Key');
    assert.equal(failure.idempotencyKey, 'k'.repeat(300));
    const key = uniqueId('key');
    await base.feedback.submit(report(title), { idempotencyKey: key });
    await assert.rejects(
      base.feedback.submit(report(`${title} (sửa)`), { idempotencyKey: key }),
      (e) => isHttpError(e) && e.status === 422 && e.idempotencyKey === key,
    );
    assert.equal(reportsTitled(title), 1);
  });

  it('reads carry no key', async () => {
    await assert.rejects(
      clientFor(sandbox, { fetch: faultTimes('500', 3) }).units.list(),
      (e) => isHttpError(e) && e.idempotencyKey === undefined,
    );
  });
});

describe('case 2: the SDK retries a write whose 2xx answer it could not read, with the same key', () => {
  for (const fault of ['truncate', 'contract', 'drop-body', 'drop-after']) {
    it(`${fault} once: submit resolves with the receipt, one report`, async () => {
      const title = `Ngập úng sau mưa ${uniqueId(fault)}`;
      const receipt = await clientFor(sandbox, { fetch: faultTimes(fault, 1) }).feedback.submit(report(title));
      assert.match(receipt.trackingCode, /^PA-\d{6}-\d{4,}$/);
      assert.equal((await base.feedback.get(receipt.id)).title, title);
      assert.equal(reportsTitled(title), 1);
    });
  }

  for (const { name, fault, options, settleMs } of FAULTS) {
    it(`uploadMedia, ${name}: once by itself; after the SDK gives up, once with the key from the error`, async () => {
      const photo = new Blob([pngBytes()], { type: 'image/png' });
      const media = sandbox.sandbox.store.media;
      const before = media.pendingUsage.count;
      const up = await clientFor(sandbox, { fetch: faultTimes(fault, 1), ...options }).feedback.uploadMedia(photo);
      assert.ok(media.get(up.id));

      const failure = await clientFor(sandbox, { fetch: faultTimes(fault, 3), ...options })
        .feedback.uploadMedia(photo)
        .then(() => assert.fail('three faults in a row fail the call'))
        .catch((e: ShpError) => e);
      assert.ok(failure.idempotencyKey);
      const again = await base.feedback.uploadMedia(photo, { idempotencyKey: failure.idempotencyKey });
      assert.ok(media.get(again.id));
      if (settleMs) await sleep(settleMs);
      assert.equal(media.pendingUsage.count, before + 2, 'one photo per intended upload');
    });
  }
});

describe('case 3: reads recover from a one-off bad answer; garbage Retry-After does not wait the cap', () => {
  for (const fault of ['truncate', 'contract', 'drop-body']) {
    it(`${fault} once: the read is retried and succeeds`, async () => {
      const { items } = await clientFor(sandbox, { fetch: faultTimes(fault, 1) }).units.list();
      assert.equal(items.length, 114);
    });
  }

  it('a lasting contract break still surfaces as a contract error after the retries', async () => {
    await assert.rejects(clientFor(sandbox, { fetch: faultTimes('contract', 3) }).units.list(), (e) =>
      isContractError(e),
    );
  });

  for (const status of ['503', '429']) {
    it(`${status} with Retry-After: soon waits the normal backoff, not the 10 s cap`, async () => {
      const started = Date.now();
      const { items } = await clientFor(sandbox, {
        fetch: faultTimes(status, 1, { 'x-sandbox-fault-retry-after': 'soon, promise' }),
      }).units.list();
      assert.equal(items.length, 114);
      const took = Date.now() - started;
      assert.ok(took < 2000, `retried after ${took} ms`);
    });
  }

  it('a valid Retry-After is still obeyed', async () => {
    const started = Date.now();
    await clientFor(sandbox, { fetch: faultTimes('503', 1, { 'x-sandbox-fault-retry-after': '1' }) }).units.list();
    assert.ok(Date.now() - started >= 900);
  });

  it('parseRetryAfter reads delta-seconds and HTTP dates, and nothing else', () => {
    assert.equal(parseRetryAfter('3'), 3);
    assert.equal(parseRetryAfter(' 0 '), 0);
    const inTwo = new Date(Date.now() + 2500).toUTCString();
    assert.ok([2, 3].includes(parseRetryAfter(inTwo) ?? -1));
    for (const garbage of ['soon', 'Infinity', '-5', '1e9999', '', '0x10', null]) {
      assert.equal(parseRetryAfter(garbage), undefined, String(garbage));
    }
  });
});

/** A 1×1 PNG. */
function pngBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
}
