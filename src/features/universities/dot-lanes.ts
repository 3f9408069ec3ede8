/**
 * Dots in one subject row whose ranks are close (HKUST 30, CUHK 31) would overlap with their
 * labels, so they are spread over lanes inside the row. Each dot takes the first lane whose
 * previous dot is at least `minGap` ranks away; a row with no close pair stays on one line.
 */
export function assignLanes(ranks: readonly number[], minGap: number): number[] {
  const order = ranks.map((rank, i) => ({ rank, i })).sort((a, b) => a.rank - b.rank);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(ranks.length).fill(0);
  for (const { rank, i } of order) {
    let lane = laneEnds.findIndex((end) => rank - end >= minGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = rank;
    lanes[i] = lane;
  }
  return lanes;
}

/** Vertical offset of a lane within a row one unit tall, centred on the row. */
export function laneOffset(lane: number, laneCount: number, spread = 0.5): number {
  if (laneCount <= 1) return 0;
  return (lane / (laneCount - 1) - 0.5) * spread;
}
