import { useTranslation } from 'react-i18next';
import { useManifest } from '@/data/use-manifest';
import { formatDate } from '@/lib/format';
import { useViewState } from '@/lib/view-state';
import { usePrintMedium } from '@/lib/use-print-medium';
import { activeChips } from '../filters/filter-chips';
import type { DataCatalogue } from '../filters/use-data-catalogue';

/**
 * What a printed page says about itself, since paper has no filter bar and no address bar: the
 * title, the data's date, the filters in words and the address that opens this view again.
 * Only in print; on screen the header and the filter bar say the same.
 */
export function PrintHeader({ catalogue }: { catalogue: DataCatalogue }) {
  const { t } = useTranslation();
  const manifest = useManifest();
  const [view] = useViewState();
  // Rendered when printing starts (after the view has been written into the address), so the
  // screen's page holds its date and filters once, not twice.
  const printing = usePrintMedium().medium === 'print';
  if (!printing) return null;
  const chips = activeChips(view, catalogue, t);
  const filters =
    chips.length === 0
      ? t('print.noFilters')
      : t('print.filters', { filters: chips.map((chip) => chip.label).join('; ') });
  const address = window.location.href;
  return (
    <div data-print-header className="hidden border-b-2 border-ink pb-3 print:block">
      <p className="text-2xl font-bold text-ink">{t('app.title')}</p>
      <p className="text-ink">
        {manifest.data && t('header.asOf', { date: formatDate(manifest.data.asOf) })}
        {' · '}
        {t('print.printed', { date: formatDate(new Date().toISOString().slice(0, 10)) })}
      </p>
      <p className="text-ink" data-print-filters>
        {filters}
      </p>
      <p className="text-sm break-all text-ink-muted">
        {t('print.address')} <span data-print-address>{address}</span>
      </p>
    </div>
  );
}
