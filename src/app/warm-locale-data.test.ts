import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: it starts its worker once per page. */
async function load() {
  vi.resetModules();
  return (await import('./warm-locale-data')).warmLocaleData;
}

/** A Worker stand-in that records what it was given and answers when the test says so. */
function stubWorker({ refuse = false } = {}) {
  const workers: FakeWorker[] = [];
  class FakeWorker extends EventTarget {
    terminated = false;
    constructor(readonly url: URL) {
      super();
      if (refuse) throw new DOMException('refused by policy', 'SecurityError');
      workers.push(this);
    }
    terminate() {
      this.terminated = true;
    }
    answer() {
      this.dispatchEvent(new MessageEvent('message', { data: 'ready' }));
    }
    fail() {
      this.dispatchEvent(new Event('error'));
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return workers;
}

/** Resolves to whether `promise` has settled after the pending microtasks ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('warmLocaleData', () => {
  it('starts one worker per page and resolves when it has loaded the data', async () => {
    const workers = stubWorker();
    const warmLocaleData = await load();
    const first = warmLocaleData();
    expect(warmLocaleData()).toBe(first);
    expect(workers).toHaveLength(1);
    expect(String(workers[0]?.url)).toContain('locale-data.worker');
    expect(await settled(first)).toBe(false);
    workers[0]?.answer();
    expect(await settled(first)).toBe(true);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('resolves when the worker fails, so the start goes on without it', async () => {
    const workers = stubWorker();
    const warming = (await load())();
    workers[0]?.fail();
    expect(await settled(warming)).toBe(true);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('gives up on a worker that does not answer within a second', async () => {
    vi.useFakeTimers();
    const workers = stubWorker();
    const warming = (await load())();
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(warming)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(warming)).toBe(true);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('resolves at once where workers are refused or missing', async () => {
    stubWorker({ refuse: true });
    expect(await settled((await load())())).toBe(true);
    vi.stubGlobal('Worker', undefined);
    expect(await settled((await load())())).toBe(true);
  });
});
