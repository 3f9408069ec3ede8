import { useEffect, useState } from 'react';

/** Slides are designed at 1280x720; this is how much larger (or smaller) the screen is. */
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

function currentScale(): number {
  return Math.min(window.innerWidth / DESIGN_WIDTH, window.innerHeight / DESIGN_HEIGHT);
}

export function useViewportScale(): number {
  const [scale, setScale] = useState(currentScale);
  useEffect(() => {
    const onResize = () => setScale(currentScale());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  // Rem-based sizes (text, spacing) follow the screen while presenting.
  useEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${16 * scale}px`;
    return () => {
      root.style.fontSize = '';
    };
  }, [scale]);
  return scale;
}
