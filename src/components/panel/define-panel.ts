import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewKeys, type ViewKey } from '@/lib/view-state';
import type { Panel, PanelContent, PanelDefinition, PanelState } from './types';

/** Turns a typed panel module into a registry entry; the page, presentation and exports use the entry. */
export function definePanel<T, K extends ViewKey = never, const Id extends string = string>(
  definition: PanelDefinition<T, K, Id>,
): Panel<Id> {
  const { build, filters: keys } = definition;
  function usePanelState(): PanelState {
    const { data, error, refetch } = definition.useData();
    // Only the filters this panel declares re-render it, and they are all `build` can read.
    const view = useViewKeys(keys);
    // `t` changes with the language, so a language switch rebuilds the content too.
    const { t } = useTranslation();
    // undefined: not loaded yet; null: nothing to show (an empty dataset or filters that leave nothing).
    const content = useMemo(
      (): PanelContent | null | undefined =>
        data === undefined ? undefined : data === null ? null : build(data, { t, view }),
      [data, t, view],
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
