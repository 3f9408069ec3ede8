import { useSyncExternalStore } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DATASET_IDS, datasetQueryOptions } from '@/data/queries';
import { useManifest } from '@/data/use-manifest';
import { useRefreshStatus } from '@/data/refresh-schedule';
import { formatDate, intlLocale } from '@/lib/format';

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

/** A moment as the room reads it: the day and the time, in the page's language. */
function formatMoment(ms: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    ms,
  );
}

/**
 * A lobby screen's quiet line while a refresh is failing: the slides keep the last good data,
 * and this says how old it is. No button: nobody is there to press it, and it recovers by itself.
 */
export function KioskDataStatus() {
  const { t } = useTranslation();
  const manifest = useManifest();
  const { lastSuccessAt, lastFailureAt } = useRefreshStatus();
  if (lastFailureAt === null) return null;
  return (
    <p role="status" data-testid="kiosk-data-status">
      {t('present.refreshFailed', {
        date: manifest.data ? formatDate(manifest.data.asOf) : '…',
        loaded: lastSuccessAt === null ? '…' : formatMoment(lastSuccessAt),
        failed: formatMoment(lastFailureAt),
      })}
    </p>
  );
}
