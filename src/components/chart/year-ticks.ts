/** A year label's width in px: four digits (about 0.6 em each) and an em of space beside it. */
function yearLabelWidth(fontSize: number): number {
  return fontSize * (4 * 0.6 + 1);
}

/**
 * The years an axis labels so that no two labels meet: every year when they fit, otherwise
 * every n-th, counted back from the latest so the newest year is always labelled. Computed here
 * rather than by recharts' `preserveStartEnd`, which measures each label in the page and so
 * forces a layout in the middle of a render.
 */
export function spacedYears(years: readonly number[], width: number, fontSize: number): number[] {
  const room = Math.max(1, Math.floor(width / yearLabelWidth(fontSize)));
  const step = Math.max(1, Math.ceil(years.length / room));
  const picked: number[] = [];
  for (let i = years.length - 1; i >= 0; i -= step) picked.push(years[i] as number);
  return picked.reverse();
}
