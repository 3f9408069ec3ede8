import { useTranslation } from 'react-i18next';
import {
  THEMES,
  storeTheme,
  storedTheme,
  useApplyTheme,
  useResolvedTheme,
  type ThemeChoice,
} from '@/lib/theme';
import { setViewState, useViewKeys } from '@/lib/view-state';

/** The theme a link asks for, else the one chosen last time, else the system's. */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const { theme } = useViewKeys(['theme']);
  const choice = theme ?? storedTheme() ?? 'system';
  useApplyTheme(useResolvedTheme(choice));
  const setChoice = (next: ThemeChoice) => {
    storeTheme(next);
    void setViewState({ theme: next === 'system' ? null : next });
  };
  return [choice, setChoice];
}

export function ThemeSwitcher() {
  const { t } = useTranslation();
  const [choice, setChoice] = useThemeChoice();
  return (
    <label className="flex items-center gap-2 text-sm text-ink-muted">
      {/* On a phone the select's own text says enough; the label still names it. */}
      <span className="compact:sr-only">{t('theme.label')}</span>
      <select
        value={choice}
        onChange={(e) => setChoice(THEMES.find((theme) => theme === e.target.value) ?? 'system')}
        className="rounded-md border border-line bg-surface px-2 py-1.5 text-base text-ink"
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`theme.${theme}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
