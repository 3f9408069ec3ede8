import { useQuery } from '@tanstack/react-query';
import { manifestQueryOptions } from './queries';

export function useManifest() {
  return useQuery(manifestQueryOptions());
}
