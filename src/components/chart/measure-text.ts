/**
 * Text widths measured in code, never in the page: the chart frame lays out ticks, labels,
 * legends and titles for any box before anything is drawn (as Our World in Data's TextWrap
 * does). A canvas measures with the page's own font; where there is none (jsdom, Node) an
 * estimate per character stands in, erring wide so a layout made with it never overlaps.
 */

export const CHART_FONT_FAMILY =
  "Inter, 'Segoe UI', system-ui, -apple-system, 'Noto Sans', 'Noto Sans CJK TC', 'Noto Sans CJK SC', 'PingFang TC', 'PingFang SC', 'Microsoft JhengHei', 'Microsoft YaHei', sans-serif";

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  // jsdom has a canvas element without a 2D context (and says so on the console): skip it.
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return context;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/** Width of one character in em, by kind: CJK ideographs are square, digits narrow. */
function charEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1; // CJK, full-width forms
  if (/[0-9]/.test(char)) return 0.58;
  if (/[ .,:;'!|il]/.test(char)) return 0.3;
  if (/[A-Z%&@mwMW]/.test(char)) return 0.72;
  return 0.56;
}

export function estimateTextWidth(text: string, fontSize: number, weight = 400): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (weight >= 600 ? 1.06 : 1);
}

const widths = new Map<string, number>();

/** The width in px of one line of text at a font size and weight. */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  const key = `${weight}|${fontSize}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const ctx = canvasContext();
    if (ctx) {
      ctx.font = `${weight} ${fontSize}px ${CHART_FONT_FAMILY}`;
      // A little more than the glyphs: SVG text and canvas text may round differently.
      width = ctx.measureText(text).width * 1.04;
    } else {
      width = estimateTextWidth(text, fontSize, weight);
    }
    if (widths.size > 5000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** Splits text into lines no wider than `max` px, at spaces (or between CJK characters). */
export function wrapText(text: string, max: number, fontSize: number, weight = 400): string[] {
  const words = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const cjk = /^[\u2e80-\uffff]$/u.test(word);
    const joined =
      line === '' ? word : cjk || /[\u2e80-\uffff]$/u.test(line) ? line + word : `${line} ${word}`;
    if (line !== '' && textWidth(joined, fontSize, weight) > max) {
      lines.push(line);
      line = word;
    } else {
      line = joined;
    }
  }
  if (line) lines.push(line);
  return lines;
}
