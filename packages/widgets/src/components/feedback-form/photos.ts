// The photo pipeline of the feedback form: check a file by its bytes, read the EXIF GPS
// position, and re-encode it (orientation applied, longest side 2048 px) so that the bytes
// sent carry no metadata at all.
import type { LatLon } from '@smart-haiphong/sdk';

/** Why a file was refused. */
export type PhotoProblem = 'notImage' | 'unsupported' | 'tooLarge' | 'corrupt';

/** A refusal with its reason, shown next to the file's name. */
export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
    this.name = 'PhotoError';
  }
}

/** A photo ready to upload. */
export interface PreparedPhoto {
  /** A JPEG without metadata. */
  blob: Blob;
  width: number;
  height: number;
  /** Where the photo was taken, from its EXIF GPS, if it had one. */
  gps: LatLon | null;
}

/** Files larger than this are not even decoded (a 48 MP phone JPEG is ~15 MB). */
export const MAX_INPUT_BYTES = 30 * 1024 * 1024;
export const MAX_SIDE = 2048;

/** The image type the bytes say, whatever the file is named. */
export function sniffImage(bytes: Uint8Array): string | null {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(0, 'GIF8')) return 'image/gif';
  if (ascii(0, 'BM')) return 'image/bmp';
  if (ascii(4, 'ftyp')) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (/^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(brand)) return 'image/heic';
  }
  return null;
}

/** Types every browser we support decodes; HEIC is an image we cannot decode. */
const DECODABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp', 'image/avif']);

/**
 * The GPS position in a JPEG's EXIF (APP1) segment, or null. A small reader of the
 * TIFF structure (both byte orders): IFD0 → GPS IFD (tag 0x8825) → tags 1–4.
 * About 60 lines instead of a parser dependency: the smallest builds of the usual
 * libraries are 5–10 kB gzip, and only four tags are needed.
 */
export function readExifGps(bytes: Uint8Array): LatLon | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    const length = view.getUint16(offset + 2);
    if (marker === 0xda || marker === 0xd9) return null; // image data: no more metadata
    if (marker === 0xe1 && view.getUint32(offset + 4) === 0x45786966 /* Exif */) {
      try {
        return readTiffGps(view, offset + 10, Math.min(bytes.length, offset + 2 + length));
      } catch {
        return null; // a malformed segment is ignored, not an error
      }
    }
    offset += 2 + length;
  }
  return null;
}

function readTiffGps(view: DataView, tiff: number, end: number): LatLon | null {
  const little = view.getUint16(tiff) === 0x4949;
  const u16 = (o: number) => view.getUint16(tiff + o, little);
  const u32 = (o: number) => view.getUint32(tiff + o, little);
  if (u16(2) !== 42) return null;
  const entries = (ifd: number) => {
    const tags = new Map<number, { type: number; count: number; at: number }>();
    const n = u16(ifd);
    for (let i = 0; i < n; i++) {
      const e = ifd + 2 + i * 12;
      if (tiff + e + 12 > end) break;
      tags.set(u16(e), { type: u16(e + 2), count: u32(e + 4), at: e + 8 });
    }
    return tags;
  };
  const gpsPointer = entries(u32(4)).get(0x8825);
  if (!gpsPointer) return null;
  const gps = entries(u32(gpsPointer.at));
  const ref = (tag: number) => {
    const t = gps.get(tag);
    return t ? String.fromCharCode(view.getUint8(tiff + t.at)) : '';
  };
  const degrees = (tag: number): number | null => {
    const t = gps.get(tag);
    if (!t || t.type !== 5 || t.count !== 3) return null; // three RATIONALs: d, m, s
    const data = u32(t.at);
    let value = 0;
    for (let i = 0; i < 3; i++) {
      const den = u32(data + i * 8 + 4);
      if (den === 0) return null;
      value += u32(data + i * 8) / den / 60 ** i;
    }
    return value;
  };
  const lat = degrees(2);
  const lon = degrees(4);
  if (lat === null || lon === null || (lat === 0 && lon === 0)) return null;
  return { lat: ref(1) === 'S' ? -lat : lat, lon: ref(3) === 'W' ? -lon : lon };
}

/**
 * Checks, reads and re-encodes one file. Throws {@link PhotoError} for a file that is not an
 * image (by its bytes), an image the browser cannot decode (HEIC), one too large, or one broken.
 */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  if (file.size > MAX_INPUT_BYTES) throw new PhotoError('tooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImage(bytes);
  if (!type) throw new PhotoError('notImage');
  if (!DECODABLE.has(type)) throw new PhotoError('unsupported');
  const gps = type === 'image/jpeg' ? readExifGps(bytes) : null;

  let bitmap: ImageBitmap;
  try {
    // 'from-image' applies the EXIF orientation, which the re-encoded bytes no longer carry.
    bitmap = await createImageBitmap(new Blob([bytes], { type }), { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('corrupt');
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff'; // transparent PNGs become white, not black, as JPEG
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  // A canvas encodes pixels only: no EXIF, no GPS, no camera serial.
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return { blob, width, height, gps };
}
