import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTOPLAY_CHOICES, useViewState, type Autoplay } from '@/lib/view-state';
import { enterFullscreen, exitFullscreen } from '@/lib/fullscreen';
import { KioskDataStatus } from '../data-status';
import { useCurrentDeck } from '../deck/use-current-deck';
import { activeChips } from '../filters/filter-chips';
import { useProgressiveMount } from '../use-progressive-mount';
import { useVisiblePanels } from '../use-visible-panels';
import { openPresenterWindow } from './open-presenter-window';
import { usePresentSlides } from './present-slides';
import { Slide } from './slide';
import { keyToAction, slidesNearestFirst } from './slide-navigation';
import { useAutoAdvance } from './use-auto-advance';
import { useIdleCursor } from './use-idle-cursor';
import { useKioskRefresh } from './use-kiosk-refresh';
import { useSlideControl } from './use-slide-control';
import { useViewportScale } from './use-viewport-scale';
import { useWakeLock } from './use-wake-lock';

const buttonClass =
  'rounded-md border border-line bg-surface px-3 py-1 text-[1rem] text-ink hover:bg-surface-alt disabled:opacity-40';

/**
 * Full-screen slides: the deck's when it has some, else one per visible panel in registry order,
 * with the current filters, language and theme. `kiosk` (opened from a link) shows no controls,
 * only an optional filter caption, and refreshes its data on a schedule while auto-advancing.
 */
export function PresentationView({ kiosk, onExit }: { kiosk: boolean; onExit: () => void }) {
  const { t } = useTranslation();
  const [view, setView] = useViewState();
  const { panels, catalogue } = useVisiblePanels();
  const { deck } = useCurrentDeck();
  const slides = usePresentSlides(deck, panels);
  const { state, act } = useSlideControl(slides.length);
  const [keyHeld, setKeyHeld] = useState(false);
  const [overControls, setOverControls] = useState(false);
  const pointerActive = useIdleCursor();
  const scale = useViewportScale();
  const togglingFullscreen = useRef(false);
  // Every slide is prepared (drawn at projector size, out of sight): the one shown at once, the
  // others one per task after it, nearest first. Changing slide then only switches which one
  // shows, instead of drawing a chart while the audience waits.
  const [openedOn] = useState(state.index);
  const order = useMemo(
    () => slidesNearestFirst(slides.length, openedOn),
    [slides.length, openedOn],
  );
  const preparedCount = useProgressiveMount(slides.length, 1);
  const prepared = new Set(order.slice(0, preparedCount));
  const autoplaying = view.autoplay !== 'off';
  useKioskRefresh(autoplaying, view.refresh);
  useWakeLock(true);

  const toggleFullscreen = useCallback(() => {
    togglingFullscreen.current = true;
    void (document.fullscreenElement ? exitFullscreen() : enterFullscreen()).finally(() => {
      togglingFullscreen.current = false;
    });
  }, []);
  const indexRef = useRef(state.index);
  useEffect(() => {
    indexRef.current = state.index;
  }, [state.index]);
  const openPresenter = useCallback(() => openPresenterWindow(indexRef.current), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLSelectElement) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onExit();
        return;
      }
      if (event.key === 'f' || event.key === 'F') {
        toggleFullscreen();
        return;
      }
      if (event.key === 's' || event.key === 'S') {
        openPresenter();
        return;
      }
      setKeyHeld(true);
      const action = keyToAction(event.key);
      if (!action || event.repeat) return;
      // Buttons keep their own Enter/Space; everywhere else those keys advance.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement)
        return;
      event.preventDefault();
      act(action);
    };
    const onKeyUp = () => setKeyHeld(false);
    // Leaving full screen with the browser's own Escape also leaves the presentation.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && !togglingFullscreen.current) onExit();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [onExit, toggleFullscreen, openPresenter, act]);

  const tick = useCallback(() => act({ type: 'tick' }), [act]);
  const current = slides[state.index];
  const perSlide = current?.deckSlide?.seconds;
  const seconds = view.autoplay === 'off' ? null : (perSlide ?? Number(view.autoplay));
  useAutoAdvance(seconds, keyHeld || overControls || state.blanked, state.index, tick);

  const showControls = !kiosk && (pointerActive || overControls);
  const caption = activeChips(current?.view ? { ...view, ...current.view } : view, catalogue, t)
    .map((chip) => chip.label)
    .join(' · ');

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      className={`fixed inset-0 z-50 flex flex-col bg-page text-ink ${pointerActive || overControls ? '' : 'cursor-none'}`}
      data-testid="presentation"
    >
      <div className="relative min-h-0 flex-1">
        {slides.map((slide, i) => {
          const shown = i === state.index;
          if (!shown && !prepared.has(i)) return null;
          // The others stay laid out at full size (so their charts are drawn and kept) but
          // unseen, out of the tab order and unannounced; `data-slide` names the one shown.
          return (
            <div
              key={slide.key}
              className={`absolute inset-0 ${shown ? 'z-10 motion-safe:animate-[fade-in_200ms_ease-out]' : 'pointer-events-none opacity-0'}`}
              data-slide={shown ? slide.panel.id : undefined}
              aria-hidden={shown ? undefined : true}
              inert={!shown}
            >
              <Slide slide={slide} scale={scale} kiosk={kiosk} />
            </div>
          );
        })}
      </div>
      <div className="flex items-center gap-4 px-10 pb-4 text-[1rem] text-ink-muted">
        {kiosk && view.caption && caption && <p data-testid="kiosk-caption">{caption}</p>}
        <KioskDataStatus />
        <p className="ml-auto tabular-nums" data-testid="slide-counter">
          {t('present.counter', { n: state.index + 1, count: slides.length })}
        </p>
      </div>
      {!kiosk && (
        <div
          className={`absolute right-4 bottom-14 flex flex-wrap items-center gap-2 rounded-lg border border-line bg-surface/95 p-2 shadow transition-opacity motion-reduce:transition-none ${showControls ? 'opacity-100' : 'pointer-events-none opacity-0'}`}
          onPointerEnter={() => setOverControls(true)}
          onPointerLeave={() => setOverControls(false)}
          role="toolbar"
          aria-label={t('present.controls')}
        >
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
          <label className="flex items-center gap-1">
            {t('present.autoplay')}
            <select
              className={buttonClass}
              value={view.autoplay}
              onChange={(e) =>
                void setView({
                  autoplay: e.target.value === 'off' ? null : (e.target.value as Autoplay),
                })
              }
            >
              {AUTOPLAY_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice === 'off'
                    ? t('present.autoplayOff')
                    : t('present.seconds', { count: Number(choice) })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className={buttonClass} onClick={openPresenter}>
            {t('present.presenterView')}
          </button>
          <button type="button" className={buttonClass} onClick={toggleFullscreen}>
            {t('present.fullscreen')}
          </button>
          <button type="button" className={buttonClass} onClick={onExit}>
            {t('present.exit')}
          </button>
        </div>
      )}
      {state.blanked && (
        <div
          className="fixed inset-0 z-[60] bg-black"
          data-testid="blank-screen"
          aria-hidden="true"
        />
      )}
    </div>
  );
}
