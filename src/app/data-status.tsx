import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DATASET_IDS, datasetQueryOptions } from '@/data/queries';

/** A line under the header when any dataset failed, so a room knows the page is incomplete. */
export function DataStatus() {
  const { t } = useTranslation();
  const failed = useQueries({
    queries: DATASET_IDS.map((id) => datasetQueryOptions(id)),
    combine: (results) => results.filter((r) => r.isError).length,
  });
  if (failed === 0) return null;
  return (
    <p
      role="status"
      className="border-b border-danger/40 bg-danger/10 px-6 py-2 text-center text-ink"
      data-testid="data-status"
    >
      {t('app.someUnavailable')}
    </p>
  );
}
