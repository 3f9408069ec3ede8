import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '@/data/queries';
import { selectStartups } from './select-startups';

export function useStartups() {
  return useQuery({ ...datasetQueryOptions('startups'), select: selectStartups });
}
