import { useCallback } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { localizeDataset, useLanguage } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import type { Dataset } from '@/data/schema';
import type { PanelData } from '@/components/panel/types';
import { selectTalent, type TalentData } from './select-talent';

/**
 * The talent dataset, with Start-up growth's dataset for the figure this panel shows by
 * reference. Talent's own figures show as soon as they load; if the start-ups dataset fails, the
 * panel shows without its figure rather than failing too.
 */
export function useTalent(): PanelData<TalentData> {
  const language = useLanguage();
  const combine = useCallback(
    ([talent, startups]: UseQueryResult<Dataset, Error>[]): PanelData<TalentData> => {
      // Retry asks for both again: either may be the one that failed.
      const refetch = () => Promise.all([talent?.refetch(), startups?.refetch()]);
      const own = talent?.data;
      if (!own || startups?.isPending)
        return { data: undefined, error: talent?.error ?? null, refetch };
      if (own.observations.length === 0) return { data: null, error: null, refetch };
      const shared = startups?.data;
      return {
        data: selectTalent(
          localizeDataset(own, language),
          shared && localizeDataset(shared, language),
        ),
        error: null,
        refetch,
      };
    },
    [language],
  );
  return useQueries({
    queries: [datasetQueryOptions('talent'), datasetQueryOptions('startups')],
    combine,
  });
}
