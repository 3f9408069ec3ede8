import type { InteractionReport } from './interaction';
import type { LighthouseReport } from './lighthouse';
import type { Machine } from './machine';
import type { PaintReport } from './paint';

export interface PaintComparison {
  app: PaintReport;
  floor: PaintReport;
  /** Ours divided by the floor's (medians). */
  ratio: { lcp: number; chartsPainted: number };
}
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
  /** The default view in English. */
  paint: PaintComparison | null;
  /** The same view asked for in Traditional Chinese (`?lang=zh-Hant`), against its own floor. */
  paintZhHant: PaintComparison | null;
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
