import { useTranslation } from 'react-i18next';
import { seriesStyle } from '@/components/chart/chart-theme';
import { BarList } from '@/components/chart/bar-list';
import { useChartEnv } from '@/components/chart/chart-env';
import { SvgBarList } from '@/components/chart/svg-bar-list';
import { formatFigure } from '@/lib/format';
import type { FloorArea } from './select-infrastructure';

/** Floor area of each new I&T project on one m² scale, largest first, labelled as published. */
export function InfrastructureChart({ areas }: { areas: FloorArea[] }) {
  const { t } = useTranslation();
  const { scale } = useChartEnv();
  const color = seriesStyle(0).color;
  const items = areas.map((a) => ({
    id: a.id,
    label: a.label,
    value: a.figure.value,
    text: formatFigure(a.figure, 'sqm'),
  }));
  if (!scale.interactive)
    return <SvgBarList items={items} color={color} notes={[t('infrastructure.areaKey')]} />;
  return (
    <div className="flex flex-col gap-3">
      <BarList color={color} items={items} />
      <p className="text-sm text-ink-muted">{t('infrastructure.areaKey')}</p>
    </div>
  );
}
