/**
 * Metadata stripping for uploaded photos, in plain JavaScript (no native image library).
 * Each format is walked structurally and only what draws the picture is kept: EXIF (GPS,
 * camera serial), XMP, IPTC, ICC profiles, comments, text chunks, thumbnails and anything
 * after the image's end are dropped. It fails closed: bytes that do not walk as a complete
 * JPEG, PNG or WebP are refused, never stored as they came.
 */
import { PHOTO_LIMITS } from '@smart-haiphong/sdk';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export interface CleanImage {
  contentType: ImageType;
  width: number;
  height: number;
  /** The image without metadata: what is stored and served. */
  bytes: Uint8Array;
}

/** Why an upload is refused: `format` (not a whole image of a supported type) or `dimensions`. */
export class ImageRejected extends Error {
  constructor(
    readonly reason: 'format' | 'dimensions',
    message: string,
  ) {
    super(message);
  }
}

const u16be = (b: Uint8Array, o: number) => ((b[o] as number) << 8) | (b[o + 1] as number);
const u16le = (b: Uint8Array, o: number) => (b[o] as number) | ((b[o + 1] as number) << 8);
const u24le = (b: Uint8Array, o: number) => u16le(b, o) | ((b[o + 2] as number) << 16);
const u32be = (b: Uint8Array, o: number) => u16be(b, o) * 65536 + u16be(b, o + 2);
const u32le = (b: Uint8Array, o: number) => u16le(b, o) + u16le(b, o + 2) * 65536;
const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
const bad = (message: string) => new ImageRejected('format', message);

/** Detect the format by its magic bytes (not the declared type), then strip it. */
export function cleanImage(bytes: Uint8Array): CleanImage {
  let image: CleanImage;
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') image = cleanPng(bytes);
  else if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) image = cleanJpeg(bytes);
  else if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    image = cleanWebp(bytes);
  else throw bad('the bytes are not a JPEG, PNG or WebP image');
  const { width, height } = image;
  if (
    width < 1 ||
    height < 1 ||
    width > PHOTO_LIMITS.maxSide ||
    height > PHOTO_LIMITS.maxSide ||
    width * height > PHOTO_LIMITS.maxPixels
  ) {
    throw new ImageRejected(
      'dimensions',
      `the photo is ${width}×${height} px: at most ${PHOTO_LIMITS.maxSide} px a side and ${PHOTO_LIMITS.maxPixels / 1e6} megapixels`,
    );
  }
  return image;
}

// ---- JPEG: keep the frame, tables and scans; drop APPn (but Adobe), COM and any trailer. ----

function cleanJpeg(b: Uint8Array): CleanImage {
  const out: Uint8Array[] = [Uint8Array.of(0xff, 0xd8)];
  let o = 2;
  let size: { width: number; height: number } | null = null;
  let orientation = 1;
  let scans = 0;
  for (;;) {
    if (o >= b.length) throw bad('the JPEG ends before its end marker');
    if (b[o] !== 0xff) throw bad('the JPEG has bytes outside its segments');
    while (b[o] === 0xff && b[o + 1] === 0xff) o++; // fill bytes
    const marker = b[o + 1];
    if (marker === undefined) throw bad('the JPEG ends before its end marker');
    if (marker === 0xd9) {
      if (!size || scans === 0) throw bad('the JPEG has no frame or no scan');
      out.push(Uint8Array.of(0xff, 0xd9)); // whatever follows the end marker is dropped
      break;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x00) {
      throw bad('the JPEG has a marker out of place');
    }
    if (o + 4 > b.length) throw bad('the JPEG is cut short');
    const length = u16be(b, o + 2);
    const end = o + 2 + length;
    if (length < 2 || end > b.length) throw bad('a JPEG segment runs past the end');
    const segment = b.subarray(o, end);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (length < 8) throw bad('the JPEG frame header is too short');
      size = { height: u16be(b, o + 5), width: u16be(b, o + 7) };
      out.push(segment);
    } else if (marker === 0xc4 || marker === 0xcc || marker === 0xdb || marker === 0xdd) {
      out.push(segment); // Huffman, arithmetic and quantisation tables, restart interval
    } else if (marker === 0xee && length >= 14 && ascii(b, o + 4, 5) === 'Adobe') {
      // The Adobe segment tells decoders the colour transform (CMYK/YCCK): 12 bytes, no text.
      out.push(Uint8Array.of(0xff, 0xee, 0x00, 0x0e, ...b.subarray(o + 4, o + 16)));
    } else if (marker === 0xe1 && length >= 8 && ascii(b, o + 4, 6) === 'Exif\0\0') {
      orientation = exifOrientation(b.subarray(o + 10, end)) ?? orientation;
    } else if (marker === 0xda) {
      if (!size) throw bad('the JPEG scan comes before its frame');
      out.push(segment);
      const scanEnd = endOfEntropyData(b, end);
      out.push(b.subarray(end, scanEnd));
      scans++;
      o = scanEnd;
      continue;
    }
    // Everything else (APP0–APP15: JFIF, EXIF, XMP, ICC, IPTC, MPF; COM; unknown) is dropped.
    o = end;
  }
  // The orientation is the one piece of EXIF that changes how the photo looks: keep it alone.
  if (orientation !== 1) out.splice(1, 0, orientationSegment(orientation));
  if (!size) throw bad('the JPEG has no frame');
  return { contentType: 'image/jpeg', ...size, bytes: concat(out) };
}

/** Where a scan's entropy-coded data ends: the next marker that is not a stuffed 0 or a restart. */
function endOfEntropyData(b: Uint8Array, from: number): number {
  for (let i = from; i + 1 < b.length; i++) {
    if (b[i] !== 0xff) continue;
    const next = b[i + 1] as number;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return i;
  }
  throw bad('the JPEG scan is cut short');
}

/** The EXIF orientation tag (0x0112) of IFD0, or undefined. */
function exifOrientation(tiff: Uint8Array): number | undefined {
  if (tiff.length < 8) return undefined;
  const le = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!le && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return undefined;
  const u16 = (o: number) => (le ? u16le(tiff, o) : u16be(tiff, o));
  const u32 = (o: number) => (le ? u32le(tiff, o) : u32be(tiff, o));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** A minimal EXIF segment holding only the orientation (big-endian TIFF, one IFD0 entry). */
function orientationSegment(orientation: number): Uint8Array {
  const tiff = [
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0,
    0,
    0,
    8,
    0,
    1,
    0x01,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    orientation,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  const body = [...[0x45, 0x78, 0x69, 0x66, 0, 0], ...tiff];
  return Uint8Array.of(0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body);
}

// ---- PNG: keep the critical chunks and a few that only affect colour; check every CRC. ----

const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'pHYs', 'bKGD']);

function cleanPng(b: Uint8Array): CleanImage {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (signature.some((v, k) => b[k] !== v)) throw bad('the PNG signature is damaged');
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let o = 8;
  let size: { width: number; height: number } | null = null;
  let idat = false;
  let idatDone = false;
  for (;;) {
    if (o + 12 > b.length) throw bad('the PNG ends before IEND');
    const length = u32be(b, o);
    const type = ascii(b, o + 4, 4);
    const end = o + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > b.length) throw bad('a PNG chunk is damaged');
    if (crc32(b.subarray(o + 4, o + 8 + length)) !== u32be(b, o + 8 + length))
      throw bad(`the PNG ${type} chunk fails its CRC`);
    if (o === 8) {
      if (type !== 'IHDR' || length !== 13) throw bad('the PNG does not start with IHDR');
      size = { width: u32be(b, o + 8), height: u32be(b, o + 12) };
    }
    if (type === 'IDAT') {
      if (idatDone) throw bad('the PNG image data is not contiguous');
      idat = true;
    } else if (idat) idatDone = true;
    const critical = (type.charCodeAt(0) & 0x20) === 0;
    if (critical && !PNG_KEEP.has(type)) throw bad(`the PNG has an unknown critical chunk ${type}`);
    // Text (tEXt, zTXt, iTXt), EXIF (eXIf), ICC (iCCP), time, animation and private chunks go.
    if (PNG_KEEP.has(type)) out.push(b.subarray(o, end));
    o = end;
    if (type === 'IEND') break; // whatever follows IEND is dropped
  }
  if (!size || !idat) throw bad('the PNG has no image data');
  return { contentType: 'image/png', ...size, bytes: concat(out) };
}

let crcTable: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---- WebP: keep the bitstream (VP8, VP8L, ALPH) and VP8X with its metadata flags cleared. ----

function cleanWebp(b: Uint8Array): CleanImage {
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length || riffEnd < 20) throw bad('the WebP RIFF size is wrong');
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let o = 12; o < riffEnd;) {
    if (o + 8 > riffEnd) throw bad('a WebP chunk header is cut short');
    const type = ascii(b, o, 4);
    const length = u32le(b, o + 4);
    if (o + 8 + length > riffEnd) throw bad(`the WebP ${type} chunk runs past the end`);
    chunks.push({ type, data: b.subarray(o + 8, o + 8 + length) });
    o += 8 + length + (length & 1);
  }
  if (chunks.some((c) => c.type === 'ANIM' || c.type === 'ANMF')) throw bad('animated WebP is not a photo');
  const bitstream = chunks.find((c) => c.type === 'VP8 ' || c.type === 'VP8L');
  if (!bitstream) throw bad('the WebP has no image data');
  const size = bitstream.type === 'VP8 ' ? vp8Size(bitstream.data) : vp8lSize(bitstream.data);
  const alpha = chunks.find((c) => c.type === 'ALPH');
  const kept: { type: string; data: Uint8Array }[] = [];
  const vp8x = chunks.find((c) => c.type === 'VP8X');
  if (vp8x) {
    if (vp8x.data.length < 10) throw bad('the WebP VP8X chunk is too short');
    const canvas = { width: u24le(vp8x.data, 4) + 1, height: u24le(vp8x.data, 7) + 1 };
    if (canvas.width !== size.width || canvas.height !== size.height)
      throw bad('the WebP canvas and image sizes differ');
    const flags = alpha ? 0x10 : 0; // only "has alpha": no ICC, EXIF, XMP or animation
    kept.push({ type: 'VP8X', data: Uint8Array.of(flags, 0, 0, 0, ...vp8x.data.subarray(4, 10)) });
    if (alpha) kept.push(alpha);
  }
  kept.push(bitstream);
  const parts: Uint8Array[] = [];
  let total = 4;
  for (const c of kept) {
    const header = new Uint8Array(8);
    header.set([...c.type].map((ch) => ch.charCodeAt(0)));
    new DataView(header.buffer).setUint32(4, c.data.length, true);
    parts.push(header, c.data);
    if (c.data.length & 1) parts.push(Uint8Array.of(0));
    total += 8 + c.data.length + (c.data.length & 1);
  }
  const head = new Uint8Array(12);
  head.set([0x52, 0x49, 0x46, 0x46]);
  new DataView(head.buffer).setUint32(4, total, true);
  head.set([0x57, 0x45, 0x42, 0x50], 8);
  return { contentType: 'image/webp', ...size, bytes: concat([head, ...parts]) };
}

function vp8Size(d: Uint8Array): { width: number; height: number } {
  // A key frame: frame tag (3 bytes, bit 0 clear), start code 9D 01 2A, then 14-bit sizes.
  if (d.length < 10 || ((d[0] as number) & 1) !== 0 || d[3] !== 0x9d || d[4] !== 0x01 || d[5] !== 0x2a) {
    throw bad('the WebP VP8 bitstream is not a key frame');
  }
  return { width: u16le(d, 6) & 0x3fff, height: u16le(d, 8) & 0x3fff };
}

function vp8lSize(d: Uint8Array): { width: number; height: number } {
  if (d.length < 5 || d[0] !== 0x2f) throw bad('the WebP VP8L bitstream has no signature');
  const bits = u32le(d, 1);
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
