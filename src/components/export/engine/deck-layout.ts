/** The slide is 13.33 x 7.5 inches (16:9); the chart image fills this box under the words. */
export const DECK_IMAGE_BOX = { x: 0.5, y: 1.9, w: 12.333, h: 4.75 } as const;

/** `#1b2230`, `#fff` or `rgb(27, 34, 48)` as the `1B2230` PowerPoint wants. */
export function toHex(color: string, fallback: string): string {
  const c = color.trim();
  const long = /^#([0-9a-f]{6})$/i.exec(c);
  if (long?.[1]) return long[1].toUpperCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (short)
    return short
      .slice(1, 4)
      .map((d) => `${d}${d}`)
      .join('')
      .toUpperCase();
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(c);
  if (rgb)
    return rgb
      .slice(1, 4)
      .map((d) => Number(d).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  return fallback;
}
