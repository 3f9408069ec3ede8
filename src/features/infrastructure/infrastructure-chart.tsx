import { useTranslation } from 'react-i18next';
import { BarListChart } from '@/components/chart/bar-list-chart';
import { seriesStyle } from '@/components/chart/chart-theme';
import { formatFigure } from '@/lib/format';
import type { FloorArea } from './select-infrastructure';

/** Floor area of each new I&T project on one m² scale, largest first, labelled as published. */
export function InfrastructureChart({ areas }: { areas: FloorArea[] }) {
  const { t } = useTranslation();
  const items = areas.map((a) => ({
    id: a.id,
    label: a.label,
    value: a.figure.value,
    text: formatFigure(a.figure, 'sqm'),
  }));
  const color = seriesStyle(0).color;
  return <BarListChart items={items} color={color} note={t('infrastructure.areaKey')} />;
}
