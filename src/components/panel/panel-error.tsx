import { useTranslation } from 'react-i18next';
import { DatasetError } from '@/data/client';

/** A failure stays inside its panel: what went wrong, in words, and a way to try again. */
export function PanelError({
  title,
  error,
  retry,
}: {
  title: string;
  error: Error;
  retry: () => void;
}) {
  const { t } = useTranslation();
  const reason =
    error instanceof DatasetError ? t(`error.kind.${error.kind}`) : t('error.kind.render');
  return (
    <div
      role="alert"
      className="flex min-h-72 flex-1 flex-col items-start justify-center gap-3 rounded-lg border border-danger/40 bg-danger/5 p-5"
    >
      <p className="text-lg font-semibold text-ink">{t('error.title', { title })}</p>
      <p className="text-ink-muted">{reason}</p>
      <p className="font-mono text-sm break-all text-ink-muted" data-testid="error-detail">
        {error.message}
      </p>
      <button
        type="button"
        onClick={retry}
        className="rounded-lg bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent/90"
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
