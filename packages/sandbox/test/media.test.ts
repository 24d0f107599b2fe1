import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JPEG, PNG, call, jsonInit, submission, testSandbox } from './helpers.js';

const sandbox = testSandbox({ maxPhotoBytes: 4096 });

test('an upload is stored without metadata and served with its real size', async () => {
  const up = await call(sandbox, '/v1/media', {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg' },
    body: JPEG,
  });
  assert.equal(up.status, 201);
  assert.equal(up.body.contentType, 'image/jpeg');
  assert.ok(up.body.bytes < JPEG.length, 'the ICC profile and JFIF header are gone');
  assert.deepEqual([up.body.width, up.body.height], [16, 12]);
  const back = await sandbox.handle(new Request(up.body.url));
  assert.equal(back.headers.get('content-type'), 'image/jpeg');
  const bytes = new Uint8Array(await back.arrayBuffer());
  assert.equal(bytes.length, up.body.bytes);
  assert.deepEqual(bytes.subarray(-100), JPEG.subarray(-100), 'the image data is untouched');
});

test('PNG sizes are read from the header', async () => {
  const up = await call(sandbox, '/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: PNG });
  assert.deepEqual([up.body.width, up.body.height], [1, 1]);
});

test('bytes that are not an image are a 415 problem, whatever the content type says', async () => {
  const text = await call(sandbox, '/v1/media', {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg' },
    body: new TextEncoder().encode('<svg></svg>'),
  });
  assert.equal(text.status, 415);
  const type = await call(sandbox, '/v1/media', {
    method: 'POST',
    headers: { 'content-type': 'image/gif' },
    body: PNG,
  });
  assert.equal(type.status, 415);
  const mismatch = await call(sandbox, '/v1/media', {
    method: 'POST',
    headers: { 'content-type': 'image/webp' },
    body: PNG,
  });
  assert.equal(mismatch.status, 415);
});

test('an upload larger than the configured limit is a 413 problem', async () => {
  const big = new Uint8Array(5000);
  big.set(PNG);
  const r = await call(sandbox, '/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: big });
  assert.equal(r.status, 413);
  assert.equal(r.body.code, 'payload_too_large');
  assert.equal((await call(sandbox, '/v1/config')).body.maxPhotoBytes, 4096);
});

test('a report shows its uploaded photos', async () => {
  const up = await call(sandbox, '/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: PNG });
  const sent = await call(
    sandbox,
    '/v1/feedback',
    jsonInit(submission({ photoIds: [up.body.id] }), { 'idempotency-key': 'with-photo' }),
  );
  const report = (await call(sandbox, `/v1/feedback/${sent.body.id}`)).body;
  assert.equal(report.photoCount, 1);
  assert.equal(report.photos[0].url, up.body.url);
});

test('sample photos of generated reports are served as SVG, full size and thumbnail', async () => {
  const samples = (await call(sandbox, '/sandbox/samples')).body;
  const withPhoto = samples.feedback.find((f: { photoCount: number }) => f.photoCount > 0);
  const report = (await call(sandbox, `/v1/feedback/${withPhoto.id}`)).body;
  for (const url of [report.photos[0].url, report.thumbnailUrl]) {
    const r = await sandbox.handle(new Request(url));
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /svg/);
    assert.match(await r.text(), /Ảnh mẫu/);
  }
});
