import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { App } from './app';

afterEach(async () => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  await i18n.changeLanguage('en');
});

describe('the language switch', () => {
  it('translates the page at once, keeps the filters, and remembers the choice', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?from=2018');
    renderWithProviders(<App />);
    const switcher = screen.getByRole('group', { name: 'Language' });
    expect(within(switcher).getByRole('button', { name: 'EN – English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await screen.findAllByTestId('takeaway');

    await user.click(within(switcher).getByRole('button', { name: '繁 – 繁體中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '香港創新科技' })).toBeVisible();
    expect(document.documentElement.lang).toBe('zh-Hant');
    expect(document.title).toBe('香港創新科技');
    await waitFor(() => expect(window.location.search).toBe('?from=2018&lang=zh-Hant'));
    expect(window.localStorage.getItem('hk-innovation-lang')).toBe('zh-Hant');
    // Panel titles from the catalogue, data labels from the data.
    const funding = screen.getByRole('region', { name: '資助分佈' });
    expect(await within(funding).findByRole('button', { name: '資訊科技' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '起始年份' })).toHaveValue('2018');

    await user.click(screen.getByRole('button', { name: '简 – 简体中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '香港创新科技' })).toBeVisible();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(
      await within(screen.getByRole('region', { name: '资助分布' })).findByRole('button', {
        name: '信息技术',
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'EN – English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hong Kong Innovation & Technology' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    // Nine panels drawn three times over in jsdom: slow on a loaded two-core machine.
  }, 60_000);

  it('follows ?lang= in the address', async () => {
    window.history.replaceState(null, '', '/?lang=zh-Hans');
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: '香港创新科技' })).toBeVisible();
    expect(await screen.findByTestId('as-of')).toHaveTextContent('数据截至2025年');
  });
});
