import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatFigure, formatMultiple, formatSignedPercent } from '@/lib/format';
import type { HeadlineFigure } from './select-headlines';
import { useHeadlines } from './use-headlines';

function HeadlineCard({ headline }: { headline: HeadlineFigure }) {
  const { t } = useTranslation();
  const detailId = useId();
  const value =
    headline.display === 'multiple' && headline.ratio !== undefined
      ? formatMultiple(headline.ratio)
      : formatFigure(headline.figure, headline.unit);
  const label = t(`headlines.label.${headline.id}`, { defaultValue: headline.fallbackLabel });
  const when =
    headline.base?.year !== undefined && headline.figure.year !== undefined
      ? t('headlines.sinceYear', { from: headline.base.year, to: headline.figure.year })
      : headline.figure.year !== undefined
        ? t('headlines.inYear', { year: headline.figure.year })
        : undefined;
  const source = headline.source;

  return (
    <li
      tabIndex={0}
      aria-describedby={detailId}
      data-headline={headline.id}
      className="group relative flex min-w-0 flex-col rounded-xl border border-line bg-surface px-4 py-3 shadow-sm"
    >
      <span className="text-[clamp(1.5rem,1.9vw,1.875rem)] font-bold text-ink tabular-nums">
        {value}
        {headline.companion && (
          <span className="ml-2 text-lg font-semibold text-chart-3">
            {formatSignedPercent(headline.companion.figure.value)}
          </span>
        )}
        {headline.display === 'multiple' && (
          // A computed value says so on its face, not only in the tooltip.
          <span className="ml-2 rounded border border-line px-1 align-middle text-xs font-semibold text-ink-muted">
            {t('headlines.derivedTag')}
          </span>
        )}
      </span>
      <span className="text-sm text-ink">{label}</span>
      {when && <span className="text-sm text-ink-muted">{when}</span>}
      <div
        id={detailId}
        role="tooltip"
        className="pointer-events-none absolute inset-x-0 top-full z-20 mt-2 hidden rounded-lg border border-line bg-surface p-3 text-sm text-ink shadow-lg group-hover:block group-focus:block"
      >
        {headline.figure.quote && <p className="italic">“{headline.figure.quote}”</p>}
        {headline.figure.cell && (
          <p className="text-ink-muted">{t('headlines.cell', headline.figure.cell)}</p>
        )}
        {headline.display === 'multiple' && headline.base && (
          <p className="mt-1">
            {t('headlines.derived', {
              method: t('headlines.multipleMethod', {
                to: formatFigure(headline.figure, headline.unit),
                from: formatFigure(headline.base, headline.unit),
              }),
            })}
          </p>
        )}
        {source && (
          <p className="mt-1 text-ink-muted">
            {t('headlines.source', {
              source: `${source.publisher}, “${source.title}”${source.date ? `, ${formatDate(source.date)}` : ''}`,
            })}
          </p>
        )}
      </div>
    </li>
  );
}

/** The strip of headline figures: each cites its sentence and source on hover or keyboard focus. */
export function HeadlineStrip() {
  const { t } = useTranslation();
  const { status, headlines, hidden } = useHeadlines();
  return (
    <section aria-labelledby="headlines-heading" className="mb-6">
      <h2 id="headlines-heading" className="sr-only">
        {t('headlines.heading')}
      </h2>
      {status === 'pending' && (
        <div className="h-28 animate-pulse rounded-xl bg-line/60 motion-reduce:animate-none" />
      )}
      {status === 'error' && (
        <p role="alert" className="text-ink-muted">
          {t('headlines.unavailable')}
        </p>
      )}
      {status === 'success' && (
        <ul className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-4">
          {headlines.map((h) => (
            <HeadlineCard key={h.id} headline={h} />
          ))}
        </ul>
      )}
      {status === 'success' && hidden > 0 && (
        <p className="mt-2 text-sm text-ink-muted">{t('headlines.hidden', { count: hidden })}</p>
      )}
    </section>
  );
}
