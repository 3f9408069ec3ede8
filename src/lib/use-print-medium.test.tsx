import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { PRINT_CONTENT_WIDTH, usePrintMedium } from './use-print-medium';

function Probe() {
  const { medium, contentWidth } = usePrintMedium();
  return <p data-testid="probe">{`${medium} ${contentWidth ?? 'measured'}`}</p>;
}

/** A matchMedia('print') the test can switch, as Chromium's emulated print media does. */
function stubPrintQuery() {
  const listeners = new Set<() => void>();
  const query = {
    matches: false,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return (matches: boolean) => {
    query.matches = matches;
    listeners.forEach((listener) => listener());
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('usePrintMedium', () => {
  it('is the screen until the page is printed, then paper as wide as A4 less its margins', () => {
    stubPrintQuery();
    render(<Probe />);
    expect(screen.getByTestId('probe')).toHaveTextContent('screen measured');
    // Committed within the event: the print layout is made as soon as the handler returns.
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByTestId('probe')).toHaveTextContent(`print ${PRINT_CONTENT_WIDTH}`);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.getByTestId('probe')).toHaveTextContent('screen measured');
  });

  it('follows print media without a beforeprint event (a headless browser printing to PDF)', () => {
    const setPrint = stubPrintQuery();
    render(<Probe />);
    act(() => setPrint(true));
    expect(screen.getByTestId('probe')).toHaveTextContent('print');
    act(() => setPrint(false));
    expect(screen.getByTestId('probe')).toHaveTextContent('screen');
  });

  it('fits A4 and Letter: 186 mm of content at 96 CSS px to the inch', () => {
    expect(PRINT_CONTENT_WIDTH).toBe(Math.floor((186 / 25.4) * 96));
  });
});
