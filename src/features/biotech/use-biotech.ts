import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectBiotech } from './select-biotech';

export function useBiotech() {
  return useQuery({ ...datasetQueryOptions('biotech'), select: useLocalizedSelect(selectBiotech) });
}
