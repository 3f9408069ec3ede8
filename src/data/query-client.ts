import { QueryClient } from '@tanstack/react-query';
import { DatasetError } from './client';

const MAX_RETRIES = 2;

/** Datasets are static files: never stale within a session; transient faults retried with back-off. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        // A failed dataset is fetched again only by Retry, not each time another view subscribes.
        retryOnMount: false,
        retry: (failureCount, error) =>
          error instanceof DatasetError && error.retryable && failureCount < MAX_RETRIES,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
