import { useTranslation } from 'react-i18next';
import { preloadCharts } from '@/components/chart/lazy-chart';
import { printPage } from '@/lib/use-print-medium';

/**
 * "Print / PDF": the browser's print dialog, where "Save as PDF" is one of the printers, once
 * every chart's code is here (paper draws every chart).
 */
export function PrintButton({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      onClick={() => void preloadCharts().then(printPage)}
      title={t('print.hint')}
      className={className}
    >
      {t('print.button')}
    </button>
  );
}
