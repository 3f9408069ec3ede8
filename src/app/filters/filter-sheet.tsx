import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewState } from '@/lib/view-state';
import { FilterChips, activeChips } from './filter-chips';
import { FilterControls } from './filter-controls';
import type { DataCatalogue } from './use-data-catalogue';

/**
 * On a phone the filter bar is one line, "Filters · 2 active", that opens every control in a
 * sheet from the bottom of the screen. A modal `<dialog>`: the page behind is inert (focus stays
 * in the sheet), Escape closes it, its heading names it, and focus returns to the button.
 */
export function FilterSheet({ catalogue }: { catalogue: DataCatalogue }) {
  const { t } = useTranslation();
  const [view] = useViewState();
  const count = activeChips(view, catalogue, t).length;
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    // jsdom has no showModal; the attribute shows it there. Closing unmounts the dialog, which
    // takes it out of the top layer: no close() needed.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, [open]);

  // A modal dialog makes the page behind it inert, but Tab would still leave the last control
  // for the browser's own toolbar: wrap it round to the first, and Shift+Tab the other way.
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = [
      ...event.currentTarget.querySelectorAll<HTMLElement>(
        'button:not(:disabled), select:not(:disabled), input:not(:disabled), [href], [tabindex]:not([tabindex="-1"])',
      ),
    ];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    }
  };

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="flex min-h-11 items-center gap-2 rounded-lg border border-line bg-surface px-4 font-medium text-ink hover:bg-surface-alt"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
          <path d="M2 4h16v2H2zm3 5h10v2H5zm3 5h4v2H8z" />
        </svg>
        {count === 0 ? t('filters.heading') : t('filters.summary', { count })}
      </button>
      {open && (
        <dialog
          ref={dialog}
          aria-labelledby={headingId}
          // Escape: the browser's cancel closes the dialog; keep React's state in step.
          onClose={close}
          onKeyDown={keepFocusInside}
          // A tap on the backdrop (the dialog element itself, outside its content) closes it.
          onClick={(event) => {
            if (event.target === event.currentTarget) close();
          }}
          className="fixed inset-x-0 top-auto bottom-0 m-0 max-h-[88dvh] w-full max-w-none overflow-y-auto overscroll-contain rounded-t-2xl border-t border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/50"
        >
          <div className="flex flex-col gap-5 px-5 pt-3 pb-6">
            <div className="flex items-center justify-between gap-3">
              <h2 id={headingId} className="text-xl font-semibold">
                {t('filters.heading')}
              </h2>
              <button
                type="button"
                aria-label={t('filters.close')}
                onClick={close}
                className="flex size-11 items-center justify-center rounded-lg text-2xl leading-none text-ink-muted hover:bg-surface-alt"
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <FilterChips catalogue={catalogue} />
            <FilterControls catalogue={catalogue} layout="sheet" />
            <button
              type="button"
              onClick={close}
              className="min-h-11 rounded-lg bg-accent px-4 font-medium text-on-accent hover:bg-accent/90"
            >
              {t('filters.done')}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
