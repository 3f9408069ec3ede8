import { CHART_FONT_FAMILY } from '@/components/chart/measure-text';
import { inlineCssVars, type VarLookup } from '@/lib/export/css-vars';

export interface Size {
  width: number;
  height: number;
}

export interface SvgMeta {
  title: string;
  description: string;
  source: string;
  address: string;
  date: string;
  language: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Attributes that belong to the page (focus, events, layout), not to a drawing. */
const PAGE_ONLY = ['tabindex', 'role', 'style', 'class', 'focusable', 'cursor', 'aria-label'];

function element(doc: Document, name: string, text?: string): Element {
  const node = doc.createElementNS(SVG_NS, name);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A copy of one drawing of the card, as a nested <svg> at its place on the card. */
function placed(svg: SVGSVGElement, card: DOMRect, doc: Document): Element {
  const copy = doc.importNode(svg, true) as Element;
  const box = svg.getBoundingClientRect();
  copy.setAttribute('x', String(Math.round(box.left - card.left)));
  copy.setAttribute('y', String(Math.round(box.top - card.top)));
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  if (!copy.getAttribute('viewBox'))
    copy.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
  copy.setAttribute('overflow', 'hidden');
  return copy;
}

/**
 * The export card (drawn off-screen by the export stage, never the live page) as one standalone
 * SVG 1.1 document: each of its drawings (the words, the chart's svgs) nested at its place,
 * every `var(--…)` replaced by its colour on the card, a font list with the CJK faces, and the
 * title, description and metadata (source, address, date) a file browser or screen reader shows.
 */
export function svgDocument(
  card: HTMLElement,
  layout: Size,
  output: Size,
  meta: SvgMeta,
  lookup: VarLookup,
): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('version', '1.1');
  root.setAttribute('width', String(output.width));
  root.setAttribute('height', String(output.height));
  root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  root.setAttribute('font-family', CHART_FONT_FAMILY);
  root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', meta.language);
  root.append(element(doc, 'title', meta.title), element(doc, 'desc', meta.description));
  const metadata = element(doc, 'metadata');
  const rdf = doc.createElementNS(RDF_NS, 'rdf:RDF');
  const work = doc.createElementNS(RDF_NS, 'rdf:Description');
  for (const [name, value] of [
    ['title', meta.title],
    ['description', meta.description],
    ['source', meta.source],
    ['identifier', meta.address],
    ['date', meta.date],
    ['language', meta.language],
  ] as const) {
    const field = doc.createElementNS(DC_NS, `dc:${name}`);
    field.textContent = value;
    work.append(field);
  }
  rdf.append(work);
  metadata.append(rdf);
  root.append(metadata);

  const cardBox = card.getBoundingClientRect();
  // The outermost drawings only: a chart's own nested svgs travel inside it.
  const drawings = [...card.querySelectorAll<SVGSVGElement>('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
  for (const svg of drawings) root.append(placed(svg, cardBox, doc));

  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const name of PAGE_ONLY) node.removeAttribute(name);
    for (const attr of [...node.attributes])
      if (attr.name.startsWith('data-') && attr.name !== 'data-qr-slot')
        node.removeAttribute(attr.name);
  }
  // Recharts' class names stay on the marks: tools and tests find the bars by them.
  for (const [copy, original] of pairs(root, drawings)) copyClasses(copy, original);
  inlineCssVars(root, lookup);
  const xml = new XMLSerializer()
    .serializeToString(doc)
    // Control characters are not allowed in XML 1.0.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/gu, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

function* pairs(root: Element, drawings: SVGSVGElement[]): Generator<[Element, Element]> {
  const copies = [...root.children].filter((c) => c.localName === 'svg');
  for (let i = 0; i < drawings.length; i++) {
    const copy = copies[i];
    const original = drawings[i];
    if (!copy || !original) continue;
    const a = [copy, ...copy.querySelectorAll('*')];
    const b = [original, ...original.querySelectorAll('*')];
    for (let k = 0; k < Math.min(a.length, b.length); k++) yield [a[k] as Element, b[k] as Element];
  }
}

function copyClasses(copy: Element, original: Element): void {
  const names = [...original.classList].filter((name) => name.startsWith('recharts-'));
  if (names.length) copy.setAttribute('class', names.join(' '));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'sync';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the exported SVG'));
    image.src = url;
  });
}

/** How long the export canvas outlives the last export: long enough for the next few. */
const CANVAS_KEPT_MS = 60_000;
let kept: { canvas: HTMLCanvasElement; release: ReturnType<typeof setTimeout> } | undefined;

/**
 * One canvas for consecutive exports: a new 8-megapixel canvas pays for the first touch of its
 * memory, drawing into one already touched does not. It is given back a minute after the last
 * export, so an idle page does not hold that memory.
 */
function exportCanvas(pixels: Size): HTMLCanvasElement {
  if (kept) clearTimeout(kept.release);
  const canvas = kept?.canvas ?? document.createElement('canvas');
  // Setting a size, even the same one, would clear and reallocate the bitmap.
  if (canvas.width !== pixels.width) canvas.width = pixels.width;
  if (canvas.height !== pixels.height) canvas.height = pixels.height;
  const release = setTimeout(() => {
    canvas.width = 0;
    canvas.height = 0;
    kept = undefined;
  }, CANVAS_KEPT_MS);
  kept = { canvas, release };
  return canvas;
}

/** The PNG is drawn from the exported SVG itself, re-rendered at exactly `pixels`. */
export async function svgToPng(markup: string, pixels: Size): Promise<Blob> {
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
  await image.decode().catch(() => undefined);
  const canvas = exportCanvas(pixels);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser has no canvas to draw the image on');
  // The last export's pixels go; no fill besides: the SVG carries the card's background.
  context.clearRect(0, 0, pixels.width, pixels.height);
  context.drawImage(image, 0, 0, pixels.width, pixels.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('the image is too large for this browser')),
      'image/png',
    ),
  );
}
