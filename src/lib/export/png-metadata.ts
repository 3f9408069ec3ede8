/**
 * Text metadata in a PNG file (iTXt chunks, UTF-8, so Chinese titles survive): written just
 * after the IHDR chunk, where every reader (exiftool, Python's Pillow, macOS Preview) finds it.
 * Keywords follow the PNG specification's list: Title, Author, Description, Copyright,
 * Creation Time, Source, plus our own "URL".
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** One iTXt chunk: keyword, no compression, no language tag, UTF-8 text. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  // Keywords are 1-79 Latin-1 characters; ours are fixed ASCII words.
  const key = encoder.encode(keyword.slice(0, 79));
  const body = encoder.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // null separator, compression flag 0, method 0, empty language tag, empty translated keyword
  data.set([0, 0, 0, 0, 0], key.length);
  data.set(body, key.length + 5);
  return chunk('iTXt', data);
}

function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The PNG with the entries added as iTXt chunks after IHDR (empty values are skipped). */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG file');
  // IHDR is always first: 8-byte signature, then length (13), type, data, CRC.
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = Object.entries(entries)
    .filter(([, value]) => value)
    .map(([key, value]) => itxtChunk(key, value));
  const extra = chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** Every tEXt and iTXt entry in a PNG, keyword to text: to check a file we wrote. */
export function readPngText(png: Uint8Array): Record<string, string> {
  if (!isPng(png)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const found: Record<string, string> = {};
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = decoder.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (type === 'tEXt' && zero > 0)
      found[decoder.decode(data.subarray(0, zero))] = decoder.decode(data.subarray(zero + 1));
    if (type === 'iTXt' && zero > 0 && data[zero + 1] === 0) {
      // keyword\0 flag method language\0 translated\0 text
      const language = data.indexOf(0, zero + 3);
      const translated = data.indexOf(0, language + 1);
      found[decoder.decode(data.subarray(0, zero))] = decoder.decode(data.subarray(translated + 1));
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}
