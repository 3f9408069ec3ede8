import { useCallback, useEffect, useRef, useState } from 'react';
import { setViewState, useViewKeys } from '@/lib/view-state';
import { openPresentChannel, type PresentChannel } from './present-channel';
import {
  initialSlideState,
  slideReducer,
  type SlideAction,
  type SlideState,
} from './slide-navigation';

/** How long the slide must stay before the address records it: a burst of key presses makes one entry. */
const ADDRESS_DELAY_MS = 300;

/**
 * The slide shown, kept in step with the address (`slide=`: Back and Forward step through slides;
 * a link shows the same slide) and with the other window of the presentation (presenter view or
 * audience screen). Auto-advance replaces the address instead of adding to the history.
 */
export function useSlideControl(count: number): {
  state: SlideState;
  act: (action: SlideAction) => void;
} {
  const { slide } = useViewKeys(['slide']);
  const [state, setState] = useState(() => initialSlideState(count, slide - 1));
  const written = useRef(slide);
  const lastWasTick = useRef(false);
  // What the other window last said, or where this one opened: neither is news to send on.
  const remote = useRef<{ index: number; blanked: boolean } | null>({
    index: state.index,
    blanked: state.blanked,
  });
  const channel = useRef<PresentChannel | null>(null);
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  // The deck can change while presenting (another tab edits it): the index stays within it.
  const shown: SlideState =
    state.count === count ? state : slideReducer(state, { type: 'resize', count });
  const countRef = useRef(count);
  useEffect(() => {
    countRef.current = count;
  }, [count]);

  // Back or Forward moved the address.
  useEffect(() => {
    if (slide === written.current) return;
    written.current = slide;
    setState((s) =>
      slideReducer({ ...s, count: countRef.current }, { type: 'goto', index: slide - 1 }),
    );
  }, [slide]);

  // The address follows the slide, once it has stayed.
  useEffect(() => {
    const target = state.index + 1;
    if (target === written.current) return;
    const timer = window.setTimeout(() => {
      written.current = target;
      void setViewState({ slide: target }, { history: lastWasTick.current ? 'replace' : 'push' });
    }, ADDRESS_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state.index]);

  useEffect(() => {
    const opened = openPresentChannel((message) => {
      if (message.type === 'hello') {
        const { index, blanked } = current.current;
        opened?.post({ type: 'state', index, blanked });
      } else if (message.type === 'state') {
        remote.current = { index: message.index, blanked: message.blanked };
        lastWasTick.current = false;
        setState((s) => ({
          ...slideReducer(
            { ...s, count: countRef.current },
            { type: 'goto', index: message.index },
          ),
          blanked: message.blanked,
        }));
      }
    });
    channel.current = opened;
    opened?.post({ type: 'hello' });
    return () => {
      channel.current = null;
      opened?.close();
    };
  }, []);

  // Tell the other window after a change made here (not one it sent).
  useEffect(() => {
    const from = remote.current;
    if (from && from.index === state.index && from.blanked === state.blanked) return;
    remote.current = null;
    channel.current?.post({ type: 'state', index: state.index, blanked: state.blanked });
  }, [state.index, state.blanked]);

  const act = useCallback((action: SlideAction) => {
    lastWasTick.current = action.type === 'tick';
    remote.current = null;
    setState((s) => slideReducer({ ...s, count: countRef.current }, action));
  }, []);

  return { state: shown, act };
}
