import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectRnd } from './select-rnd';

export function useRnd() {
  return useQuery({ ...datasetQueryOptions('rnd'), select: useLocalizedSelect(selectRnd) });
}
