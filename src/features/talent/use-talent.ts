import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '@/data/queries';
import { selectTalent } from './select-talent';

export function useTalent() {
  return useQuery({ ...datasetQueryOptions('talent'), select: selectTalent });
}
