import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getViewSearch } from '@/lib/view-state';
import { MAX_SLIDES, PANEL_IDS, newId, normaliseFilters, type DeckSlide } from './deck-schema';
import { draftHighlight, SlideFields, type SlideDraft } from './slide-fields';
import { useCurrentDeck } from './use-current-deck';

const buttonClass =
  'rounded-lg border border-line px-3 py-1 text-sm font-medium text-ink-muted hover:bg-surface-alt';

/**
 * Captures this panel as a deck slide: its filters as they are now, Chart or Table, and what the
 * presenter adds (a title, a speaker note, a highlight).
 */
export function AddToDeckButton({
  panel,
  title,
  view,
}: {
  panel: string;
  title: string;
  view: 'chart' | 'table';
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const { deck, update } = useCurrentDeck();
  const [draft, setDraft] = useState<SlideDraft | null>(null);
  const [added, setAdded] = useState(false);
  const full = deck.slides.length >= MAX_SLIDES;
  const panelId = PANEL_IDS.find((id) => id === panel);

  const open = () => {
    setDraft({
      title: '',
      note: '',
      view,
      highlightKind: 'none',
      highlightValue: '',
      callout: '',
      seconds: '',
    });
    setAdded(false);
    dialog.current?.showModal();
  };
  const add = () => {
    if (!draft || !panelId) return;
    const highlight = draftHighlight(draft);
    const slide: DeckSlide = {
      id: newId(),
      panel: panelId,
      filters: normaliseFilters(getViewSearch()),
      view: draft.view,
      ...(draft.title.trim() && { title: draft.title.trim() }),
      ...(draft.note.trim() && { note: draft.note.trim() }),
      ...(highlight && { highlight }),
    };
    update({ ...deck, slides: [...deck.slides, slide] });
    setAdded(true);
    dialog.current?.close();
  };

  return (
    <>
      <button
        type="button"
        className={buttonClass}
        onClick={open}
        disabled={full}
        aria-label={t('deck.addLabel', { title })}
      >
        {t('deck.add')}
      </button>
      {added && (
        <span role="status" className="sr-only">
          {t('deck.added', { title, count: deck.slides.length })}
        </span>
      )}
      <dialog
        ref={dialog}
        aria-labelledby={`add-${panel}-heading`}
        className="m-auto w-[min(40rem,95vw)] rounded-xl border border-line bg-surface p-6 text-ink backdrop:bg-black/50"
        onClose={() => setDraft(null)}
      >
        {draft && (
          <form
            method="dialog"
            className="grid gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              add();
            }}
          >
            <h2 id={`add-${panel}-heading`} className="text-xl font-semibold">
              {t('deck.addHeading', { title })}
            </h2>
            <p className="text-ink-muted">{t('deck.addHint')}</p>
            <SlideFields draft={draft} onChange={setDraft} />
            <div className="flex justify-end gap-2">
              <button type="button" className={buttonClass} onClick={() => dialog.current?.close()}>
                {t('deck.cancel')}
              </button>
              <button
                type="submit"
                className="rounded-lg bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent/90"
              >
                {t('deck.addConfirm')}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
