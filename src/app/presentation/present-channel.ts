/**
 * The audience screen and the presenter view talk over a BroadcastChannel (same origin, no
 * server): each says where it is after a local change, and a window that (re)opens asks.
 */

export type PresentMessage =
  { type: 'state'; index: number; blanked: boolean } | { type: 'hello' } | { type: 'exit' };

const CHANNEL = 'hk-innovation-present';

export function isPresentMessage(data: unknown): data is PresentMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  if (data.type === 'hello' || data.type === 'exit') return true;
  return (
    data.type === 'state' &&
    'index' in data &&
    Number.isInteger(data.index) &&
    (data.index as number) >= 0 &&
    (data.index as number) < 1000 &&
    'blanked' in data &&
    typeof data.blanked === 'boolean'
  );
}

export interface PresentChannel {
  post: (message: PresentMessage) => void;
  close: () => void;
}

/** Opens the channel; null where the browser has none (the screen then works on its own). */
export function openPresentChannel(
  onMessage: (message: PresentMessage) => void,
): PresentChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isPresentMessage(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
