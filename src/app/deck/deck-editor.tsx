import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PANELS } from '../panel-registry';
import { deckFromFile, MAX_DECK_FILE_BYTES } from './deck-codec';
import { downloadDeck } from './deck-file';
import { DeckPptxButton } from './deck-pptx-button';
import {
  emptyDeck,
  LIMITS,
  MAX_SECONDS,
  MAX_SLIDES,
  MIN_SECONDS,
  newId,
  type DeckSlide,
} from './deck-schema';
import { getLibrary, removeDeck, saveLibrary, upsertDeck, useDeckLibrary } from './deck-store';
import { draftHighlight, highlightDraft, SlideFields, type SlideDraft } from './slide-fields';
import { useCurrentDeck } from './use-current-deck';

const buttonClass =
  'rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink hover:bg-surface-alt disabled:opacity-40';
const primaryClass =
  'rounded-lg bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent/90 disabled:opacity-40';

export function moveSlide(slides: DeckSlide[], from: number, to: number): DeckSlide[] {
  if (to < 0 || to >= slides.length || from === to) return slides;
  const next = [...slides];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

function toDraft(slide: DeckSlide): SlideDraft {
  return {
    title: slide.title ?? '',
    note: slide.note ?? '',
    view: slide.view,
    seconds: slide.seconds ? String(slide.seconds) : '',
    ...highlightDraft(slide.highlight),
  };
}

function fromDraft(slide: DeckSlide, draft: SlideDraft): DeckSlide {
  const seconds = Number(draft.seconds);
  const highlight = draftHighlight(draft);
  return {
    id: slide.id,
    panel: slide.panel,
    filters: slide.filters,
    view: draft.view,
    ...(draft.title.trim() && { title: draft.title.trim().slice(0, LIMITS.title) }),
    ...(draft.note.trim() && { note: draft.note.trim().slice(0, LIMITS.note) }),
    ...(highlight && { highlight }),
    ...(Number.isInteger(seconds) &&
      seconds >= MIN_SECONDS &&
      seconds <= MAX_SECONDS && { seconds }),
  };
}

/**
 * The deck editor: name, order (drag, or Move up/down and Alt+arrow keys), duplicate, edit,
 * delete, per-slide duration; several named decks; save and open as a `.json` file.
 */
export function DeckEditor({ onClose, onPresent }: { onClose: () => void; onPresent: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { deck, update, fromAddress } = useCurrentDeck();
  const library = useDeckLibrary();
  const [editing, setEditing] = useState<{ id: string; draft: SlideDraft } | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    if (focusId) itemRefs.current.get(focusId)?.focus();
  }, [focusId, deck]);

  const setSlides = (slides: DeckSlide[]) => update({ ...deck, slides });
  const move = (from: number, to: number, keepFocus = false) => {
    const slide = deck.slides[from];
    if (!slide || to < 0 || to >= deck.slides.length) return;
    setSlides(moveSlide(deck.slides, from, to));
    setMessage(t('deck.moved', { n: to + 1, count: deck.slides.length }));
    if (keepFocus) setFocusId(slide.id);
  };
  const onItemKey = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.target !== event.currentTarget || !event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, index - 1, true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, index + 1, true);
    }
  };
  const openFile = async (file: File) => {
    if (file.size > MAX_DECK_FILE_BYTES) {
      setMessage(t('deck.problem.too-large'));
      return;
    }
    const result = deckFromFile(await file.text());
    if (!result.ok) {
      setMessage(t(`deck.problem.${result.problem}`));
      return;
    }
    update(result.deck);
    setMessage(t('deck.opened', { name: result.deck.name || t('deck.untitled') }));
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="deck-editor-heading"
      className="m-auto max-h-[90vh] w-[min(56rem,95vw)] overflow-auto rounded-xl border border-line bg-surface p-6 text-ink backdrop:bg-black/50"
      onClose={onClose}
      data-testid="deck-editor"
    >
      <div className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="deck-editor-heading" className="text-2xl font-semibold">
            {t('deck.heading')}
          </h2>
          <button type="button" className={buttonClass} onClick={() => dialog.current?.close()}>
            {t('deck.close')}
          </button>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <label className="grid gap-1" htmlFor="deck-name">
            {t('deck.name')}
            <input
              id="deck-name"
              className="rounded-md border border-line bg-surface px-2 py-1"
              value={deck.name}
              maxLength={LIMITS.name}
              placeholder={t('deck.untitled')}
              onChange={(e) => update({ ...deck, name: e.target.value })}
            />
          </label>
          {!fromAddress && (
            <label className="grid gap-1" htmlFor="deck-choice">
              {t('deck.choose')}
              <select
                id="deck-choice"
                className="rounded-md border border-line bg-surface px-2 py-1"
                value={library.activeId}
                onChange={(e) => saveLibrary({ ...getLibrary(), activeId: e.target.value })}
              >
                {library.decks.map((d) => (
                  <option key={d.id} value={d.id}>
                    {`${d.name || t('deck.untitled')} (${d.slides.length})`}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className={buttonClass}
            disabled={fromAddress}
            onClick={() => saveLibrary(upsertDeck(getLibrary(), emptyDeck('')))}
          >
            {t('deck.new')}
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={fromAddress}
            onClick={() => saveLibrary(removeDeck(getLibrary(), deck.id))}
          >
            {t('deck.deleteDeck')}
          </button>
        </div>
        {fromAddress && <p className="text-ink-muted">{t('deck.fromLink')}</p>}
        {deck.slides.length === 0 ? (
          <p className="text-ink-muted">{t('deck.empty')}</p>
        ) : (
          <ol className="grid gap-2" aria-label={t('deck.slides')}>
            {deck.slides.map((slide, i) => {
              const panel = PANELS.find((p) => p.id === slide.panel);
              const label = slide.title || (panel ? panel.title(t) : slide.panel);
              const isEditing = editing?.id === slide.id;
              return (
                <li
                  key={slide.id}
                  ref={(el) => {
                    if (el) itemRefs.current.set(slide.id, el);
                    else itemRefs.current.delete(slide.id);
                  }}
                  tabIndex={0}
                  draggable={!isEditing}
                  aria-label={t('deck.slideLabel', { n: i + 1, title: label })}
                  aria-describedby="deck-reorder-hint"
                  onKeyDown={(e) => onItemKey(e, i)}
                  onDragStart={(e) => {
                    setDragFrom(i);
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', slide.id);
                  }}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    if (dragFrom !== null) move(dragFrom, i);
                    setDragFrom(null);
                  }}
                  onDragEnd={() => setDragFrom(null)}
                  className={`grid gap-2 rounded-lg border border-line p-3 ${dragFrom === i ? 'opacity-50' : ''}`}
                  data-testid="deck-slide"
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <span aria-hidden="true" className="cursor-grab text-ink-muted">
                      ⠿
                    </span>
                    <span className="font-semibold tabular-nums">{i + 1}.</span>
                    <span className="font-medium">{label}</span>
                    <span className="text-sm text-ink-muted">
                      {[
                        t(`panel.view.${slide.view}`),
                        slide.filters || t('deck.noFilters'),
                        slide.seconds ? t('present.seconds', { count: slide.seconds }) : '',
                        slide.highlight ? t('deck.hasHighlight') : '',
                        slide.note ? t('deck.hasNote') : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    <span className="ml-auto flex flex-wrap gap-1">
                      <button
                        type="button"
                        className={buttonClass}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                        aria-label={t('deck.moveUpLabel', { title: label })}
                      >
                        {t('deck.moveUp')}
                      </button>
                      <button
                        type="button"
                        className={buttonClass}
                        disabled={i === deck.slides.length - 1}
                        onClick={() => move(i, i + 1)}
                        aria-label={t('deck.moveDownLabel', { title: label })}
                      >
                        {t('deck.moveDown')}
                      </button>
                      <button
                        type="button"
                        className={buttonClass}
                        disabled={deck.slides.length >= MAX_SLIDES}
                        onClick={() =>
                          setSlides([
                            ...deck.slides.slice(0, i + 1),
                            { ...slide, id: newId() },
                            ...deck.slides.slice(i + 1),
                          ])
                        }
                        aria-label={t('deck.duplicateLabel', { title: label })}
                      >
                        {t('deck.duplicate')}
                      </button>
                      <button
                        type="button"
                        className={buttonClass}
                        aria-expanded={isEditing}
                        onClick={() =>
                          setEditing(isEditing ? null : { id: slide.id, draft: toDraft(slide) })
                        }
                        aria-label={t('deck.editLabel', { title: label })}
                      >
                        {t('deck.edit')}
                      </button>
                      <button
                        type="button"
                        className={buttonClass}
                        onClick={() => setSlides(deck.slides.filter((s) => s.id !== slide.id))}
                        aria-label={t('deck.deleteLabel', { title: label })}
                      >
                        {t('deck.delete')}
                      </button>
                    </span>
                  </div>
                  {isEditing && (
                    <form
                      className="grid gap-3 border-t border-line pt-3"
                      onSubmit={(e) => {
                        e.preventDefault();
                        setSlides(
                          deck.slides.map((s) =>
                            s.id === slide.id ? fromDraft(s, editing.draft) : s,
                          ),
                        );
                        setEditing(null);
                      }}
                    >
                      <SlideFields
                        draft={editing.draft}
                        onChange={(draft) => setEditing({ id: slide.id, draft })}
                        showSeconds
                      />
                      <div className="flex justify-end gap-2">
                        <button
                          type="button"
                          className={buttonClass}
                          onClick={() => setEditing(null)}
                        >
                          {t('deck.cancel')}
                        </button>
                        <button type="submit" className={primaryClass}>
                          {t('deck.saveSlide')}
                        </button>
                      </div>
                    </form>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <p id="deck-reorder-hint" className="text-sm text-ink-muted">
          {t('deck.reorderHint')}
        </p>
        <p role="status" className="min-h-6 text-ink" data-testid="deck-message">
          {message}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={buttonClass} onClick={() => downloadDeck(deck)}>
            {t('deck.saveFile')}
          </button>
          <button type="button" className={buttonClass} onClick={() => fileInput.current?.click()}>
            {t('deck.openFile')}
          </button>
          <DeckPptxButton deck={deck} className={buttonClass} />
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            tabIndex={-1}
            aria-label={t('deck.openFile')}
            data-testid="deck-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openFile(file);
            }}
          />
          <button
            type="button"
            className={`${primaryClass} ml-auto`}
            onClick={() => {
              dialog.current?.close();
              onPresent();
            }}
          >
            {deck.slides.length ? t('deck.present') : t('deck.presentAll')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
