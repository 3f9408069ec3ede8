/**
 * Layout rules every chart follows, computed from the box and measured text (never from the
 * page), so the same numbers come out on a phone, a slide, paper and in an export.
 */
import { textWidth } from './measure-text';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const meets = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/**
 * Which labels to draw so that none meets another (or a box already taken, such as an axis
 * title): labels are tried in order (put the ones that matter most first) and a label that
 * would touch one kept before is dropped. The tooltip and the table still carry every value.
 */
export function keepApart(labels: readonly Box[], taken: readonly Box[] = [], gap = 2): boolean[] {
  const kept: Box[] = [...taken];
  return labels.map((label) => {
    if (kept.some((other) => meets(label, other, gap))) return false;
    kept.push(label);
    return true;
  });
}

/** A box with `by` px taken off its sides (such as the room the axes take from a plot). */
export function inset(
  box: Box,
  by: { top?: number; right?: number; bottom?: number; left?: number },
): Box {
  const { top = 0, right = 0, bottom = 0, left = 0 } = by;
  return {
    x: box.x + left,
    y: box.y + top,
    width: box.width - left - right,
    height: box.height - top - bottom,
  };
}

/** The square a marker `half` px from its centre each way takes. */
export function boxAround(x: number, y: number, half: number): Box {
  return { x: x - half, y: y - half, width: half * 2, height: half * 2 };
}

/** A text's box around an anchor point (SVG text-anchor and a baseline at `y`). */
export function textBox(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'middle',
  weight = 400,
): Box {
  const width = textWidth(text, fontSize, weight);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - fontSize * 0.8, width, height: fontSize };
}

export interface YearAxisLayout {
  ticks: number[];
  format: (year: number) => string;
}

const fullYear = (year: number) => String(year);
/** '15 for 2015: how print and OWID shorten a year when four digits do not fit. */
const shortYear = (year: number) => `\u2019${String(year).slice(-2)}`;

/**
 * The years an axis labels so that no two labels meet, within `width` px: every year in full
 * when they fit, else abbreviated ('15), else every n-th counted back from the latest (the
 * newest year is always labelled).
 */
export function yearAxis(
  years: readonly number[],
  width: number,
  fontSize: number,
): YearAxisLayout {
  const slot = width / Math.max(1, years.length);
  const gap = fontSize * 0.8;
  const widest = (format: (year: number) => string) =>
    Math.max(0, ...years.map((y) => textWidth(format(y), fontSize)));
  if (widest(fullYear) + gap <= slot) return { ticks: [...years], format: fullYear };
  const format = shortYear;
  const step = Math.max(1, Math.ceil((widest(format) + gap) / slot));
  const ticks: number[] = [];
  for (let i = years.length - 1; i >= 0; i -= step) ticks.push(years[i] as number);
  return { ticks: ticks.reverse(), format };
}

/** Round steps for an axis from 0 to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const top = Math.ceil(max / step - 1e-9) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => +(i * step).toFixed(10));
}

/** How many ticks a value axis of `length` px has room for at a font size. */
export function tickCount(length: number, fontSize: number): number {
  return Math.max(2, Math.min(6, Math.floor(length / (fontSize * 3.2))));
}

/** The width a value axis needs for its widest label, and a gap. */
export function axisWidth(labels: readonly string[], fontSize: number): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, fontSize))) + fontSize * 0.75);
}

/** Centre of the i-th of n bands across `width` px from `left`. */
export function bandCentre(i: number, n: number, left: number, width: number): number {
  return left + (i + 0.5) * (width / Math.max(1, n));
}
