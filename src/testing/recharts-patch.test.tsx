import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

/**
 * patches/recharts+3.11.0.patch (see patches/README.md): with animation off, a data change
 * updates a chart's marks in place. Unpatched, recharts keys its animation wrapper by a new id on
 * every data change, so every mark is thrown away and created again: this test then fails.
 */
describe('the recharts patch', () => {
  it('keeps the marks of a chart without animation when its data changes', () => {
    const chart = (values: number[]) => (
      <BarChart width={400} height={200} data={values.map((value, i) => ({ name: `${i}`, value }))}>
        <XAxis dataKey="name" />
        <YAxis />
        <Bar dataKey="value" isAnimationActive={false} />
      </BarChart>
    );
    const { container, rerender } = render(chart([1, 2, 3]));
    const before = container.querySelector('.recharts-bar-rectangle');
    expect(before).not.toBeNull();
    rerender(chart([3, 2, 1]));
    const after = container.querySelector('.recharts-bar-rectangle');
    expect(after).toBe(before);
    expect(before?.isConnected).toBe(true);
  });
});
