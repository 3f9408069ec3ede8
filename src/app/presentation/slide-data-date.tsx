import { useTranslation } from 'react-i18next';
import { useManifest } from '@/data/use-manifest';
import { formatDate } from '@/lib/format';

/** "Data as of …" on every slide, so a room knows how current the figures are. */
export function SlideDataDate() {
  const { t } = useTranslation();
  const manifest = useManifest();
  if (!manifest.data) return null;
  return (
    <p className="shrink-0 pt-3 text-ink-muted" data-testid="slide-data-date">
      {t('header.asOf', { date: formatDate(manifest.data.asOf) })}
    </p>
  );
}
