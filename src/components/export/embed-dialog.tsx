import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The `<iframe>` code for a panel, in a modal dialog: already on the clipboard when the browser
 * allowed it, and selected in a read-only text box so it can be copied by hand either way.
 */
export function EmbedDialog({
  title,
  code,
  copied,
  onClose,
}: {
  title: string;
  code: string;
  copied: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const boxId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    box.current?.select();
    return () => element.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[36rem] max-w-[calc(100vw-2rem)] rounded-xl border border-line bg-surface p-5 text-ink shadow-lg backdrop:bg-black/40"
      data-testid="embed-dialog"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {t('export.embed.title', { title })}
      </h2>
      <p className="mt-2 text-sm text-ink-muted">{t('export.embed.intro')}</p>
      <label htmlFor={boxId} className="mt-3 block text-sm font-medium">
        {t('export.embed.code')}
      </label>
      <textarea
        id={boxId}
        ref={box}
        readOnly
        value={code}
        rows={4}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 w-full rounded-md border border-line bg-surface-alt p-2 font-mono text-xs text-ink"
      />
      <p role="status" className="mt-2 text-sm text-ink-muted">
        {copied ? t('export.embed.copied') : t('export.embed.notCopied')}
      </p>
      <div className="mt-3 flex justify-end">
        <button
          type="button"
          onClick={onClose}
          className="rounded-lg border border-line bg-surface px-3 py-1 text-sm font-medium text-ink hover:bg-surface-alt"
        >
          {t('export.embed.close')}
        </button>
      </div>
    </dialog>
  );
}
