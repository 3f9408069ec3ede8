import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DatasetError } from '@/data/client';
import { localizeDataset, pickText, useLanguage } from '@/data/localize';
import { DATASET_IDS, datasetQueryOptions } from '@/data/queries';
import { formatDate } from '@/lib/format';

/** Every dataset, what it holds, and every source it cites, with its address. */
export function AboutView() {
  const { t } = useTranslation();
  const results = useQueries({ queries: DATASET_IDS.map((id) => datasetQueryOptions(id)) });
  const language = useLanguage();

  return (
    <article
      aria-labelledby="about-heading"
      className="mx-auto max-w-4xl rounded-xl border border-line bg-surface p-6 shadow-sm"
    >
      <h2 id="about-heading" className="text-2xl font-semibold">
        {t('about.title')}
      </h2>
      <p className="mt-3 text-ink">{t('about.intro')}</p>
      <p className="mt-2 text-ink-muted">{t('about.contract')}</p>
      {results.map((result, i) => {
        const id = DATASET_IDS[i] ?? String(i);
        if (result.isPending)
          return (
            <p key={id} className="mt-4 text-ink-muted">
              {t('about.loading')}
            </p>
          );
        if (!result.data)
          return (
            <p key={id} role="alert" className="mt-4 text-danger">
              {result.error instanceof DatasetError && `${t(`error.kind.${result.error.kind}`)} `}
              {result.error?.message}
            </p>
          );
        // Titles, descriptions and notes in the active language; source titles stay as published.
        const dataset = localizeDataset(result.data, language);
        return (
          <section key={id} aria-labelledby={`about-${id}`} className="mt-6">
            <h3 id={`about-${id}`} className="text-lg font-semibold">
              {dataset.title}{' '}
              <span className="text-sm font-normal text-ink-muted">
                (
                {t('about.figures', {
                  count: dataset.observations.length,
                })}
                )
              </span>
            </h3>
            {dataset.description && <p className="text-ink-muted">{dataset.description}</p>}
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {dataset.sources.map((source) => (
                <li key={source.id}>
                  {pickText(source.publisher, source.publisherI18n, language)}, “{source.title}”
                  {source.date && `, ${formatDate(source.date)}`}
                  {source.accessed &&
                    `, ${t('about.accessed', { date: formatDate(source.accessed) })}`}
                  {source.via && `, ${t('about.via', { site: source.via })}`}{' '}
                  <span className="text-sm text-ink-muted">
                    ({source.sourceType === 'primary' ? t('about.primary') : t('about.secondary')})
                  </span>
                  <br />
                  <a
                    href={source.url}
                    className="break-all text-sm text-accent underline"
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    {source.url}
                  </a>
                </li>
              ))}
            </ul>
            {dataset.notes?.map((note) => (
              <p key={note} className="mt-1 text-sm text-ink-muted">
                {note}
              </p>
            ))}
          </section>
        );
      })}
    </article>
  );
}
