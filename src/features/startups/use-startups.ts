import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectStartups } from './select-startups';

export function useStartups() {
  return useQuery({
    ...datasetQueryOptions('startups'),
    select: useLocalizedSelect(selectStartups),
  });
}
