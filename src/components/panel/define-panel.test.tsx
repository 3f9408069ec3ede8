import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { UseQueryResult } from '@tanstack/react-query';
import { definePanel } from './define-panel';
import type { BuildContext, PanelContent } from './types';

const content = (takeaway: string): PanelContent => ({
  takeaway,
  chartLabel: '',
  chart: null,
  tables: [],
  context: [],
  sources: [],
  notes: [],
});

const loaded = { data: 1, error: null, refetch: () => undefined } as unknown as UseQueryResult<
  number | null,
  Error
>;

describe('definePanel', () => {
  it('hands build only the filters the panel declares', () => {
    let seen: object | undefined;
    const panel = definePanel({
      id: 'rnd',
      title: () => 'R&D',
      datasets: ['rnd'],
      filters: ['from', 'to'],
      useData: () => loaded,
      build: (_data, { view }) => {
        seen = view;
        return content(`${view.from ?? 'open'}-${view.to ?? 'open'}`);
      },
    });
    window.history.replaceState(null, '', '/?from=2018&sector=biotechnology');
    const { result } = renderHook(() => panel.usePanelState());
    expect(result.current).toMatchObject({ status: 'success', content: { takeaway: '2018-open' } });
    expect(Object.keys(seen ?? {}).sort()).toEqual(['from', 'to']);
    window.history.replaceState(null, '', '/');
  });

  // Checked by `tsc`: an unused @ts-expect-error fails the type check.
  it('makes reading an undeclared filter a type error', () => {
    definePanel({
      id: 'rnd',
      title: () => 'R&D',
      datasets: ['rnd'],
      filters: ['from'],
      useData: () => loaded,
      // @ts-expect-error `to` is not among the declared filters, so build may not ask for it
      build: (_data, { view }: BuildContext<'from' | 'to'>) => content(String(view.to)),
    });
    definePanel({
      id: 'rnd',
      title: () => 'R&D',
      datasets: ['rnd'],
      filters: [],
      useData: () => loaded,
      // @ts-expect-error a panel without filters sees none
      build: (_data, { view }) => content(String(view.sector)),
    });
  });
});
