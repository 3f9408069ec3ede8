/** Slide navigation as a pure reducer: presenters' keys in, the next slide state out. */

export interface SlideState {
  index: number;
  count: number;
  blanked: boolean;
}

export type SlideAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'toggle-blank' }
  /** Auto-advance: like next, but loops back to the first slide. */
  | { type: 'tick' }
  | { type: 'resize'; count: number };

export function initialSlideState(count: number, index = 0): SlideState {
  return { index: clamp(index, count), count, blanked: false };
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(index, Math.max(count - 1, 0)));
}

export function slideReducer(state: SlideState, action: SlideAction): SlideState {
  switch (action.type) {
    case 'next':
      return { ...state, index: clamp(state.index + 1, state.count), blanked: false };
    case 'previous':
      return { ...state, index: clamp(state.index - 1, state.count), blanked: false };
    case 'first':
      return { ...state, index: 0, blanked: false };
    case 'last':
      return { ...state, index: clamp(state.count - 1, state.count), blanked: false };
    case 'goto':
      return { ...state, index: clamp(action.index, state.count), blanked: false };
    case 'toggle-blank':
      return { ...state, blanked: !state.blanked };
    case 'tick':
      return state.count === 0 ? state : { ...state, index: (state.index + 1) % state.count };
    case 'resize':
      return { ...state, count: action.count, index: clamp(state.index, action.count) };
  }
}

/** What each key does; keys that leave presentation or toggle full screen are handled by the view. */
export function keyToAction(key: string): SlideAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'toggle-blank' };
    default:
      // "1" to "9" jump to that slide.
      return /^[1-9]$/.test(key) ? { type: 'goto', index: Number(key) - 1 } : null;
  }
}

/**
 * The order in which presentation mode prepares its slides: the one it opens on, then outwards
 * from it, the next before the previous, so the slides a presenter reaches first are ready first.
 */
export function slidesNearestFirst(count: number, from: number): number[] {
  const start = clamp(from, count);
  const order: number[] = [];
  for (let step = 0; order.length < count; step++) {
    if (start + step < count) order.push(start + step);
    if (step > 0 && start - step >= 0) order.push(start - step);
  }
  return order;
}
