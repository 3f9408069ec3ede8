import { describe, expect, it } from 'vitest';
import { baseThemeTokens, inlineCssVars, resolveCssVars } from './css-vars';

const tokens: Record<string, string> = {
  '--color-chart-1': '#0072b2',
  '--color-ink': '#111827',
  '--alias': 'var(--color-chart-1)',
  '--loop': 'var(--loop)',
};
const lookup = (name: string) => tokens[name];

describe('resolveCssVars', () => {
  it('replaces a variable with its value', () => {
    expect(resolveCssVars('var(--color-chart-1)', lookup)).toBe('#0072b2');
    expect(resolveCssVars('  var( --color-ink )', lookup)).toBe('  #111827');
  });

  it('follows variables that refer to variables, and stops on a loop', () => {
    expect(resolveCssVars('var(--alias)', lookup)).toBe('#0072b2');
    expect(resolveCssVars('var(--loop)', lookup)).toBe('');
  });

  it('uses the fallback of an unknown variable, including a nested one', () => {
    expect(resolveCssVars('var(--missing, #fff)', lookup)).toBe('#fff');
    expect(resolveCssVars('var(--missing, var(--color-ink))', lookup)).toBe('#111827');
    expect(resolveCssVars('var(--missing, rgb(1, 2, 3))', lookup)).toBe('rgb(1, 2, 3)');
  });

  it('drops an unknown variable without a fallback rather than leaving var() (black)', () => {
    expect(resolveCssVars('var(--missing)', lookup)).toBe('');
  });

  it('replaces every variable in a longer value', () => {
    expect(resolveCssVars('fill: var(--color-chart-1); stroke: var(--color-ink)', lookup)).toBe(
      'fill: #0072b2; stroke: #111827',
    );
    expect(resolveCssVars('url(#derived-hatch)', lookup)).toBe('url(#derived-hatch)');
  });
});

describe('inlineCssVars', () => {
  it('resolves attributes and <style> text of an SVG tree', () => {
    const svg = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg"><style>.a { fill: var(--color-ink) }</style>
        <rect fill="var(--color-chart-1)" stroke="var(--color-ink)" style="color: var(--alias)"/>
        <text fill="url(#p)">x</text></svg>`,
      'image/svg+xml',
    ).documentElement;
    inlineCssVars(svg, lookup);
    const rect = svg.querySelector('rect')!;
    expect(rect.getAttribute('fill')).toBe('#0072b2');
    expect(rect.getAttribute('stroke')).toBe('#111827');
    expect(rect.getAttribute('style')).toBe('color: #0072b2');
    expect(svg.querySelector('style')!.textContent).toBe('.a { fill: #111827 }');
    expect(svg.querySelector('text')!.getAttribute('fill')).toBe('url(#p)');
    expect(new XMLSerializer().serializeToString(svg)).not.toContain('var(');
  });
});

describe('baseThemeTokens', () => {
  it('reads the :root tokens, not the [data-theme] overrides, inside layers too', () => {
    const style = document.createElement('style');
    style.textContent = `
      @layer theme { :root, :host { --color-chart-1: #0072b2; --color-surface: #ffffff; --spacing: 4px } }
      :root[data-theme='dark'] { --color-chart-1: #56b4e9; --color-surface: #1b2230 }`;
    document.head.append(style);
    try {
      const sheet = style.sheet!;
      expect(baseThemeTokens([sheet])).toEqual({
        '--color-chart-1': '#0072b2',
        '--color-surface': '#ffffff',
      });
    } finally {
      style.remove();
    }
  });
});
