/**
 * Where an exported file came from: the view's address (with its filters, language and panel),
 * in full and in a short form people can type, and a QR code that opens it. Every image, slide
 * and workbook that leaves the page carries these, so a reader can get back to the live view.
 */

/** The view's address: this page with its filters, the language when not English, and the panel. */
export function viewAddress(parts: {
  /** The page without query or hash, e.g. `https://example.org/` */
  page: string;
  /** The current query string, e.g. `?from=2018&to=2020` (the filters). */
  search: string;
  language: string;
  panelId?: string;
}): string {
  const params = new URLSearchParams(parts.search);
  // Presentation and embeds are ways of showing the view, not part of it.
  for (const key of ['present', 'autoplay', 'caption', 'panel']) params.delete(key);
  if (/^en\b/i.test(parts.language)) params.delete('lang');
  else params.set('lang', parts.language);
  const query = params.toString();
  return `${parts.page}${query ? `?${query}` : ''}${parts.panelId ? `#${parts.panelId}` : ''}`;
}

/** The address as the browser shows it now, for this panel. */
export function currentViewAddress(language: string, panelId?: string): string {
  const { origin, pathname, search } = window.location;
  // The embed page points back at the dashboard beside it.
  const page = `${origin}${pathname.replace(/embed(\.html)?$/, '')}`;
  return viewAddress({ page, search, language, ...(panelId ? { panelId } : {}) });
}

/** `https://www.example.org/?a=1` → `example.org/?a=1`: short enough to read and type. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

export interface QrCode {
  /** Modules per side, quiet zone included. */
  size: number;
  /** One SVG path (in module units) drawing every dark module. */
  path: string;
  /** The dark modules as [x, y] pairs, for drawing them as shapes (slides). */
  dark: ReadonlyArray<readonly [number, number]>;
}

/** The most characters a QR code at medium error correction holds (version 40, bytes). */
export const QR_MAX_LENGTH = 2331;

/** uqr's encoder: loaded on first use, never with the page. */
export type QrEncoder = (typeof import('uqr'))['encode'];

export async function loadQrEncoder(): Promise<QrEncoder> {
  return (await import('uqr')).encode;
}

/**
 * A QR code for the address, as an SVG path in module units; null for an address too long for
 * any QR code (the short address is then the only way back).
 */
export function qrWith(encode: QrEncoder, url: string): QrCode | null {
  if (new TextEncoder().encode(url).length > QR_MAX_LENGTH) return null;
  const { data, size } = encode(url, { ecc: 'M', border: 2 });
  const dark: Array<readonly [number, number]> = [];
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) dark.push([x++, y] as const);
      runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, path: runs.join(''), dark };
}

/** `qrWith`, loading the encoder first. */
export async function qrCode(url: string): Promise<QrCode | null> {
  return qrWith(await loadQrEncoder(), url);
}

/** A standalone QR code as SVG markup, `px` wide, dark on white. */
export function qrSvgMarkup(qr: QrCode, px: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}" fill="#000"/></svg>`;
}
