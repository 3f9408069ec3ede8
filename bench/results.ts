import type { InteractionReport } from './interaction';
import type { LighthouseReport } from './lighthouse';
import type { Machine } from './machine';
import type { PaintReport } from './paint';
import type { FileSize, SizeReport, Totals } from './size';
import type { BenchOptions } from './config';

/** Everything one run measured: what bench/results.json holds. */
export interface BenchResults {
  date: string;
  machine: Machine;
  options: BenchOptions;
  /** Wall time of each phase, to see where a slow run went. */
  phasesMs: Record<string, number>;
  size: SizeReport;
  /** JS the browser requested before the live app's first render (with import()ed chunks). */
  firstRenderJs: { files: FileSize[]; total: Totals } | null;
  lighthouse: { mobile: LighthouseReport | null; desktop: LighthouseReport | null };
  paint: {
    app: PaintReport;
    floor: PaintReport;
    /** Ours divided by the floor's (medians). */
    ratio: { lcp: number; chartsPainted: number };
  } | null;
  interaction: {
    real: InteractionReport | null;
    /** With the observations per dataset in the stress files and in the real ones. */
    stress:
      | (InteractionReport & {
          figures: Record<string, number>;
          realFigures: Record<string, number>;
        })
      | null;
  };
}
