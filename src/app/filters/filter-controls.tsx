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
import type { DataCatalogue } from './use-data-catalogue';

/** 'bar': one wrapping row in the sticky bar. 'sheet': a column of full-width, finger-sized fields. */
export type FilterLayout = 'bar' | 'sheet';

const fieldClass = {
  bar: 'rounded-md border border-line bg-surface px-2 py-1 text-base text-ink',
  sheet: 'min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink',
} as const;

function YearSelect({
  label,
  years,
  value,
  layout,
  onChange,
}: {
  label: string;
  years: number[];
  value: number;
  layout: FilterLayout;
  onChange: (year: number) => void;
}) {
  return (
    <select
      aria-label={label}
      className={fieldClass[layout]}
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

/** The dashboard-wide filters; every change goes to the URL at once. */
export function FilterControls({
  catalogue,
  layout,
}: {
  catalogue: DataCatalogue;
  layout: FilterLayout;
}) {
  const { t } = useTranslation();
  const view = useViewKeys(['from', 'to', 'area', 'index', 'metric']);
  const { years } = catalogue;
  const first = years[0];
  const last = years.at(-1);
  const window = yearWindow({ from: view.from ?? first ?? null, to: view.to ?? last ?? null });
  const sheet = layout === 'sheet';
  const field = fieldClass[layout];

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
    <div
      className={
        sheet ? 'flex flex-col gap-5' : 'flex flex-wrap items-end gap-x-6 gap-y-3 print:hidden'
      }
    >
      <fieldset className={sheet ? 'flex items-center gap-2' : 'flex items-end gap-2'}>
        <legend className="mb-1 text-sm font-medium text-ink-muted">{t('filters.years')}</legend>
        <YearSelect
          label={t('filters.from')}
          years={years}
          value={window.from}
          layout={layout}
          onChange={(y) => setYear('from', y)}
        />
        <span aria-hidden="true" className={sheet ? '' : 'pb-1'}>
          –
        </span>
        <YearSelect
          label={t('filters.to')}
          years={years}
          value={window.to}
          layout={layout}
          onChange={(y) => setYear('to', y)}
        />
      </fieldset>
      <label className="flex flex-col">
        <span className="mb-1 text-sm font-medium text-ink-muted">{t('filters.area')}</span>
        <select
          aria-label={t('filters.area')}
          className={field}
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
        <legend className="mb-1 text-sm font-medium text-ink-muted">{t('filters.indices')}</legend>
        <div className={sheet ? 'flex flex-wrap gap-x-6' : 'flex gap-3'}>
          {RANKING_INDICES.map((id) => (
            <label
              key={id}
              className={`flex items-center gap-1.5 text-base ${sheet ? 'min-h-11 min-w-11 pr-2' : ''}`}
            >
              <input
                type="checkbox"
                className={`accent-accent ${sheet ? 'size-5' : 'size-4'}`}
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
          className={field}
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
      <div
        className={sheet ? 'flex flex-wrap items-center gap-3' : 'ml-auto flex items-center gap-3'}
      >
        <button
          type="button"
          onClick={() => void setView(null)}
          className={`rounded-lg border border-line bg-surface px-3 py-1.5 font-medium text-ink hover:bg-surface-alt ${sheet ? 'min-h-11' : ''}`}
        >
          {t('filters.reset')}
        </button>
        <CopyLinkButton />
      </div>
    </div>
  );
}
