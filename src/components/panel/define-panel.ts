import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel, PanelDefinition, PanelState } from './types';

/** Turns a typed panel module into a registry entry; the page, presentation and exports use the entry. */
export function definePanel<T>(definition: PanelDefinition<T>): Panel {
  function usePanelState(): PanelState {
    const query = definition.useData();
    const { t, i18n } = useTranslation();
    const { data, error, refetch } = query;
    const content = useMemo(
      () => (data === undefined ? undefined : definition.build(data, t)),
      // The language is a dependency: the content's strings are built for it.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [data, t, i18n.language],
    );
    if (content) return { status: 'success', content };
    if (error) return { status: 'error', error, retry: () => void refetch() };
    return { status: 'pending' };
  }
  return {
    id: definition.id,
    title: definition.title,
    datasets: definition.datasets,
    usePanelState,
  };
}
