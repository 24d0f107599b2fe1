/** What the first bytes of an upload say it is. */
export interface SniffedImage {
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  width: number | null;
  height: number | null;
}

const u16be = (b: Uint8Array, o: number) => ((b[o] as number) << 8) | (b[o + 1] as number);
const u16le = (b: Uint8Array, o: number) => (b[o] as number) | ((b[o + 1] as number) << 8);
const u24le = (b: Uint8Array, o: number) => u16le(b, o) | ((b[o + 2] as number) << 16);
const u32be = (b: Uint8Array, o: number) => u16be(b, o) * 65536 + u16be(b, o + 2);
const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));

/** Recognise JPEG, PNG and WebP by their magic bytes and read their size; null otherwise. */
export function sniffImage(b: Uint8Array): SniffedImage | null {
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') {
    return { contentType: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    return { contentType: 'image/jpeg', ...jpegSize(b) };
  }
  if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    return { contentType: 'image/webp', ...webpSize(b) };
  }
  return null;
}

function jpegSize(b: Uint8Array): { width: number | null; height: number | null } {
  let o = 2;
  while (o + 9 < b.length) {
    if (b[o] !== 0xff) return { width: null, height: null };
    const marker = b[o + 1] as number;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      o += 2;
      continue;
    }
    // SOF0…SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, o + 5), width: u16be(b, o + 7) };
    }
    o += 2 + u16be(b, o + 2);
  }
  return { width: null, height: null };
}

function webpSize(b: Uint8Array): { width: number | null; height: number | null } {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = (b[21] as number) | ((b[22] as number) << 8) | ((b[23] as number) << 16) | ((b[24] as number) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return { width: null, height: null };
}
