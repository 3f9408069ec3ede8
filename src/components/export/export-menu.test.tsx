import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MenuButton, type MenuSection } from './export-menu';

function setup() {
  const onPng = vi.fn();
  const onSize = vi.fn();
  const sections: MenuSection[] = [
    {
      id: 'size',
      label: 'Image size',
      items: [
        { kind: 'radio', id: 'a', label: 'As on screen', checked: false, onSelect: onSize },
        { kind: 'radio', id: 'b', label: 'Slide 16:9', checked: true, onSelect: onSize },
      ],
    },
    {
      id: 'actions',
      label: 'Download',
      items: [
        { kind: 'action', id: 'png', label: 'PNG image', onSelect: onPng },
        {
          kind: 'action',
          id: 'copy',
          label: 'Copy image: unavailable',
          disabled: true,
          onSelect: onPng,
        },
      ],
    },
  ];
  render(
    <>
      <MenuButton label="Export" menuLabel="Export Fintech" sections={sections} />
      <button type="button">Elsewhere</button>
    </>,
  );
  return { onPng, onSize, button: screen.getByRole('button', { name: 'Export' }) };
}

describe('MenuButton', () => {
  it('is a menu button that opens on its first item and moves with the arrow keys', async () => {
    const user = userEvent.setup();
    const { button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Export Fintech' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'As on screen' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: 'Slide 16:9' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: /Copy image/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: 'As on screen' })).toHaveFocus();
    await user.keyboard('p');
    expect(screen.getByRole('menuitem', { name: 'PNG image' })).toHaveFocus();
    expect(menu).toBeInTheDocument();
  });

  it('Escape closes the menu and returns focus to the button', async () => {
    const user = userEvent.setup();
    const { button } = setup();
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('a setting keeps the menu open; an action closes it and runs; a disabled one does nothing', async () => {
    const user = userEvent.setup();
    const { button, onPng, onSize } = setup();
    await user.click(button);
    const slide = screen.getByRole('menuitemradio', { name: 'Slide 16:9' });
    expect(slide).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: 'As on screen' }));
    expect(onSize).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    const copy = screen.getByRole('menuitem', { name: /Copy image/ });
    expect(copy).toHaveAttribute('aria-disabled', 'true');
    await user.click(copy);
    expect(onPng).not.toHaveBeenCalled();
    await user.click(screen.getByRole('menuitem', { name: 'PNG image' }));
    expect(onPng).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('ArrowUp opens on the last item; a click outside closes it', async () => {
    const user = userEvent.setup();
    const { button } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: /Copy image/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
