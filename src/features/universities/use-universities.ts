import { useQuery } from '@tanstack/react-query';
import { useLocalizedSelect } from '@/data/localize';
import { datasetQueryOptions } from '@/data/queries';
import { selectUniversities } from './select-universities';

export function useUniversities() {
  return useQuery({
    ...datasetQueryOptions('universities'),
    select: useLocalizedSelect(selectUniversities),
  });
}
