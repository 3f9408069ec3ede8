import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectTalent } from './select-talent';

export function useTalent() {
  return useQuery({ ...datasetQueryOptions('talent'), select: useLocalizedSelect(selectTalent) });
}
