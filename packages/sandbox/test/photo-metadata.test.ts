/**
 * Uploaded photos are stored and served without their metadata, and refused when they are
 * not whole images. The hostile photos below are real Chromium-encoded images with what
 * phones and attackers put in them: EXIF GPS, a camera serial, a script in a metadata field,
 * an HTML page after the image's end.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32 } from 'node:zlib';
import { PHOTO_LIMITS } from '@smart-haiphong/sdk';
import { cleanImage } from '../src/util/image-clean.js';
import { JPEG_16X12, PNG_16X12, WEBP_16X12 } from './fixtures/images.js';
import { call, jsonInit, submission, testSandbox } from './helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le32 = (n: number) => be32(n).reverse();

const SERIAL = 'CAM-SN-4471902';
const SCRIPT = '<script>alert(document.cookie)</script>';
const TRAILER = '<html><body><script>alert("trailer")</script></body></html>';
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description>${SCRIPT}</rdf:Description></x:xmpmeta>`;
/** Hải Phòng opera house, in degrees/minutes/seconds as EXIF writes them. */
const GPS = { lat: [20, 51, 42], lon: [106, 41, 7] };

/**
 * A big-endian TIFF (the body of EXIF) with an orientation, an ImageDescription holding a
 * script, a BodySerialNumber in the EXIF IFD and latitude/longitude in the GPS IFD.
 */
function exifTiff(orientation: number): Uint8Array {
  const out: number[] = [0x4d, 0x4d, 0x00, 0x2a, ...be32(8)];
  const description = [...enc(SCRIPT), 0];
  const serial = [...enc(SERIAL), 0];
  const entry = (tag: number, type: number, count: number, value: number[]) => [
    ...be16(tag),
    ...be16(type),
    ...be32(count),
    ...value,
  ];
  // Layout: IFD0 (4 entries) | EXIF IFD (1) | GPS IFD (4) | data.
  const ifd0 = 8;
  const exifIfd = ifd0 + 2 + 4 * 12 + 4;
  const gpsIfd = exifIfd + 2 + 12 + 4;
  let data = gpsIfd + 2 + 4 * 12 + 4;
  const descAt = data;
  data += description.length;
  const serialAt = data;
  data += serial.length;
  const latAt = data;
  data += 24;
  const lonAt = data;
  out.push(
    ...be16(4),
    ...entry(0x010e, 2, description.length, be32(descAt)),
    ...entry(0x0112, 3, 1, [...be16(orientation), 0, 0]),
    ...entry(0x8769, 4, 1, be32(exifIfd)),
    ...entry(0x8825, 4, 1, be32(gpsIfd)),
    ...be32(0),
    ...be16(1),
    ...entry(0xa431, 2, serial.length, be32(serialAt)),
    ...be32(0),
    ...be16(4),
    ...entry(0x0001, 2, 2, [0x4e, 0, 0, 0]),
    ...entry(0x0002, 5, 3, be32(latAt)),
    ...entry(0x0003, 2, 2, [0x45, 0, 0, 0]),
    ...entry(0x0004, 5, 3, be32(lonAt)),
    ...be32(0),
    ...description,
    ...serial,
    ...GPS.lat.flatMap((v) => [...be32(v), ...be32(1)]),
    ...GPS.lon.flatMap((v) => [...be32(v), ...be32(1)]),
  );
  return Uint8Array.from(out);
}

const jpegSegment = (marker: number, body: Uint8Array) => cat([0xff, marker, ...be16(body.length + 2)], body);

/** The JPEG with EXIF (GPS, serial, script), XMP, a comment and an HTML trailer. */
function hostileJpeg(orientation = 1): Uint8Array {
  return cat(
    JPEG_16X12.subarray(0, 2),
    jpegSegment(0xe1, cat(enc('Exif\0\0'), exifTiff(orientation))),
    jpegSegment(0xe1, cat(enc('http://ns.adobe.com/xap/1.0/\0'), enc(XMP))),
    jpegSegment(0xfe, enc(SCRIPT)),
    JPEG_16X12.subarray(2),
    enc(TRAILER),
  );
}

const pngChunk = (type: string, data: Uint8Array) => {
  const body = cat(enc(type), data);
  return cat(be32(data.length), body, be32(crc32(body)));
};
const IEND = pngChunk('IEND', new Uint8Array());

/** The PNG with a tEXt script, XMP in iTXt, an eXIf chunk (GPS, serial) and an HTML trailer. */
function hostilePng(): Uint8Array {
  const withoutEnd = PNG_16X12.subarray(0, PNG_16X12.length - IEND.length);
  return cat(
    withoutEnd.subarray(0, 33), // signature + IHDR
    pngChunk('tEXt', enc(`Comment\0${SCRIPT}`)),
    pngChunk('iTXt', enc(`XML:com.adobe.xmp\0\0\0\0\0${XMP}`)),
    pngChunk('eXIf', exifTiff(6)),
    withoutEnd.subarray(33),
    IEND,
    enc(TRAILER),
  );
}

/** The WebP with EXIF and XMP chunks (flags set in VP8X) and an HTML trailer after the RIFF. */
function hostileWebp(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => cat(enc(type), le32(data.length), data, data.length & 1 ? [0] : []);
  const body = cat(WEBP_16X12.subarray(12), chunk('EXIF', exifTiff(6)), chunk('XMP ', enc(XMP)));
  body[8] = (body[8] as number) | 0x08 | 0x04; // VP8X flags: EXIF and XMP present
  return cat(enc('RIFF'), le32(body.length + 4), enc('WEBP'), body, enc(TRAILER));
}

/** True when `needle` occurs in `hay` (bytes). */
function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(hay).includes(Buffer.from(needle));
}

function assertNoMetadata(bytes: Uint8Array, label: string) {
  const text = Buffer.from(bytes).toString('latin1');
  for (const s of [SERIAL, '<script', 'alert', 'xmpmeta', '<html', 'ICC_PROFILE', 'ICCP', 'tEXt', 'iTXt', 'eXIf']) {
    assert.ok(!text.includes(s), `${label}: "${s}" is still in the served photo`);
  }
  const gps = Uint8Array.from(GPS.lat.flatMap((v) => [...be32(v), ...be32(1)]));
  assert.ok(!contains(bytes, gps), `${label}: the GPS latitude is still there`);
}

const sandbox = testSandbox({ feedback: 50, places: 20 });
const upload = (body: Uint8Array, type: string) =>
  call(sandbox, '/v1/media', {
    method: 'POST',
    headers: { 'content-type': type },
    body: body as Uint8Array<ArrayBuffer>,
  });

describe('photos are stored and served without metadata', () => {
  for (const [type, hostile, clean] of [
    ['image/jpeg', hostileJpeg(), JPEG_16X12],
    ['image/png', hostilePng(), PNG_16X12],
    ['image/webp', hostileWebp(), WEBP_16X12],
  ] as const) {
    test(`${type}: EXIF GPS, camera serial, a script in a field and an HTML trailer are gone, the picture kept`, async () => {
      assert.ok(contains(hostile, enc(SERIAL)) && contains(hostile, enc(TRAILER)), 'the fixture carries them');
      const up = await upload(hostile, type);
      assert.equal(up.status, 201, JSON.stringify(up.body));
      assert.deepEqual([up.body.width, up.body.height], [16, 12]);
      const served = await sandbox.handle(new Request(up.body.url));
      assert.equal(served.headers.get('content-type'), type);
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
      assert.match(served.headers.get('content-security-policy') ?? '', /sandbox/);
      const bytes = new Uint8Array(await served.arrayBuffer());
      assert.equal(bytes.length, up.body.bytes);
      assertNoMetadata(bytes, type);
      // The picture itself is untouched: the same as the clean original, stripped the same way.
      assert.deepEqual(bytes, cleanImage(clean).bytes);
      assert.deepEqual(cleanImage(bytes).bytes, bytes, 'stripping is idempotent: the result walks cleanly');

      // A report with this photo reads through the contract (call() checks the schema).
      const sent = await call(
        sandbox,
        '/v1/feedback',
        jsonInit(submission({ photoIds: [up.body.id] }), { 'idempotency-key': `photo-${type}` }),
      );
      assert.equal(sent.status, 201);
      const report = await call(sandbox, `/v1/feedback/${sent.body.id}`);
      assert.deepEqual([report.body.photos[0].width, report.body.photos[0].height], [16, 12]);
    });
  }

  test('a JPEG keeps its orientation (the one EXIF field that changes how it looks), nothing else', () => {
    const out = cleanImage(hostileJpeg(6)).bytes;
    assertNoMetadata(out, 'rotated JPEG');
    const exif = Buffer.from(out).indexOf('Exif\0\0', 0, 'latin1');
    assert.ok(exif > 0);
    // Big-endian TIFF, one IFD0 entry: 0x0112 SHORT 1 = 6.
    assert.deepEqual([...out.subarray(exif + 6 + 10, exif + 6 + 20)], [0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6]);
    assert.equal(Buffer.from(out).indexOf('Exif', exif + 1, 'latin1'), -1);
  });
});

describe('uploads that are not whole images are refused (fail closed)', () => {
  const cases: [string, Uint8Array, string][] = [
    ['a JPEG cut inside its scan', JPEG_16X12.subarray(0, JPEG_16X12.length - 40), 'image/jpeg'],
    ['a JPEG with no end marker', JPEG_16X12.subarray(0, JPEG_16X12.length - 2), 'image/jpeg'],
    ['a JPEG start followed by HTML', cat(JPEG_16X12.subarray(0, 3), enc(TRAILER)), 'image/jpeg'],
    ['a JPEG of tables only, no frame or scan', JPEG_16X12.subarray(0, 200), 'image/jpeg'],
    ['a PNG whose IDAT fails its CRC', PNG_16X12.map((b, i) => (i === 50 ? b ^ 0xff : b)), 'image/png'],
    ['a PNG without IEND', PNG_16X12.subarray(0, PNG_16X12.length - 12), 'image/png'],
    [
      'a WebP whose RIFF size runs past the end',
      cat(WEBP_16X12.subarray(0, 4), le32(99999), WEBP_16X12.subarray(8)),
      'image/webp',
    ],
  ];
  for (const [label, bytes, type] of cases) {
    test(label, async () => {
      const r = await upload(bytes, type);
      assert.ok(r.status === 400 || r.status === 415, `${r.status} ${JSON.stringify(r.body)}`);
      assert.equal(r.body.param, 'body');
    });
  }

  test(`dimensions beyond ${PHOTO_LIMITS.maxSide} px a side are refused, read from the image itself`, async () => {
    // The real header says 20000×10 (CRC fixed), whatever a form or metadata claims.
    const ihdr = cat(be32(20000), be32(10), PNG_16X12.subarray(24, 29));
    const wide = cat(PNG_16X12.subarray(0, 8), pngChunk('IHDR', ihdr), PNG_16X12.subarray(33));
    const r = await upload(wide, 'image/png');
    assert.equal(r.status, 400);
    assert.equal(r.body.param, 'body');
    assert.match(r.body.detail, /20000×10/);
  });
});
