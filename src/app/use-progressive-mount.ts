import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to mount: `first` in the first render, then one more per task, so
 * the items are never built in one long task that blocks input.
 */
export function useProgressiveMount(total: number, first: number): number {
  const [count, setCount] = useState(() => Math.min(first, total));
  useEffect(() => {
    if (count >= total) return;
    // A message, not setTimeout: a new task at once, without the timer's clamping.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => startTransition(() => setCount((n) => Math.min(total, n + 1)));
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }, [count, total]);
  return count;
}
