import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectFintech } from './select-fintech';

export function useFintech() {
  return useQuery({ ...datasetQueryOptions('fintech'), select: useLocalizedSelect(selectFintech) });
}
