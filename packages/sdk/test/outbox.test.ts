import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Outbox, memoryStorage, type FeedbackSubmission, type OutboxStorage } from '../src/index.js';
import { clientFor, fetchWith, startSandbox, uniqueId, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.close());

// A 1×1 PNG: the sandbox checks photos by their magic bytes.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

const submission = (title: string): FeedbackSubmission => ({
  categoryId: 'duong-hu-hong',
  title,
  content: 'Mặt đường có ổ gà lớn, xe máy đi qua rất nguy hiểm.',
  location: { lat: 20.86, lon: 106.68 },
  photoIds: [],
  public: true,
});

/** How many reports with this exact title the sandbox holds (submitted ones are searchable). */
async function recordsTitled(title: string): Promise<number> {
  const { items } = await clientFor(sandbox).feedback.list({ q: title, limit: 50 });
  return items.filter((item) => item.title === title).length;
}

describe('Outbox', () => {
  it('sends a stored submission with its photo once, and forgets it', async () => {
    const outbox = new Outbox({ client: clientFor(sandbox), storage: memoryStorage() });
    const title = `Ổ gà ${uniqueId('outbox')}`;
    await outbox.add(submission(title), { photos: [new Blob([PNG], { type: 'image/png' })] });
    const sent: unknown[] = [];
    outbox.addEventListener('sent', (e) => sent.push((e as CustomEvent).detail));
    await outbox.flush();
    assert.equal(sent.length, 1);
    assert.deepEqual(await outbox.entries(), []);
    assert.equal(await recordsTitled(title), 1);
  });

  it('keeps the entry while the network is down, then delivers exactly once with the same key', async () => {
    const storage = memoryStorage();
    const keys: string[] = [];
    let down = true;
    const fetch: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/feedback') {
        keys.push(request.headers.get('idempotency-key') ?? '');
      }
      if (down) request.headers.set('x-sandbox-fault', 'drop-after');
      return globalThis.fetch(request);
    };
    const client = clientFor(sandbox, { fetch, retry: false });
    const title = `Ngập ${uniqueId('outbox')}`;
    await new Outbox({ client, storage }).add(submission(title));

    await new Outbox({ client, storage }).flush(); // the server records it, the answer is lost
    assert.equal((await storage.all()).length, 1);

    down = false;
    const afterReload = new Outbox({ client, storage }); // a new page over the same storage
    await afterReload.flush();
    assert.deepEqual(await storage.all(), []);
    assert.equal(await recordsTitled(title), 1);
    assert.equal(new Set(keys).size, 1);
    assert.ok(keys.length >= 2);
  });

  it('sends each entry once when flushes overlap', async () => {
    const storage = memoryStorage();
    const client = clientFor(sandbox, { fetch: fetchWith({ 'x-sandbox-fault': 'slow:50' }) });
    const outbox = new Outbox({ client, storage });
    const title = `Rác ${uniqueId('outbox')}`;
    await outbox.add(submission(title));
    let sent = 0;
    outbox.addEventListener('sent', () => sent++);
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    assert.equal(sent, 1);
    assert.equal(await recordsTitled(title), 1);
  });

  it('marks a refused submission as failed and does not retry it', async () => {
    const storage = memoryStorage();
    const outbox = new Outbox({ client: clientFor(sandbox), storage });
    await outbox.add({ ...submission('Ngoài thành phố'), location: { lat: 10.77, lon: 106.7 } });
    await outbox.flush();
    const [entry] = await outbox.entries();
    assert.equal(entry?.failed?.status, 400);
    await outbox.flush();
    assert.equal((await outbox.entries())[0]?.attempts, 1);
  });

  it('says so when there is no storage, instead of pretending', async () => {
    assert.equal(await new Outbox({ client: clientFor(sandbox), storage: null }).available(), false);
    const broken: OutboxStorage = {
      all: () => Promise.reject(new Error('private mode')),
      put: () => Promise.reject(new Error('private mode')),
      delete: () => Promise.reject(new Error('private mode')),
    };
    assert.equal(await new Outbox({ client: clientFor(sandbox), storage: broken }).available(), false);
    await assert.rejects(new Outbox({ client: clientFor(sandbox), storage: null }).add(submission('Không lưu được')));
  });

  it('never stores the access token', async () => {
    const storage = memoryStorage();
    const client = clientFor(sandbox, { tokenProvider: () => 'secret-token-123' });
    const outbox = new Outbox({ client, storage });
    await outbox.add(submission('Có đăng nhập'), { photos: [new Blob([PNG], { type: 'image/png' })] });
    assert.doesNotMatch(JSON.stringify(await storage.all()), /secret-token-123/);
  });
});
