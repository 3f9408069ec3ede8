import { describe, expect, it } from 'vitest';
import { startOnePerTask, yieldToMain } from './yield-to-main';

/** Lets every queued microtask run, but no new task. */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('yieldToMain', () => {
  it('resolves in a new task, not in a microtask of this one', async () => {
    let resumed = false;
    const yielded = yieldToMain().then(() => (resumed = true));
    await drainMicrotasks();
    expect(resumed).toBe(false);
    // A message's task has no fixed order against a timer's, so wait for the message itself.
    await yielded;
    expect(resumed).toBe(true);
  });
});

describe('startOnePerTask', () => {
  it('starts the first piece at once and each next one in a task of its own', async () => {
    const started: number[] = [];
    const starts = [1, 2, 3].map((n) => () => {
      started.push(n);
      return Promise.resolve(n * 10);
    });
    const all = startOnePerTask(starts);
    expect(started).toEqual([1]);
    await drainMicrotasks();
    expect(started).toEqual([1]);
    await expect(all).resolves.toEqual([10, 20, 30]);
    expect(started).toEqual([1, 2, 3]);
  });

  it('waits for every piece, including ones that finish after the last has started', async () => {
    let finishFirst: (value: string) => void = () => undefined;
    const all = startOnePerTask([
      () => new Promise<string>((resolve) => (finishFirst = resolve)),
      () => Promise.resolve('second'),
    ]);
    let done = false;
    void all.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    finishFirst('first');
    await expect(all).resolves.toEqual(['first', 'second']);
  });
});
