import { Tooltip, type TooltipProps } from 'recharts';
import { useChartEnv } from './chart-env';

/** Recharts' tooltip in the chart's text size, so a slide's tooltip is as legible as its ticks. */
export function ChartTooltip(props: TooltipProps) {
  const { scale } = useChartEnv();
  return <Tooltip contentStyle={{ fontSize: scale.fontSize }} {...props} />;
}

/**
 * The tooltip of a chart whose rows carry their value as published (`text`: "600+", not the
 * number drawn); `fallback`, else the number, where a row has no text.
 */
export function RowTextTooltip({ fallback }: { fallback?: string }) {
  return (
    <ChartTooltip
      formatter={(value, name, item) => [
        (item.payload as { text?: string }).text || (fallback ?? String(value)),
        name,
      ]}
    />
  );
}
