import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { Dashboard } from '../dashboard';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the filter sheet (the phone filter bar)', () => {
  it('counts the active filters, and opens a labelled dialog whose controls change the view', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?from=2016&index=gii');
    renderWithProviders(<Dashboard />);
    const open = screen.getByRole('button', { name: 'Filters · 2 active' });
    expect(open).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(open);
    const sheet = screen.getByRole('dialog', { name: 'Filters' });
    await user.selectOptions(within(sheet).getByRole('combobox', { name: 'Focus area' }), 'ai');
    // The address follows once the view store has written it (the next task, under a loaded run).
    await waitFor(() => expect(window.location.search).toContain('area=ai'));
    expect(screen.getByRole('button', { name: 'Filters · 3 active' })).toBeInTheDocument();

    await user.click(within(sheet).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters · 3 active' })).toHaveFocus();
  });
});
