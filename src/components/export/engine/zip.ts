import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Blob | string;
}

/** A ZIP of the entries, in order. PNGs are stored (already compressed); text is deflated. */
export async function buildZip(entries: readonly ZipEntry[], date: Date): Promise<Blob> {
  const files: Zippable = {};
  for (const entry of entries) {
    const bytes =
      typeof entry.data === 'string'
        ? strToU8(entry.data)
        : new Uint8Array(await entry.data.arrayBuffer());
    const stored = /\.(png|jpe?g|zip|pptx)$/i.test(entry.name);
    files[entry.name] = [bytes, { level: stored ? 0 : 6, mtime: date }];
  }
  const zipped = zipSync(files);
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
