import { describe, expect, it } from 'vitest';
import { cssString } from './print-footer';

describe('the printed address as a CSS string', () => {
  it('keeps a hostile address inside its quotes', () => {
    const css = cssString('example.org/?a="}body{display:none}\\\n');
    expect(css).toBe('"example.org/?a=\\"}body{display:none}\\\\\\A "');
    // Parsed back by the browser, it is the same text, and nothing after it becomes a rule.
    const style = document.createElement('style');
    style.textContent = `p::after { content: ${css}; }`;
    document.head.append(style);
    const rules = style.sheet?.cssRules;
    expect(rules?.length).toBe(1);
    style.remove();
  });
});
