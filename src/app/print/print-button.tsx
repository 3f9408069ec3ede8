import { useTranslation } from 'react-i18next';
import { printPage } from '@/lib/use-print-medium';

/** "Print / PDF": the browser's print dialog, where "Save as PDF" is one of the printers. */
export function PrintButton({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={printPage} title={t('print.hint')} className={className}>
      {t('print.button')}
    </button>
  );
}
