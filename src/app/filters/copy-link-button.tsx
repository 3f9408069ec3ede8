import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flushViewState } from '@/lib/view-state';

/** Copies the current address (which holds the whole view) and confirms it in words. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 3000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      flushViewState(); // a change of the last few milliseconds is in the link too
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded-lg bg-accent px-3 py-1.5 font-medium text-on-accent hover:bg-accent/90"
      >
        {t('filters.copyLink')}
      </button>
      <span role="status" className="text-sm text-ink-muted">
        {status === 'copied' && t('filters.copied')}
        {status === 'failed' && t('filters.copyFailed')}
      </span>
    </span>
  );
}
