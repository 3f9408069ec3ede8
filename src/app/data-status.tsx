import { useSyncExternalStore } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DATASET_IDS, datasetQueryOptions } from '@/data/queries';
import { useManifest } from '@/data/use-manifest';
import { formatDate } from '@/lib/format';

function subscribeToNetwork(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * A line under the header when the page is incomplete (a dataset failed) or offline (showing the
 * copy saved by the service worker), so a room knows what it is looking at.
 */
export function DataStatus() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine);
  const manifest = useManifest();
  const failed = useQueries({
    queries: DATASET_IDS.map((id) => datasetQueryOptions(id)),
    combine: (results) => results.filter((r) => r.isError).length,
  });
  return (
    <>
      {!online && (
        <p
          role="status"
          className="bg-surface-alt px-6 py-1 text-center text-sm text-ink"
          data-testid="offline-note"
        >
          {t('app.offline', { date: manifest.data ? formatDate(manifest.data.asOf) : '' })}
        </p>
      )}
      {failed > 0 && (
        <p
          role="status"
          className="border-b border-danger/40 bg-danger/10 px-6 py-2 text-center text-ink"
          data-testid="data-status"
        >
          {t('app.someUnavailable')}
        </p>
      )}
    </>
  );
}
