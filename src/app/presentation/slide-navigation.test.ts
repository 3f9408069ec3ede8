import { describe, expect, it } from 'vitest';
import {
  initialSlideState,
  keyToAction,
  slideReducer,
  slidesNearestFirst,
  type SlideState,
} from './slide-navigation';

const press = (state: SlideState, ...keys: string[]) =>
  keys.reduce((s, key) => {
    const action = keyToAction(key);
    return action ? slideReducer(s, action) : s;
  }, state);

describe('slide navigation', () => {
  const start = initialSlideState(4);

  it('moves forward with the keys presenters and clickers send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) {
      expect(press(start, key).index, key).toBe(1);
    }
  });

  it('moves back with Left, Up, PageUp and Backspace, never before the first slide', () => {
    const third = initialSlideState(4, 2);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
      expect(press(third, key).index, key).toBe(1);
    }
    expect(press(start, 'ArrowLeft').index).toBe(0);
  });

  it('stops at the last slide when stepping, jumps with Home, End and digits', () => {
    expect(press(start, 'End').index).toBe(3);
    expect(press(start, 'End', 'ArrowRight').index).toBe(3);
    expect(press(start, 'End', 'Home').index).toBe(0);
    expect(press(start, '3').index).toBe(2);
    expect(press(start, '9').index).toBe(3);
    expect(keyToAction('0')).toBeNull();
  });

  it('blanks and unblanks the screen with b; moving unblanks', () => {
    expect(press(start, 'b').blanked).toBe(true);
    expect(press(start, 'b', 'b').blanked).toBe(false);
    expect(press(start, 'b', 'ArrowRight')).toMatchObject({ index: 1, blanked: false });
  });

  it('auto-advance loops to the first slide', () => {
    const last = initialSlideState(4, 3);
    expect(slideReducer(last, { type: 'tick' }).index).toBe(0);
    expect(slideReducer(start, { type: 'tick' }).index).toBe(1);
  });

  it('keeps the index valid when the number of slides changes', () => {
    const last = initialSlideState(9, 8);
    expect(slideReducer(last, { type: 'resize', count: 4 })).toMatchObject({ index: 3, count: 4 });
    expect(initialSlideState(0)).toMatchObject({ index: 0, count: 0 });
  });
});

describe('slidesNearestFirst', () => {
  it('starts at the opening slide and works outwards, next before previous', () => {
    expect(slidesNearestFirst(6, 2)).toEqual([2, 3, 1, 4, 0, 5]);
  });
  it('covers every slide once from either end', () => {
    expect(slidesNearestFirst(4, 0)).toEqual([0, 1, 2, 3]);
    expect(slidesNearestFirst(4, 3)).toEqual([3, 2, 1, 0]);
  });
  it('clamps an opening slide past the end and handles an empty deck', () => {
    expect(slidesNearestFirst(3, 9)).toEqual([2, 1, 0]);
    expect(slidesNearestFirst(0, 0)).toEqual([]);
  });
});
