import { useTranslation } from 'react-i18next';
import type { ChartHighlight } from '@/components/chart/highlight';
import { formatYear } from '@/lib/format';

/** What a highlight points at, in words: "2020", or the series or category id. */
export function highlightTargetText(highlight: ChartHighlight): string {
  const { target } = highlight;
  if (target.kind === 'year') return formatYear(target.year);
  return target.kind === 'series' ? target.id : target.key;
}

/**
 * The slide's callout, as text above the chart: it shows whatever the chart draws, and a screen
 * reader reads it with the slide.
 */
export function HighlightCallout({ highlight }: { highlight: ChartHighlight }) {
  const { t } = useTranslation();
  return (
    <p
      className="flex items-baseline gap-3 self-start rounded-lg border-l-[0.3rem] border-accent bg-accent/10 px-4 py-2 text-[1.25rem] text-ink"
      data-testid="slide-callout"
    >
      <span className="font-semibold">
        {t('deck.highlightOn', { target: highlightTargetText(highlight) })}
      </span>
      {highlight.note && <span>{highlight.note}</span>}
    </p>
  );
}
