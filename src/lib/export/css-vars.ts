/**
 * CSS custom properties in an export. The screen draws chart colours as `var(--color-chart-1)`;
 * an exported SVG opened in another program, or drawn as an image, has no stylesheet to look
 * them up in, so every `var()` is replaced by the value it has on screen.
 */

export type VarLookup = (name: string) => string | undefined;

/** Index of the ")" that closes the "(" at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the first comma outside parentheses, or -1. */
function topLevelComma(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return i;
  }
  return -1;
}

/**
 * Replaces every `var(--name)` and `var(--name, fallback)` in `value`, following variables that
 * refer to other variables. An unknown variable without a fallback becomes `fallback` (by
 * default the empty string, which drops the declaration rather than painting it black).
 */
export function resolveCssVars(value: string, lookup: VarLookup, unknown = '', depth = 0): string {
  if (!value.includes('var(')) return value;
  if (depth > 10) return unknown; // a variable that refers to itself
  let out = '';
  let rest = value;
  for (let at = rest.indexOf('var('); at !== -1; at = rest.indexOf('var(')) {
    const close = closingParen(rest, at + 3);
    if (close === -1) break;
    const inner = rest.slice(at + 4, close);
    const comma = topLevelComma(inner);
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? undefined : inner.slice(comma + 1).trim();
    const found = lookup(name)?.trim();
    const replacement = found ? found : fallback !== undefined ? fallback : unknown;
    out += rest.slice(0, at) + resolveCssVars(replacement, lookup, unknown, depth + 1);
    rest = rest.slice(close + 1);
  }
  return out + rest;
}

/** A lookup that reads the custom properties as they apply to `element`. */
export function computedVarLookup(element: Element): VarLookup {
  const style = getComputedStyle(element);
  return (name) => style.getPropertyValue(name) || undefined;
}

/** Replaces `var()` in every attribute and `<style>` text under `root` (the root included). */
export function inlineCssVars(root: Element, lookup: VarLookup): void {
  const elements = [root, ...root.querySelectorAll('*')];
  for (const element of elements) {
    for (const attr of [...element.attributes]) {
      if (attr.value.includes('var('))
        element.setAttribute(attr.name, resolveCssVars(attr.value, lookup));
    }
    if (element.localName === 'style' && element.textContent?.includes('var('))
      element.textContent = resolveCssVars(element.textContent, lookup);
  }
}

/** Is this rule's selector the theme's base (`:root`, not `:root[data-theme=…]`)? */
function isBaseRootSelector(selector: string): boolean {
  return selector
    .split(',')
    .map((s) => s.trim())
    .some((s) => s === ':root' || s === 'html');
}

function collect(rules: CSSRuleList, into: Record<string, string>, prefix: string): void {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      if (!isBaseRootSelector(rule.selectorText)) continue;
      for (const name of rule.style) {
        if (name.startsWith(prefix)) into[name] = rule.style.getPropertyValue(name).trim();
      }
    } else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) {
      // @layer, @media and @supports blocks hold rules of their own.
      collect(rule.cssRules, into, prefix);
    }
  }
}

/**
 * The light theme's tokens (the `:root` defaults in the stylesheets, before any
 * `[data-theme]` override), so an export can be white while the page is dark.
 */
export function baseThemeTokens(
  sheets: Iterable<CSSStyleSheet> = document.styleSheets,
  prefix = '--color-',
): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet cannot be read; ours are same-origin
    }
    collect(rules, tokens, prefix);
  }
  return tokens;
}
