import { assignLanes, laneOffset } from './dot-lanes';
import type { UniversitiesData } from './select-universities';

/** Ranks closer than this share a lane only if their labels would not collide. */
const MIN_RANK_GAP = 9;
/** More lanes than this in a row and its labels would overlap: that row shows dots only. */
const MAX_LABELLED_LANES = 3;

export interface DotPoint {
  x: number;
  y: number;
  university: string;
  universityLabel: string;
  subjectLabel: string;
  /** Whether its row has room for rank labels. */
  labelled: boolean;
}

/** Each placing as a dot: its subject's row, and a lane within it so close ranks do not collide. */
export function dotPoints(data: UniversitiesData): DotPoint[] {
  const labels = new Map(data.universities.map((u) => [u.id, u.label]));
  return data.subjects.flatMap((subject, row) => {
    const inRow = data.placings.filter((p) => p.subject === subject.id && labels.has(p.university));
    const lanes = assignLanes(
      inRow.map((p) => p.rank),
      MIN_RANK_GAP,
    );
    const laneCount = Math.max(0, ...lanes) + 1;
    return inRow.map((p, i) => ({
      x: p.rank,
      y: row + laneOffset(lanes[i] ?? 0, laneCount),
      university: p.university,
      universityLabel: labels.get(p.university) ?? p.university,
      subjectLabel: subject.label,
      labelled: laneCount <= MAX_LABELLED_LANES,
    }));
  });
}
