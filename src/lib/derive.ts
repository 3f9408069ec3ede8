/** Values we compute from published figures. Each is shown marked as derived. */

/** Percentage change from `previous` to `current`, or null when either is missing. */
export function growthPercent(
  previous: number | undefined,
  current: number | undefined,
): number | null {
  if (previous === undefined || current === undefined || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

export function multiple(base: number, value: number): number | null {
  return base === 0 ? null : value / base;
}

/** A share of a whole turned into a count (e.g. 17% of 19,008 projects). */
export function shareToCount(sharePercent: number, total: number): number {
  return Math.round((sharePercent / 100) * total);
}
