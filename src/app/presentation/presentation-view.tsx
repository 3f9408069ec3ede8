import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTOPLAY_CHOICES, useViewState, type Autoplay } from '@/lib/view-state';
import { enterFullscreen, exitFullscreen } from '@/lib/fullscreen';
import { activeChips } from '../filters/filter-chips';
import { useProgressiveMount } from '../use-progressive-mount';
import { useVisiblePanels } from '../use-visible-panels';
import { Slide } from './slide';
import {
  initialSlideState,
  keyToAction,
  slideReducer,
  slidesNearestFirst,
} from './slide-navigation';
import { useAutoAdvance } from './use-auto-advance';
import { useIdleCursor } from './use-idle-cursor';
import { useViewportScale } from './use-viewport-scale';

const buttonClass =
  'rounded-md border border-line bg-surface px-3 py-1 text-[1rem] text-ink hover:bg-surface-alt disabled:opacity-40';

/**
 * Full-screen slides, one panel each, in registry order, with the current filters, language
 * and theme. `kiosk` (opened from a link) shows no controls, only an optional filter caption.
 */
export function PresentationView({ kiosk, onExit }: { kiosk: boolean; onExit: () => void }) {
  const { t } = useTranslation();
  const [view, setView] = useViewState();
  const { panels, catalogue } = useVisiblePanels();
  const [state, dispatch] = useReducer(slideReducer, panels.length, initialSlideState);
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
    () => slidesNearestFirst(panels.length, openedOn),
    [panels.length, openedOn],
  );
  const preparedCount = useProgressiveMount(panels.length, 1);
  const prepared = new Set(order.slice(0, preparedCount));

  useEffect(() => dispatch({ type: 'resize', count: panels.length }), [panels.length]);

  const toggleFullscreen = useCallback(() => {
    togglingFullscreen.current = true;
    void (document.fullscreenElement ? exitFullscreen() : enterFullscreen()).finally(() => {
      togglingFullscreen.current = false;
    });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLSelectElement) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onExit();
        return;
      }
      if (event.key === 'f' || event.key === 'F') {
        toggleFullscreen();
        return;
      }
      setKeyHeld(true);
      const action = keyToAction(event.key);
      if (!action || event.repeat) return;
      // Buttons keep their own Enter/Space; everywhere else those keys advance.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement)
        return;
      event.preventDefault();
      dispatch(action);
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
  }, [onExit, toggleFullscreen]);

  const tick = useCallback(() => dispatch({ type: 'tick' }), []);
  const seconds = view.autoplay === 'off' ? null : Number(view.autoplay);
  useAutoAdvance(seconds, keyHeld || overControls || state.blanked, state.index, tick);

  const showControls = !kiosk && (pointerActive || overControls);
  const caption = activeChips(view, catalogue, t)
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
        {panels.map((slide, i) => {
          const current = i === state.index;
          if (!current && !prepared.has(i)) return null;
          // The others stay laid out at full size (so their charts are drawn and kept) but
          // unseen, out of the tab order and unannounced; `data-slide` names the one shown.
          return (
            <div
              key={slide.id}
              className={`absolute inset-0 ${current ? 'z-10 motion-safe:animate-[fade-in_200ms_ease-out]' : 'pointer-events-none opacity-0'}`}
              data-slide={current ? slide.id : undefined}
              aria-hidden={current ? undefined : true}
              inert={!current}
            >
              <Slide panel={slide} scale={scale} />
            </div>
          );
        })}
      </div>
      <div className="flex items-center gap-4 px-10 pb-4 text-[1rem] text-ink-muted">
        {kiosk && view.caption && caption && <p data-testid="kiosk-caption">{caption}</p>}
        <p className="ml-auto tabular-nums" data-testid="slide-counter">
          {t('present.counter', { n: state.index + 1, count: panels.length })}
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
            onClick={() => dispatch({ type: 'previous' })}
            disabled={state.index === 0}
          >
            {t('present.previous')}
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={() => dispatch({ type: 'next' })}
            disabled={state.index >= panels.length - 1}
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
