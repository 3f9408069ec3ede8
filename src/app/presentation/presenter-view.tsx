import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceLine } from '@/components/panel/source-line';
import { ViewOverrideContext } from '@/lib/view-state';
import { useCurrentDeck } from '../deck/use-current-deck';
import { useVisiblePanels } from '../use-visible-panels';
import { usePresentSlides, type PresentSlide } from './present-slides';
import { Slide } from './slide';
import { keyToAction } from './slide-navigation';
import { useSlideControl } from './use-slide-control';

const buttonClass =
  'rounded-md border border-line bg-surface px-3 py-1 text-ink hover:bg-surface-alt disabled:opacity-40';
const START_KEY = 'hk-innovation.presenter-start';

/** When this presentation's timer started: kept for the tab, so a reload rejoins the same count. */
function useStartTime(): [number, () => void] {
  const [start, setStart] = useState(() => {
    const stored = Number(sessionStorage.getItem(START_KEY));
    if (Number.isFinite(stored) && stored > 0 && stored <= Date.now()) return stored;
    const now = Date.now();
    sessionStorage.setItem(START_KEY, String(now));
    return now;
  });
  const reset = () => {
    const now = Date.now();
    sessionStorage.setItem(START_KEY, String(now));
    setStart(now);
  };
  return [start, reset];
}

/** The wall clock, once a second; each tick reads the clock, so a sleep does not skew it. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * The presenter's window: the current slide, the next, the notes (the slide's note, its takeaway
 * and its sources), elapsed time, the clock and the counter. Keys and clicks here move the
 * audience screen too, over the presentation channel; closing this window leaves it as it is.
 */
export function PresenterView() {
  const { t } = useTranslation();
  const { panels } = useVisiblePanels();
  const { deck } = useCurrentDeck();
  const slides = usePresentSlides(deck, panels);
  const { state, act } = useSlideControl(slides.length);
  const [start, resetTimer] = useStartTime();
  const now = useNow();
  const current = slides[state.index];
  const next = slides[state.index + 1];

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' '))
        return;
      const action = keyToAction(event.key);
      if (!action || event.repeat) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [act]);

  useEffect(() => {
    document.title = t('presenter.windowTitle');
  }, [t]);

  return (
    <main
      className="grid h-screen grid-cols-[3fr_2fr] grid-rows-[auto_minmax(0,1fr)_minmax(0,1fr)] gap-4 bg-page p-4 text-ink"
      aria-label={t('presenter.label')}
      data-testid="presenter-view"
    >
      <header className="col-span-2 flex flex-wrap items-center gap-4">
        <h1 className="text-xl font-bold">{t('presenter.label')}</h1>
        <p className="text-2xl tabular-nums" data-testid="presenter-counter">
          {t('presenter.counter', { n: state.index + 1, count: slides.length })}
        </p>
        <p className="tabular-nums" data-testid="presenter-elapsed">
          {t('presenter.elapsed', { time: formatElapsed(now - start) })}
        </p>
        <p className="tabular-nums">
          {t('presenter.clock', {
            time: new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
          })}
        </p>
        <div
          className="ml-auto flex flex-wrap gap-2"
          role="toolbar"
          aria-label={t('present.controls')}
        >
          <button type="button" className={buttonClass} onClick={resetTimer}>
            {t('presenter.resetTimer')}
          </button>
          <button
            type="button"
            className={buttonClass}
            aria-pressed={state.blanked}
            onClick={() => act({ type: 'toggle-blank' })}
          >
            {t('presenter.blank')}
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={() => act({ type: 'previous' })}
            disabled={state.index === 0}
          >
            {t('present.previous')}
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={() => act({ type: 'next' })}
            disabled={state.index >= slides.length - 1}
          >
            {t('present.next')}
          </button>
        </div>
      </header>
      <section
        aria-label={t('presenter.current')}
        className="row-span-2 overflow-hidden rounded-lg border-2 border-accent bg-surface"
        data-testid="presenter-current"
        data-slide={current?.panel.id}
      >
        {current && <Slide key={current.key} slide={current} scale={0.8} />}
      </section>
      <section
        aria-label={t('presenter.next')}
        className="overflow-hidden rounded-lg border border-line bg-surface"
        data-testid="presenter-next"
      >
        {next ? (
          <Slide key={next.key} slide={next} scale={0.5} />
        ) : (
          <p className="p-6 text-ink-muted">{t('presenter.end')}</p>
        )}
      </section>
      <section
        aria-label={t('presenter.notes')}
        className="overflow-auto rounded-lg border border-line bg-surface p-4"
        data-testid="presenter-notes"
      >
        {current && <Notes slide={current} />}
      </section>
    </main>
  );
}

function Notes({ slide }: { slide: PresentSlide }) {
  return (
    <ViewOverrideContext.Provider value={slide.view ?? null}>
      <NotesBody slide={slide} />
    </ViewOverrideContext.Provider>
  );
}

function NotesBody({ slide }: { slide: PresentSlide }) {
  const { t } = useTranslation();
  const state = slide.panel.usePanelState();
  const note = slide.deckSlide?.note;
  return (
    <div className="flex flex-col gap-3 text-lg">
      <h2 className="text-base font-semibold text-ink-muted">{t('presenter.notes')}</h2>
      {note ? (
        <p className="whitespace-pre-wrap" data-testid="presenter-note">
          {note}
        </p>
      ) : (
        <p className="text-ink-muted">{t('presenter.noNote')}</p>
      )}
      {state.status === 'success' && (
        <>
          <p>
            <span className="font-semibold">{t('presenter.takeaway')} </span>
            {state.content.takeaway}
          </p>
          <SourceLine sources={state.content.sources} notes={state.content.notes} />
        </>
      )}
    </div>
  );
}
