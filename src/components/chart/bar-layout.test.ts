import { describe, expect, it } from 'vitest';
import { valueAxis } from './axes';
import { lyingBars, yearBars } from './bar-layout';
import { besideWidth, categoryNames } from './category-tick';
import { boxAround, inset } from './layout';

const plot = { x: 10, y: 20, width: 400, height: 300 };
const format = (v: number) => String(v);

describe('the shared chart layout', () => {
  it('takes the axes off a plot, and boxes a marker', () => {
    expect(inset(plot, { left: 30, right: 10, bottom: 40 })).toEqual({
      x: 40,
      y: 20,
      width: 360,
      height: 260,
    });
    expect(boxAround(50, 60, 4)).toEqual({ x: 46, y: 56, width: 8, height: 8 });
  });

  it('stands bars a year above the year axis, leaving out labels that would not fit', () => {
    const texts = ['1,000,000+', '1,000,000+', '5'];
    const rows = texts.map((text, i) => ({ year: 2020 + i, text }));
    const axis = valueAxis(100, plot.height, 14, format);
    const { xAxis, labels } = yearBars({
      rows,
      values: [100, 90, 5],
      area: { ...plot, width: 150 },
      axis,
      fontSize: 14,
      labelSize: 14,
      gaps: { years: new Set(), label: 'n/a' },
    });
    expect(labels.area.height).toBe(plot.height - xAxis.height);
    expect(labels.max).toBe(axis.domain[1]);
    // The first label would reach past the plot's left edge, into the value axis.
    expect(labels.texts).toEqual(['', '1,000,000+', '5']);
  });

  it('lays bars across with every label and an axis from zero', () => {
    const { x, labels } = lyingBars({
      texts: ['a', 'b'],
      values: [3, null],
      area: plot,
      fontSize: 14,
      format,
    });
    expect(x.domain[0]).toBe(0);
    expect(labels).toEqual({ texts: ['a', 'b'], values: [3, null], max: x.domain[1], area: plot });
  });

  it('wraps category names beside the bars, or across the plot above them', () => {
    const names = new Map([['0', 'Computer science and information systems']]);
    const beside = besideWidth(names, 120, 14);
    expect(beside).toBeCloseTo(120 + 14 * 0.6);
    const side = categoryNames({ names, above: false, beside, plotWidth: 400, fontSize: 14 });
    const top = categoryNames({ names, above: true, beside, plotWidth: 400, fontSize: 14 });
    expect(side.width).toBe(beside);
    // An axis 0 px wide draws no ticks: names above their bars keep 1 px.
    expect(top.width).toBe(1);
    expect(side.lines.get('0')!.length).toBeGreaterThan(top.lines.get('0')!.length);
  });
});
