import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '@/lib/export/embed-code';

/**
 * Tells the host page the embed's height whenever it changes, so the host can size the frame
 * to fit (see docs/embeds.md). The message holds nothing private, so any host may read it.
 */
export function postHeightToHost(panel: string): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, panel, height };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}
