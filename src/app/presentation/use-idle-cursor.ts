import { useEffect, useState } from 'react';

const IDLE_MS = 2000;

/** False once the pointer has been still for 2 s: the slide hides the cursor and controls. */
export function useIdleCursor(): boolean {
  const [active, setActive] = useState(true);
  useEffect(() => {
    let timer = window.setTimeout(() => setActive(false), IDLE_MS);
    const onMove = () => {
      setActive(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setActive(false), IDLE_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);
  return active;
}
