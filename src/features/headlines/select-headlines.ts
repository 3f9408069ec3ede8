import type { Dataset, Headline, Manifest, Observation, Source, Unit } from '@/data/schema';
import { findObservation, sourceOf } from '@/data/observations';
import { multiple } from '@/lib/derive';
import { inYearWindow, type ViewState } from '@/lib/view-state';

export interface HeadlineFigure {
  id: string;
  /** English label from the data, used when the catalogue has none for this id. */
  fallbackLabel: string;
  figure: Observation;
  unit: Unit;
  display: Headline['display'];
  /** For `multiple`: the base figure and the derived ratio. */
  base?: Observation;
  ratio?: number;
  companion?: { figure: Observation; unit: Unit };
  source: Source | undefined;
}

function unitOf(dataset: Dataset, o: Observation): Unit {
  return dataset.series.find((s) => s.id === o.series)?.unit ?? 'count';
}

/** Resolves each headline's observation ids against the loaded datasets; unresolved ones are dropped. */
export function selectHeadlines(
  manifest: Manifest,
  datasets: ReadonlyMap<string, Dataset>,
): HeadlineFigure[] {
  return manifest.headlines.flatMap((h) => {
    const dataset = datasets.get(h.dataset);
    const figure = dataset && findObservation(dataset, h.figure);
    if (!dataset || !figure) return [];
    const base = h.base ? findObservation(dataset, h.base) : undefined;
    const companion = h.companion ? findObservation(dataset, h.companion) : undefined;
    const ratio = base ? multiple(base.value, figure.value) : null;
    if (h.display === 'multiple' && (!base || ratio === null)) return [];
    return [
      {
        id: h.id,
        fallbackLabel: dataset.series.find((s) => s.id === figure.series)?.label ?? h.id,
        figure,
        unit: unitOf(dataset, figure),
        display: h.display,
        ...(base && ratio !== null ? { base, ratio } : {}),
        ...(companion
          ? { companion: { figure: companion, unit: unitOf(dataset, companion) } }
          : {}),
        source: sourceOf(dataset, figure.sourceId),
      },
    ];
  });
}

/** Headlines the view's focus area and years still cover: a figure outside them is hidden. */
export function filterHeadlines(
  headlines: HeadlineFigure[],
  manifest: Manifest,
  view: Pick<ViewState, 'from' | 'to' | 'area'>,
): HeadlineFigure[] {
  return headlines.filter((h) => {
    const areas = manifest.headlines.find((m) => m.id === h.id)?.areas ?? [];
    if (view.area && !areas.includes(view.area)) return false;
    return inYearWindow(h.figure.year, view) && inYearWindow(h.base?.year, view);
  });
}
