import { useTranslation } from 'react-i18next';
import { FOCUS_AREAS } from '@/data/schema';
import {
  RANKING_INDICES,
  setViewState as setView,
  useViewKeys,
  yearWindow,
  type RankingIndex,
} from '@/lib/view-state';
import { CopyLinkButton } from './copy-link-button';
import { FilterChips } from './filter-chips';
import type { DataCatalogue } from './use-data-catalogue';

const fieldClass = 'rounded-md border border-line bg-surface px-2 py-1 text-base text-ink';

function YearSelect({
  label,
  years,
  value,
  onChange,
}: {
  label: string;
  years: number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <select
      aria-label={label}
      className={fieldClass}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
}

/** The dashboard-wide filters, sticky while scrolling; every change goes to the URL. */
export function FilterBar({ catalogue }: { catalogue: DataCatalogue }) {
  const { t } = useTranslation();
  const view = useViewKeys(['from', 'to', 'area', 'index', 'metric']);
  const { years } = catalogue;
  const first = years[0];
  const last = years.at(-1);
  const window = yearWindow({ from: view.from ?? first ?? null, to: view.to ?? last ?? null });
  const shown = years.filter((y) => y >= window.from && y <= window.to).length;

  // A bound equal to the data's own first or last year is the default: leave it out of the URL.
  const setYear = (bound: 'from' | 'to', value: number) => {
    const isDefault = bound === 'from' ? value === first : value === last;
    void setView({ [bound]: isDefault ? null : value });
  };
  const toggleIndex = (id: RankingIndex) => {
    const next = view.index.includes(id) ? view.index.filter((i) => i !== id) : [...view.index, id];
    void setView({
      index:
        next.length === 0 || next.length === RANKING_INDICES.length
          ? null
          : RANKING_INDICES.filter((i) => next.includes(i)),
    });
  };

  return (
    <section
      aria-labelledby="filters-heading"
      className="sticky top-0 z-30 -mx-6 mb-6 border-b border-line bg-page px-6 py-3"
    >
      <h2 id="filters-heading" className="sr-only">
        {t('filters.heading')}
      </h2>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <fieldset className="flex items-end gap-2">
          <legend className="mb-1 text-sm font-medium text-ink-muted">{t('filters.years')}</legend>
          <YearSelect
            label={t('filters.from')}
            years={years}
            value={window.from}
            onChange={(y) => setYear('from', y)}
          />
          <span aria-hidden="true" className="pb-1">
            –
          </span>
          <YearSelect
            label={t('filters.to')}
            years={years}
            value={window.to}
            onChange={(y) => setYear('to', y)}
          />
        </fieldset>
        <label className="flex flex-col">
          <span className="mb-1 text-sm font-medium text-ink-muted">{t('filters.area')}</span>
          <select
            aria-label={t('filters.area')}
            className={fieldClass}
            value={view.area ?? ''}
            onChange={(e) =>
              void setView({
                area: (FOCUS_AREAS as readonly string[]).includes(e.target.value)
                  ? (e.target.value as (typeof FOCUS_AREAS)[number])
                  : null,
              })
            }
          >
            <option value="">{t('filters.all')}</option>
            {FOCUS_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`filters.areaOption.${area}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex flex-col">
          <legend className="mb-1 text-sm font-medium text-ink-muted">
            {t('filters.indices')}
          </legend>
          <div className="flex gap-3">
            {RANKING_INDICES.map((id) => (
              <label key={id} className="flex items-center gap-1.5 text-base">
                <input
                  type="checkbox"
                  className="size-4 accent-accent"
                  checked={view.index.includes(id)}
                  onChange={() => toggleIndex(id)}
                />
                {t(`filters.indexOption.${id}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex flex-col">
          <span className="mb-1 text-sm font-medium text-ink-muted">{t('filters.metric')}</span>
          <select
            aria-label={t('filters.metric')}
            className={fieldClass}
            value={view.metric}
            title={t('filters.metricHelp')}
            onChange={(e) =>
              void setView({ metric: e.target.value === 'percentile' ? 'percentile' : null })
            }
          >
            <option value="rank">{t('filters.metricOption.rank')}</option>
            <option value="percentile">{t('filters.metricOption.percentile')}</option>
          </select>
        </label>
        <div className="ml-auto flex items-center gap-3">
          <button
            type="button"
            onClick={() => void setView(null)}
            className="rounded-lg border border-line bg-surface px-3 py-1.5 font-medium text-ink hover:bg-surface-alt"
          >
            {t('filters.reset')}
          </button>
          <CopyLinkButton />
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <FilterChips catalogue={catalogue} />
        <p aria-live="polite" className="text-sm text-ink-muted">
          {years.length > 0 && t('filters.status', { count: shown, years: shown })}
        </p>
      </div>
    </section>
  );
}
