import { useTranslation } from 'react-i18next';
import { seriesStyle } from '@/components/chart/chart-theme';
import { BarList } from '@/components/chart/bar-list';
import { useChartEnv } from '@/components/chart/chart-env';
import { SvgBarList } from '@/components/chart/svg-bar-list';
import { formatFigure } from '@/lib/format';
import type { FigureLine } from './select-talent';

/** Head-count of each talent programme on one scale, largest first, labelled as published. */
export function TalentChart({ programmes }: { programmes: FigureLine[] }) {
  const { t } = useTranslation();
  const { scale } = useChartEnv();
  const color = seriesStyle(1).color;
  const items = programmes.map((p) => ({
    id: p.series,
    label: p.label,
    value: p.figure.value,
    text: formatFigure(p.figure, p.unit),
  }));
  if (!scale.interactive)
    return <SvgBarList items={items} color={color} notes={[t('talent.scaleKey')]} />;
  return (
    <div className="flex flex-col gap-3">
      <BarList color={color} items={items} />
      <p className="text-sm text-ink-muted">{t('talent.scaleKey')}</p>
    </div>
  );
}
