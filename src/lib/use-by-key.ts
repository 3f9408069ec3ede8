import { useState } from 'react';

/**
 * `value` as it was when `key` last changed: a new object with the same contents (a spec or a
 * list built afresh on each render) keeps its identity, so memos and effects that depend on it
 * run only when what it says changes. React's "information from previous renders" pattern.
 */
export function useByKey<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key !== key) {
    setKept({ key, value });
    return value;
  }
  return kept.value;
}
