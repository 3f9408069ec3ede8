import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectRankings } from './select-rankings';

export function useRankings() {
  return useQuery({
    ...datasetQueryOptions('rankings'),
    select: useLocalizedSelect(selectRankings),
  });
}
