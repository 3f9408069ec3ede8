import type { Panel } from '@/components/panel/types';
import { useViewKeys } from '@/lib/view-state';
import { useDataCatalogue, type DataCatalogue } from './filters/use-data-catalogue';
import { PANELS } from './panel-registry';

/** The registry's panels the focus area keeps, in registry order: the grid and the slides share it. */
export function useVisiblePanels(): {
  panels: readonly Panel[];
  hidden: number;
  catalogue: DataCatalogue;
} {
  const view = useViewKeys(['area']);
  const catalogue = useDataCatalogue();
  // A panel is shown for a focus area when its datasets are tagged with it (tags live in the data).
  const panels = PANELS.filter((panel) => {
    if (!view.area) return true;
    const areas = catalogue.areasOf(panel.datasets);
    return areas === undefined || areas.includes(view.area);
  });
  return { panels, hidden: PANELS.length - panels.length, catalogue };
}
