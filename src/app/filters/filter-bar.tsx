import { useTranslation } from 'react-i18next';
import { useViewKeys, yearWindow } from '@/lib/view-state';
import { PrintHeader } from '../print/print-header';
import { PrintFooter } from '../print/print-footer';
import { FilterChips } from './filter-chips';
import { FilterControls } from './filter-controls';
import { FilterSheet } from './filter-sheet';
import type { DataCatalogue } from './use-data-catalogue';

/**
 * The dashboard-wide filters, sticky while scrolling. On a wide screen every control is in the
 * bar; on a phone (the `compact` variant: narrow, or short as a phone on its side) the bar is one
 * line that opens them in a sheet, so it never covers more than a sliver of the screen. Both are
 * in the HTML and CSS picks one, so the prerendered page is already right for the screen. On
 * paper the bar gives way to the print header, which says the same in words.
 */
export function FilterBar({ catalogue }: { catalogue: DataCatalogue }) {
  const { t } = useTranslation();
  const view = useViewKeys(['from', 'to']);
  const { years } = catalogue;
  const window = yearWindow({
    from: view.from ?? years[0] ?? null,
    to: view.to ?? years.at(-1) ?? null,
  });
  const shown = years.filter((y) => y >= window.from && y <= window.to).length;

  return (
    <>
      <PrintHeader catalogue={catalogue} />
      <PrintFooter />
      <section
        aria-labelledby="filters-heading"
        data-filter-bar
        className="sticky top-0 z-30 -mx-6 mb-6 border-b border-line bg-page px-6 py-3 compact:mb-4 compact:py-2 print:hidden"
      >
        <h2 id="filters-heading" className="sr-only">
          {t('filters.heading')}
        </h2>
        <div className="compact:hidden">
          <FilterControls catalogue={catalogue} layout="bar" />
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-3 compact:mt-0 compact:flex-nowrap compact:justify-between">
          <div className="hidden compact:block">
            <FilterSheet catalogue={catalogue} />
          </div>
          <div className="contents compact:hidden">
            <FilterChips catalogue={catalogue} />
          </div>
          <p aria-live="polite" className="text-sm text-ink-muted">
            {years.length > 0 && t('filters.status', { count: shown, years: shown })}
          </p>
        </div>
      </section>
    </>
  );
}
