import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectFunding } from './select-funding';

export function useFunding() {
  return useQuery({ ...datasetQueryOptions('funding'), select: useLocalizedSelect(selectFunding) });
}
