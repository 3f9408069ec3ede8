import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useByKey } from './use-by-key';

describe('useByKey', () => {
  it('keeps the first object while the key is the same, and takes the new one when it changes', () => {
    const first = { items: ['a'] };
    const { result, rerender } = renderHook(({ value, key }) => useByKey(value, key), {
      initialProps: { value: first, key: 'a' },
    });
    rerender({ value: { items: ['a'] }, key: 'a' });
    expect(result.current).toBe(first);
    const changed = { items: ['b'] };
    rerender({ value: changed, key: 'b' });
    expect(result.current).toBe(changed);
  });
});
