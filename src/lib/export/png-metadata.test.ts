import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { itxtChunk, readPngText, withPngText } from './png-metadata';

/** A real 1x1 PNG, built with Node's zlib: signature, IHDR, IDAT, IEND. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('PNG text metadata', () => {
  it('reads back every entry, Chinese included, and keeps the image intact', () => {
    const png = tinyPng();
    const out = withPngText(png, {
      Title: '初創企業增長',
      URL: 'https://example.org/?from=2018&lang=zh-Hant#startups',
      Empty: '',
    });
    expect(readPngText(out)).toEqual({
      Title: '初創企業增長',
      URL: 'https://example.org/?from=2018&lang=zh-Hant#startups',
    });
    // The original chunks follow unchanged: the picture is the same picture.
    expect(out.subarray(out.length - (png.length - 33))).toEqual(png.subarray(33));
  });

  it('writes chunks whose CRC a PNG reader accepts', () => {
    const c = itxtChunk('Title', 'Start-up growth');
    const length = new DataView(c.buffer).getUint32(0);
    const stored = new DataView(c.buffer).getUint32(8 + length);
    expect(stored).toBe(crc32(Buffer.from(c.subarray(4, 8 + length))));
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new TextEncoder().encode('<svg/>'), { Title: 'x' })).toThrow(
      /not a PNG/,
    );
  });
});
