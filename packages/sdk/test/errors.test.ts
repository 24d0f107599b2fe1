import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ShpHttpError,
  isAbortError,
  isContractError,
  isHttpError,
  isNetworkError,
  isShpError,
  isTimeoutError,
  type FeedbackSubmission,
} from '../src/index.js';
import { clientFor, fetchWith, startSandbox, uniqueId, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.close());

const fault = (kind: string, extra: Record<string, string> = {}) => fetchWith({ 'x-sandbox-fault': kind, ...extra });
/** A fault that hits only the first `times` requests, then lets them through. */
const faultTimes = (kind: string, times: number) =>
  fault(kind, { 'x-sandbox-fault-times': String(times), 'x-sandbox-fault-id': uniqueId(kind) });

describe('each kind of failure becomes a typed error', () => {
  it('400: names the field that breaks the contract', async () => {
    const client = clientFor(sandbox);
    await assert.rejects(
      client.feedback.clusters({ bbox: [105.9, 20.4, 107.2, 21.2], zoom: 99 }),
      (e) => isHttpError(e) && e.status === 400 && e.code === 'validation_failed' && e.param === 'query.zoom',
    );
    const unit = await client.units.get('binh-giang');
    const categoryId = (await client.feedback.categories()).items[0]!.id;
    const bad: FeedbackSubmission = {
      categoryId,
      title: 'Tiêu đề hợp lệ',
      content: 'Nội dung đủ dài để hợp lệ.',
      location: { ...unit.centroid, lat: 95 },
      photoIds: [],
      public: true,
    };
    await assert.rejects(
      client.feedback.submit(bad),
      (e) => isHttpError(e) && e.status === 400 && e.param === 'body.location.lat',
    );
  });

  it('400: a location outside Hải Phòng is refused by name', async () => {
    const client = clientFor(sandbox);
    const categoryId = (await client.feedback.categories()).items[0]!.id;
    await assert.rejects(
      client.feedback.submit({
        categoryId,
        title: 'Ổ gà ở Hà Nội',
        content: 'Địa điểm này nằm ngoài Hải Phòng.',
        location: { lat: 21.0285, lon: 105.8542 },
        photoIds: [],
        public: true,
      }),
      (e) => isHttpError(e) && e.status === 400 && e.param?.startsWith('body.location') === true,
    );
  });

  it('404: an unknown unit', async () => {
    await assert.rejects(
      clientFor(sandbox).units.get('khong-co-xa-nay'),
      (e) => e instanceof ShpHttpError && e.status === 404 && isShpError(e),
    );
  });

  it('429: dossier lookups are rate-limited, with Retry-After', async () => {
    // The limit is kept per client address: every test here comes from 127.0.0.1.
    sandbox.sandbox.resetRateLimits();
    const client = clientFor(sandbox, { retry: false });
    const { dossiers } = (await (await fetch(new URL('/sandbox/samples', sandbox.url))).json()) as {
      dossiers: { code: string }[];
    };
    let limited: unknown;
    for (let i = 0; i < 50 && !limited; i++) {
      await client.dossiers.lookup(dossiers[0]!.code).catch((e: unknown) => (limited = e));
    }
    assert.ok(isHttpError(limited) && limited.status === 429, 'the sandbox limits lookups');
    assert.ok(limited.retryAfter !== undefined && limited.retryAfter > 0);
  });

  it('429 and 503 on reads are retried after Retry-After, then succeed', async () => {
    const started = Date.now();
    const { items } = await clientFor(sandbox, { fetch: faultTimes('429', 1) }).units.list();
    assert.equal(items.length, 114);
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After: 1');
    assert.equal((await clientFor(sandbox, { fetch: faultTimes('503', 2) }).units.list()).items.length, 114);
  });

  it('a call can opt out of retrying 429 (its own countdown) and still retry a 503', async () => {
    const client = clientFor(sandbox, { fetch: fault('429') });
    const started = Date.now();
    await assert.rejects(
      client.units.list({}, { retry: { exceptStatusCodes: [429] } }),
      (e) => isHttpError(e) && e.status === 429 && e.retryAfter === 1,
    );
    assert.ok(Date.now() - started < 900, 'the 429 came back without waiting for Retry-After');
    // Only 429 is taken out: a 503 on the same call is retried and succeeds.
    const units = await clientFor(sandbox, { fetch: faultTimes('503', 1) }).units.list(
      {},
      { retry: { exceptStatusCodes: [429] } },
    );
    assert.equal(units.items.length, 114);
    // `retry: false` on one call: the first 503 surfaces; the client's policy is unchanged for the next call.
    const flaky = clientFor(sandbox, { fetch: faultTimes('503', 1) });
    await assert.rejects(flaky.units.list({}, { retry: false }), (e) => isHttpError(e) && e.status === 503);
    assert.equal((await flaky.units.list()).items.length, 114);
  });

  it('500: a lasting server error surfaces after the retries', async () => {
    await assert.rejects(
      clientFor(sandbox, { fetch: fault('500') }).units.list(),
      (e) => isHttpError(e) && e.status === 500,
    );
  });

  it('timeout: an attempt slower than `timeout`; a call slower than `deadline`', async () => {
    await assert.rejects(
      clientFor(sandbox, { fetch: fault('slow:2000'), timeout: 200, retry: false }).units.list(),
      (e) => isTimeoutError(e) && e.limit === 'request',
    );
    await assert.rejects(
      clientFor(sandbox, { fetch: fault('slow:2000'), timeout: 1500, deadline: 300 }).units.list(),
      (e) => isTimeoutError(e) && e.limit === 'deadline',
    );
  });

  it('dropped connection: a network error', async () => {
    await assert.rejects(
      clientFor(sandbox, { fetch: fault('drop') }).units.list(),
      (e) => isNetworkError(e) && e.operation === 'units.list',
    );
  });

  it('contract-breaking and truncated bodies: a contract error naming the path, never bad data', async () => {
    await assert.rejects(clientFor(sandbox, { fetch: fault('contract') }).units.list(), (e) => {
      assert.ok(isContractError(e));
      assert.ok(e.issues.length > 0);
      assert.match(e.path, /^items\.\d+\.|^items$/);
      return true;
    });
    await assert.rejects(
      clientFor(sandbox, { fetch: fault('truncate') }).units.list(),
      (e) => isContractError(e) || isNetworkError(e),
    );
  });

  it('abort: the caller’s signal cancels the call with an AbortError', async () => {
    const controller = new AbortController();
    const call = clientFor(sandbox, { fetch: fault('slow:2000') }).units.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(call, (e) => isAbortError(e) && !isShpError(e));
  });

  it('guards recognise errors from another copy of the SDK (another realm)', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'ShpHttpError',
      type: 'http',
      operation: 'units.list',
      status: 503,
    });
    assert.ok(isShpError(foreign) && isHttpError(foreign));
    assert.ok(!isNetworkError(foreign));
    assert.ok(!isShpError(new Error('plain')));
  });
});

describe('writes are retried only with an idempotency key, and land once', () => {
  it('a dropped connection during submit, retried with the same key, creates one record', async () => {
    const base = clientFor(sandbox);
    const unit = await base.units.get('binh-giang');
    const title = `Mất điện chiếu sáng ${uniqueId('t')}`;
    const client = clientFor(sandbox, { fetch: faultTimes('drop', 1) });
    const receipt = await client.feedback.submit({
      categoryId: (await base.feedback.categories()).items[0]!.id,
      title,
      content: 'Cả dãy đèn đường không sáng từ tối qua.',
      location: unit.centroid,
      photoIds: [],
      public: true,
    });
    assert.equal((await base.feedback.get(receipt.id)).title, title);
    const matches = await base.feedback.list({ q: title, limit: 10 });
    assert.equal(matches.items.filter((f) => f.title === title).length, 1);
  });

  it('a 503 during submit is retried once with the same key: one record', async () => {
    const base = clientFor(sandbox);
    const unit = await base.units.get('10966');
    const title = `Rác tồn đọng ${uniqueId('t')}`;
    const receipt = await clientFor(sandbox, { fetch: faultTimes('503', 1) }).feedback.submit({
      categoryId: (await base.feedback.categories()).items[0]!.id,
      title,
      content: 'Rác tồn đọng ba ngày chưa được thu gom.',
      location: unit.centroid,
      photoIds: [],
      public: true,
    });
    const found = await base.feedback.list({ q: title });
    assert.deepEqual(
      found.items.map((f) => f.id),
      [receipt.id],
    );
  });
});
