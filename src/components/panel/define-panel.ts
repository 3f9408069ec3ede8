import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getViewState, useViewKeys } from '@/lib/view-state';
import type { Panel, PanelContent, PanelDefinition, PanelState } from './types';

/** Turns a typed panel module into a registry entry; the page, presentation and exports use the entry. */
export function definePanel<T>(definition: PanelDefinition<T>): Panel {
  function usePanelState(): PanelState {
    const query = definition.useData();
    // Only the filters this panel declares re-render it, or rebuild its content.
    const filters = useViewKeys(definition.filters);
    const { t, i18n } = useTranslation();
    const { data, error, refetch } = query;
    // undefined: not loaded yet; null: nothing to show (an empty dataset or filters that leave nothing).
    const content = useMemo(
      (): PanelContent | null | undefined =>
        data === undefined
          ? undefined
          : data === null
            ? null
            : definition.build(data, { t, view: getViewState() }),
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [data, t, i18n.language, filters],
    );
    if (content) return { status: 'success', content };
    if (content === null) return { status: 'empty' };
    if (error) return { status: 'error', error, retry: () => void refetch() };
    return { status: 'pending' };
  }
  return {
    id: definition.id,
    title: definition.title,
    datasets: definition.datasets,
    filters: definition.filters,
    wide: definition.wide ?? false,
    usePanelState,
  };
}
