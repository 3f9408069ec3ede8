import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '@/data/queries';
import { selectRankings } from './select-rankings';

export function useRankings() {
  return useQuery({ ...datasetQueryOptions('rankings'), select: selectRankings });
}
