import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export type MenuItem =
  | {
      kind: 'radio' | 'checkbox';
      id: string;
      label: string;
      checked: boolean;
      onSelect: () => void;
    }
  | { kind: 'action'; id: string; label: string; disabled?: boolean; onSelect: () => void };

export interface MenuSection {
  id: string;
  label: string;
  items: MenuItem[];
}

const ROLE = { radio: 'menuitemradio', checkbox: 'menuitemcheckbox', action: 'menuitem' } as const;

/**
 * A menu button (WAI-ARIA APG): Enter, Space or the arrow keys open it on its first (or last)
 * item; arrows, Home and End move; a letter jumps to the next item starting with it; Escape
 * closes it and returns focus to the button; Tab or a click outside closes it. Radio and
 * checkbox items change a setting and leave the menu open; an action closes it and runs.
 */
export function MenuButton({
  label,
  menuLabel,
  sections,
  busy = false,
  disabled = false,
  onOpen,
}: {
  label: string;
  menuLabel: string;
  sections: MenuSection[];
  busy?: boolean;
  disabled?: boolean;
  onOpen?: () => void;
}) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];
  const focusAt = (index: number) => {
    const list = items();
    if (list.length === 0) return;
    list[(index + list.length) % list.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const list = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    (open === 'first' ? list[0] : list.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const show = (at: 'first' | 'last') => {
    onOpen?.();
    setOpen(at);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !disabled) {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in the menu are the menu's (not the page's presenter shortcuts).
    event.stopPropagation();
    const list = items();
    const current = list.indexOf(document.activeElement as HTMLElement);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(current + 1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(current - 1);
        return;
      case 'Home':
      case 'PageUp':
        event.preventDefault();
        focusAt(0);
        return;
      case 'End':
      case 'PageDown':
        event.preventDefault();
        focusAt(-1);
        return;
      case 'Escape':
        event.preventDefault();
        close(true);
        return;
      case 'Tab':
        close(false);
        return;
    }
    if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey) {
      const key = event.key.toLocaleLowerCase();
      const order = [...list.slice(current + 1), ...list.slice(0, current + 1)];
      order.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(key))?.focus();
    }
  };

  const select = (item: MenuItem) => {
    if (item.kind === 'action') {
      if (item.disabled) return;
      close(true);
    }
    item.onSelect();
  };

  return (
    <div className="relative" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        aria-disabled={disabled || undefined}
        onClick={() => {
          if (open) close(false);
          else if (!disabled) show('first');
        }}
        onKeyDown={onButtonKeyDown}
        className="flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1 text-sm font-medium text-ink hover:bg-surface-alt aria-disabled:cursor-wait aria-disabled:opacity-50"
      >
        {label}
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={menuLabel}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full right-0 z-40 mt-1 flex w-80 max-w-[calc(100vw-2rem)] flex-col rounded-lg border border-line bg-surface p-1 text-left shadow-lg"
        >
          {sections.map((section, i) => (
            <Fragment key={section.id}>
              {i > 0 && <div role="separator" className="my-1 border-t border-line" />}
              <div role="group" aria-labelledby={`${menuId}-${section.id}`}>
                <div
                  id={`${menuId}-${section.id}`}
                  role="presentation"
                  className="px-3 pt-1 pb-0.5 text-xs font-semibold text-ink-muted"
                >
                  {section.label}
                </div>
                {section.items.map((item) => {
                  const unavailable = item.kind === 'action' && item.disabled;
                  return (
                    <button
                      key={item.id}
                      type="button"
                      role={ROLE[item.kind]}
                      tabIndex={-1}
                      aria-checked={item.kind === 'action' ? undefined : item.checked}
                      aria-disabled={unavailable || undefined}
                      data-item={item.id}
                      onClick={() => select(item)}
                      className={`flex w-full items-start gap-2 rounded-md px-3 py-1.5 text-left text-sm text-ink focus:bg-surface-alt focus:outline-2 focus:outline-accent hover:bg-surface-alt ${unavailable ? 'cursor-not-allowed text-ink-muted' : ''}`}
                    >
                      <span aria-hidden="true" className="w-4 shrink-0 text-accent">
                        {item.kind === 'radio' && item.checked && '●'}
                        {item.kind === 'checkbox' && item.checked && '✓'}
                      </span>
                      <span>{item.label}</span>
                    </button>
                  );
                })}
              </div>
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
