import {
  createContext,
  destroyContext,
  domToForeignObjectSvg,
  type Context,
} from 'modern-screenshot';
import { computedVarLookup, inlineCssVars } from '@/lib/export/css-vars';
import { EXPORT_STYLE_PROPERTIES, SVG_CONTENT_STYLE_PROPERTIES } from './style-properties';

export interface Size {
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The laid-out export card as an SVG document: the HTML (legend, titles, the source line) in a
 * foreignObject, recharts' own <svg> inside it, every style inlined from the computed styles,
 * and every `var(--…)` left in an attribute replaced by its value on the card. The result
 * needs no stylesheet, so it looks the same in a browser, as an <img>, and rasterised.
 */
export async function captureSvg(
  card: HTMLElement,
  layout: Size,
  background: string,
  text: { title: string; description: string },
): Promise<SVGSVGElement> {
  await document.fonts.ready;
  const lookup = computedVarLookup(card);
  const context = await createContext(card, {
    width: layout.width,
    height: layout.height,
    backgroundColor: background,
    timeout: 15_000,
    features: { copyScrollbar: false, restoreScrollPosition: false },
    includeStyleProperties: [...EXPORT_STYLE_PROPERTIES],
  });
  let svg: Element;
  // modern-screenshot asks the filter about each element just before it copies that element's
  // styles: inside an <svg> (shapes and text, not the <svg> box itself) only SVG properties apply,
  // and reading the other ~80 for each of a chart's hundreds of marks was most of the copy.
  const all = context.includeStyleProperties;
  const svgContent = [...SVG_CONTENT_STYLE_PROPERTIES];
  context.filter = (node) => {
    if (node instanceof Element)
      context.includeStyleProperties = isSvgContent(node) ? svgContent : all;
    return true;
  };
  try {
    lendSharedDefaults(context);
    svg = await domToForeignObjectSvg(context);
  } finally {
    keepSharedDefaults(context);
    destroyContext(context);
  }
  if (!(svg instanceof SVGSVGElement)) throw new Error('the chart could not be drawn as SVG');
  inlineCssVars(svg, lookup);
  dropCustomProperties(svg);
  // A title and description, as text nodes: data never becomes markup.
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = text.description;
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text.title;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute('role', 'img');
  return svg;
}

const isSvgContent = (element: Element): boolean =>
  element.namespaceURI === SVG_NS && element.parentElement?.namespaceURI === SVG_NS;

/**
 * The browser's default style of each kind of element, read once per page rather than once per
 * export: modern-screenshot reads it from a blank iframe for every new tag (and SVG fill and
 * stroke) it meets, about a tenth of a PNG export's time. Those defaults never change, so all
 * exports share the iframe and what was read from it.
 */
const shared: { defaults: Context['defaultComputedStyles']; sandbox?: HTMLIFrameElement } = {
  defaults: new Map(),
};

function lendSharedDefaults(context: Context): void {
  if (shared.sandbox?.isConnected) context.sandbox = shared.sandbox;
  else shared.defaults.clear(); // read again in the iframe modern-screenshot is about to make
  context.defaultComputedStyles = shared.defaults;
}

/** Takes the iframe and the defaults out of the context, so destroying it leaves them be. */
function keepSharedDefaults(context: Context): void {
  shared.sandbox = context.sandbox;
  // Hidden already (visibility: hidden, 0 px); named too, for tools that list every frame.
  shared.sandbox?.setAttribute('title', 'export styles');
  shared.sandbox?.setAttribute('aria-hidden', 'true');
  context.sandbox = undefined;
  context.defaultComputedStyles = new Map();
}

/**
 * Computed styles are inlined as values ("fill: rgb(0, 114, 178)"), so once no `var()` is left
 * the custom properties modern-screenshot copies onto every element (about 80 theme tokens
 * each) are dead weight: dropping them makes the SVG about ten times smaller.
 */
function dropCustomProperties(svg: SVGSVGElement): void {
  if (svg.outerHTML.includes('var(')) return;
  for (const element of svg.querySelectorAll<HTMLElement | SVGElement>('[style]')) {
    const { style } = element;
    for (let i = style.length - 1; i >= 0; i--) {
      const name = style.item(i);
      if (name.startsWith('--')) style.removeProperty(name);
    }
  }
}

/** Serialises the SVG at an output size; its viewBox stays the layout, so it scales as vector. */
export function svgMarkup(svg: SVGSVGElement, output: Size, layout: Size): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(output.width));
  copy.setAttribute('height', String(output.height));
  copy.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const xml = new XMLSerializer()
    .serializeToString(copy)
    // Control characters are not allowed in XML 1.0.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/gu, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
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
 * One canvas for consecutive exports. A new 8-megapixel canvas (a 2x PNG) pays for the first touch
 * of its 33 MB, which was ~200 ms of a 2x export on the bench machine; drawing into one already
 * touched takes a few milliseconds. It is given back a minute after the last export, so an idle
 * page does not hold that memory.
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

/**
 * Draws the SVG at exactly `pixels` (the SVG is re-rendered at that size, not scaled up from a
 * small bitmap) and encodes a PNG.
 */
export async function svgToPng(svg: SVGSVGElement, layout: Size, pixels: Size): Promise<Blob> {
  const markup = svgMarkup(svg, pixels, layout);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
  await image.decode().catch(() => undefined);
  const canvas = exportCanvas(pixels);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser has no canvas to draw the image on');
  // The last export's pixels go; no fill besides: the SVG carries the card's background.
  context.clearRect(0, 0, pixels.width, pixels.height);
  context.drawImage(image, 0, 0, pixels.width, pixels.height);
  // toBlob encodes a copy of the bitmap as it is now, so the next export may draw at once.
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('the image is too large for this browser')),
      'image/png',
    ),
  );
}
