import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunState } from './use-export-runner';

/** The words for a failure: what happened, and what to do. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (state: Extract<RunState, { status: 'failed' }>): string => {
    const { error } = state;
    switch (error.code) {
      case 'noData':
        return t('export.error.noData', { title: error.title ?? '' });
      case 'unknown': {
        const cause =
          error.cause instanceof Error ? error.cause.message : String(error.cause ?? '');
        return t('export.error.unknown', { detail: cause || error.message });
      }
      default:
        return t(`export.error.${error.code}`);
    }
  };
}

/**
 * An export's progress and outcome: a polite status while it runs and when it has saved, an
 * alert with a Dismiss button when it failed. `floating` lays it over the page below its menu,
 * so a panel does not change size while it is being measured.
 */
export function ExportStatus({
  state,
  onDismiss,
  floating = false,
}: {
  state: RunState;
  onDismiss: () => void;
  floating?: boolean;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const done = state.status === 'done';
  useEffect(() => {
    if (!done) return;
    const timer = window.setTimeout(onDismiss, 6000);
    return () => window.clearTimeout(timer);
  }, [done, onDismiss]);

  const box = floating
    ? 'absolute top-full right-0 z-30 mt-1 w-72 rounded-lg border border-line bg-surface p-2 shadow-md'
    : 'rounded-lg border border-line bg-surface px-3 py-2';
  const progress = state.status === 'running' ? state.progress : null;
  return (
    <>
      <div
        role="status"
        aria-live="polite"
        className={state.status === 'running' || done ? box : 'sr-only'}
      >
        {state.status === 'running' && (
          <div className="flex flex-col gap-1 text-sm text-ink">
            <span>
              {progress && progress.total > 1
                ? progress.title
                  ? t('export.progress', {
                      done: progress.done + 1,
                      total: progress.total,
                      title: progress.title,
                    })
                  : t('export.progressPackaging')
                : t('export.busy')}
            </span>
            {progress && progress.total > 1 && (
              <progress
                className="h-2 w-full accent-accent"
                max={progress.total}
                value={progress.done}
                aria-label={t('export.progressLabel')}
              />
            )}
          </div>
        )}
        {done && <span className="text-sm text-ink">{state.message}</span>}
      </div>
      {state.status === 'failed' && (
        <div
          role="alert"
          className={`${box} flex flex-col items-start gap-2 border-danger/50 text-sm text-ink`}
        >
          <p>
            <span className="font-semibold">{t('export.error.title')}</span> {errorMessage(state)}
          </p>
          <button
            type="button"
            onClick={onDismiss}
            className="rounded-md border border-line px-2 py-0.5 font-medium text-accent hover:bg-surface-alt"
          >
            {t('export.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
