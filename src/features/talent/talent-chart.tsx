import { useTranslation } from 'react-i18next';
import { seriesStyle } from '@/components/chart/chart-theme';
import { formatFigure } from '@/lib/format';
import { BarList } from '@/components/chart/bar-list';
import type { FigureLine } from './select-talent';

/** Head-count of each talent programme on one scale, largest first, labelled as published. */
export function TalentChart({ programmes }: { programmes: FigureLine[] }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-3">
      <BarList
        color={seriesStyle(1).color}
        items={programmes.map((p) => ({
          id: p.series,
          label: p.label,
          value: p.figure.value,
          text: formatFigure(p.figure, p.unit),
        }))}
      />
      <p className="text-sm text-ink-muted">{t('talent.scaleKey')}</p>
    </div>
  );
}
