import { useTranslation } from 'react-i18next';
import { setViewState as setView, type ViewKey } from '@/lib/view-state';

/** Filters that leave nothing say so, with a way back, instead of an empty axis. */
export function PanelEmpty({ filters }: { filters: readonly ViewKey[] }) {
  const { t } = useTranslation();
  const reset = () => void setView(Object.fromEntries(filters.map((key) => [key, null])));
  return (
    <div
      role="status"
      className="flex min-h-72 flex-1 flex-col items-start justify-center gap-3 rounded-lg border border-dashed border-line p-5"
    >
      <p className="text-lg font-semibold text-ink">{t('panel.noData')}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-lg border border-line px-4 py-2 font-medium text-accent hover:bg-surface-alt"
      >
        {t('filters.resetPanel')}
      </button>
    </div>
  );
}
