import { useTranslation } from 'react-i18next';
import { BarListChart } from '@/components/chart/bar-list-chart';
import { seriesStyle } from '@/components/chart/chart-theme';
import { formatFigure } from '@/lib/format';
import type { FigureLine } from './select-talent';

/** Head-count of each talent programme on one scale, largest first, labelled as published. */
export function TalentChart({ programmes }: { programmes: FigureLine[] }) {
  const { t } = useTranslation();
  const items = programmes.map((p) => ({
    id: p.series,
    label: p.label,
    value: p.figure.value,
    text: formatFigure(p.figure, p.unit),
  }));
  const color = seriesStyle(1).color;
  return <BarListChart items={items} color={color} note={t('talent.scaleKey')} />;
}
