import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectInfrastructure } from './select-infrastructure';

export function useInfrastructure() {
  return useQuery({
    ...datasetQueryOptions('infrastructure'),
    select: useLocalizedSelect(selectInfrastructure),
  });
}
