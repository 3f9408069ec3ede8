import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/data/schema';
import { formatDate } from '@/lib/format';

export function SourceCitation({ source }: { source: Source }) {
  const { t } = useTranslation();
  const label = `${source.publisher}, “${source.title}”`;
  return (
    <>
      {source.url ? (
        <a
          href={source.url}
          className="underline decoration-dotted underline-offset-2 hover:text-ink"
          target="_blank"
          rel="noreferrer noopener"
        >
          {label}
        </a>
      ) : (
        label
      )}
      {source.date && ` (${formatDate(source.date)})`}
      {source.sourceType === 'secondary' && ` [${t('panel.secondary')}]`}
    </>
  );
}

/**
 * The main source in full; the reports that extend a series to later years listed under it,
 * so a long list of citations does not crowd the chart.
 */
export const SourceLine = memo(
  function SourceLine({ sources, notes }: { sources: Source[]; notes: string[] }) {
    const { t } = useTranslation();
    const [main, ...later] = sources;
    return (
      <footer
        className="mt-auto border-t border-line pt-3 text-sm text-ink-muted"
        data-testid="source-line"
      >
        {main && (
          <p>
            <span className="font-medium">{t('panel.source')}</span>{' '}
            <SourceCitation source={main} />
          </p>
        )}
        {later.length > 0 && (
          <details className="mt-1">
            <summary className="cursor-pointer">
              {t('panel.laterSources', { count: later.length })}
              {/* On paper the list is at the end (print-sources.tsx), so a panel fits its page. */}
              <span className="hidden print:inline"> {t('print.laterSourcesAtEnd')}</span>
            </summary>
            <ul className="mt-1 list-disc pl-5 print:hidden">
              {later.map((source) => (
                <li key={source.id}>
                  <SourceCitation source={source} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {notes.map((note) => (
          <p key={note} className="mt-1">
            <span className="font-medium">{t('panel.note')}</span> {note}
          </p>
        ))}
      </footer>
    );
  },
  // A filter change rebuilds a panel's content, with the same sources in new arrays: compare
  // what they say, so the citations are not redrawn (a language change changes the words).
  (a, b) =>
    JSON.stringify(a.sources) === JSON.stringify(b.sources) &&
    a.notes.join('\n') === b.notes.join('\n'),
);
