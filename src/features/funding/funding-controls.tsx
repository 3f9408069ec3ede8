import { useTranslation } from 'react-i18next';
import { setViewState as setView, useViewKeys } from '@/lib/view-state';
import type { SectorShare } from './select-funding';

/** The panel's own filters: which sector to focus on, and share or derived project count. */
export function FundingControls({ sectors }: { sectors: SectorShare[] }) {
  const { t } = useTranslation();
  const view = useViewKeys(['sector', 'count']);
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-base">
      <label className="flex items-center gap-2">
        <span>{t('funding.sectorFilter')}</span>
        <select
          aria-label={t('funding.sectorFilter')}
          value={view.sector ?? ''}
          onChange={(e) => void setView({ sector: e.target.value || null })}
          className="rounded-md border border-line bg-surface px-2 py-1"
        >
          <option value="">{t('filters.all')}</option>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="flex flex-wrap items-center gap-3">
        <legend className="sr-only">{t('funding.metricLabel')}</legend>
        <span aria-hidden="true">{t('funding.metricLabel')}</span>
        {(['share', 'projects'] as const).map((option) => (
          <label key={option} className="flex cursor-pointer items-center gap-2">
            <input
              type="radio"
              name="funding-metric"
              value={option}
              checked={view.count === option}
              onChange={() => void setView({ count: option })}
              className="size-4 accent-accent"
            />
            {t(`funding.metric.${option}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
