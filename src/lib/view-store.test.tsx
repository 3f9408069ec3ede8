import { Profiler } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  flushViewState,
  getViewState,
  setViewState,
  useViewKeys,
  useViewState,
} from './view-state';

afterEach(() => window.history.replaceState(null, '', '/'));

/** Shows the keys it reads. */
function Probe({ keys, name }: { keys: readonly ('from' | 'sector' | 'index')[]; name: string }) {
  const view = useViewKeys(keys);
  return <p data-testid={name}>{JSON.stringify(view)}</p>;
}

/** React's own render counter: one call per commit in which the probe rendered. */
function counted(
  name: string,
  keys: readonly ('from' | 'sector' | 'index')[],
  renders: Record<string, number>,
) {
  return (
    <Profiler id={name} onRender={() => (renders[name] = (renders[name] ?? 0) + 1)}>
      <Probe name={name} keys={keys} />
    </Profiler>
  );
}

describe('the view store', () => {
  it('writes each change to the address, with defaults left out, as a new history entry', () => {
    const before = window.history.length;
    void setViewState({ from: 2019, sector: 'fintech' });
    flushViewState();
    expect(window.location.search).toBe('?from=2019&sector=fintech');
    void setViewState({ from: null, index: ['gii', 'imd-digital'] });
    flushViewState();
    expect(window.location.search).toBe('?sector=fintech');
    expect(window.history.length).toBe(before + 2);
    expect(getViewState().sector).toBe('fintech');
  });

  it('re-renders a component only when a key it reads changes', () => {
    const renders: Record<string, number> = {};
    render(
      <>
        {counted('years', ['from'], renders)}
        {counted('funding', ['sector'], renders)}
      </>,
    );
    act(() => void setViewState({ sector: 'biotechnology' }));
    expect(screen.getByTestId('funding')).toHaveTextContent('{"sector":"biotechnology"}');
    expect(renders).toEqual({ years: 1, funding: 2 });
    // An equal list is the same value, and `index` is read by neither: no re-render.
    act(() => void setViewState({ index: ['imd-digital'] }));
    act(() => void setViewState({ from: 2020 }));
    expect(screen.getByTestId('years')).toHaveTextContent('{"from":2020}');
    expect(renders).toEqual({ years: 2, funding: 2 });
  });

  it('follows Back: the store reads the address again on popstate', () => {
    function Whole() {
      const [view] = useViewState();
      return <p data-testid="whole">{view.from ?? 'all'}</p>;
    }
    render(<Whole />);
    act(() => void setViewState({ from: 2018 }));
    expect(screen.getByTestId('whole')).toHaveTextContent('2018');
    act(() => {
      window.history.replaceState(null, '', '/?from=2016');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('whole')).toHaveTextContent('2016');
  });

  it('shows a change at once and writes the address just after the next frame', async () => {
    void setViewState({ from: 2017 });
    expect(getViewState().from).toBe(2017);
    expect(window.location.search).toBe('');
    await vi.waitFor(() => expect(window.location.search).toBe('?from=2017'));
    // Copy link writes a pending change first.
    void setViewState({ to: 2019 });
    flushViewState();
    expect(window.location.search).toBe('?from=2017&to=2019');
  });
});
