// Test and story helpers: real image bytes made in the browser, with an EXIF GPS segment.
import type { LatLon } from '@smart-haiphong/sdk';

/** A JPEG drawn on a canvas (`width` × `height`, a gradient so it is not trivially small). */
export async function canvasJpeg(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#005baa');
  gradient.addColorStop(1, '#f2c14e');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * An EXIF APP1 segment (little-endian TIFF) with a GPS IFD holding `point`, and a camera
 * serial number in IFD0 (tag 0xA431, BodySerialNumber) that must never reach the server.
 */
export function exifGpsSegment(point: LatLon, serial = 'SN-HP-123456'): Uint8Array {
  const serialBytes = new TextEncoder().encode(`${serial}\0`);
  const ifd0 = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const gpsIfd = ifd0 + ifd0Size;
  const gpsSize = 2 + 4 * 12 + 4;
  const latData = gpsIfd + gpsSize;
  const lonData = latData + 24;
  const serialData = lonData + 24;
  const tiff = new DataView(new ArrayBuffer(serialData + serialBytes.length));
  const u16 = (o: number, v: number) => tiff.setUint16(o, v, true);
  const u32 = (o: number, v: number) => tiff.setUint32(o, v, true);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    u16(at, tag);
    u16(at + 2, type);
    u32(at + 4, count);
    u32(at + 8, value);
  };
  u16(0, 0x4949);
  u16(2, 42);
  u32(4, ifd0);
  u16(ifd0, 2);
  entry(ifd0 + 2, 0x8825, 4, 1, gpsIfd); // GPS IFD pointer
  entry(ifd0 + 14, 0xa431, 2, serialBytes.length, serialData); // BodySerialNumber
  u32(ifd0 + 26, 0);
  u16(gpsIfd, 4);
  entry(gpsIfd + 2, 1, 2, 2, point.lat >= 0 ? 0x4e : 0x53); // 'N' / 'S'
  entry(gpsIfd + 14, 2, 5, 3, latData);
  entry(gpsIfd + 26, 3, 2, 2, point.lon >= 0 ? 0x45 : 0x57); // 'E' / 'W'
  entry(gpsIfd + 38, 4, 5, 3, lonData);
  u32(gpsIfd + 50, 0);
  const dms = (at: number, value: number) => {
    const abs = Math.abs(value);
    const d = Math.floor(abs);
    const m = Math.floor((abs - d) * 60);
    const s = Math.round(((abs - d) * 60 - m) * 60 * 10000);
    [d, 1, m, 1, s, 10000].forEach((n, i) => u32(at + i * 4, n));
  };
  dms(latData, point.lat);
  dms(lonData, point.lon);
  new Uint8Array(tiff.buffer).set(serialBytes, serialData);

  const body = new Uint8Array(6 + tiff.byteLength);
  body.set([0x45, 0x78, 0x69, 0x66, 0, 0]); // "Exif\0\0"
  body.set(new Uint8Array(tiff.buffer), 6);
  const segment = new Uint8Array(4 + body.length);
  segment.set([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]);
  segment.set(body, 4);
  return segment;
}

/** A JPEG with an EXIF GPS segment spliced in right after its SOI marker. */
export async function jpegWithGps(point: LatLon, width = 640, height = 480): Promise<File> {
  const jpeg = await canvasJpeg(width, height);
  const app1 = exifGpsSegment(point);
  const bytes = new Uint8Array(jpeg.length + app1.length);
  bytes.set(jpeg.subarray(0, 2));
  bytes.set(app1, 2);
  bytes.set(jpeg.subarray(2), 2 + app1.length);
  return new File([bytes], 'IMG_0042.jpg', { type: 'image/jpeg' });
}

/** The JPEG's marker segments before the image data (`0xe1` is APP1, where EXIF lives). */
export function jpegMarkers(bytes: Uint8Array): number[] {
  const markers: number[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    markers.push(marker);
    if (marker === 0xda) break; // start of scan: entropy-coded data follows
    offset += 2 + ((bytes[offset + 2]! << 8) | bytes[offset + 3]!);
  }
  return markers;
}

/** Whether the bytes carry an APP1 segment or the text "Exif" anywhere. */
export function hasExif(bytes: Uint8Array): boolean {
  if (jpegMarkers(bytes).includes(0xe1)) return true;
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x78 && bytes[i + 2] === 0x69 && bytes[i + 3] === 0x66) return true;
  }
  return false;
}
