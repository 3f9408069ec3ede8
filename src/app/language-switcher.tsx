import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGE_SHORT,
  browserLanguages,
  chooseLanguage,
  storeLanguage,
  storedLanguage,
  type Language,
} from '@/lib/language';
import { setViewState, useViewKeys } from '@/lib/view-state';

/**
 * The language a link asks for (`?lang=`), else the one chosen last time, else the browser's.
 * Switching calls i18next.changeLanguage: no reload, so filters and scroll stay as they are.
 */
export function useLanguageChoice(): [Language, (choice: Language) => void] {
  const { i18n } = useTranslation();
  const { lang } = useViewKeys(['lang']);
  const choice = chooseLanguage(lang, storedLanguage(), browserLanguages());
  useEffect(() => {
    if (i18n.language !== choice) void i18n.changeLanguage(choice);
  }, [i18n, choice]);
  const setChoice = (next: Language) => {
    storeLanguage(next);
    // The address carries the language too, so a copied link opens in it.
    void setViewState({ lang: next });
  };
  return [choice, setChoice];
}

/** EN / 繁 / 简 in the header: toggle buttons named by their text and, in its own language, the language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [choice, setChoice] = useLanguageChoice();
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className="flex rounded-lg border border-line p-0.5"
    >
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          // The name starts with what the button shows ("EN – English"), so a voice-control user
          // can say "click EN", and a screen reader still hears the language's full name.
          aria-label={`${LANGUAGE_SHORT[language]} – ${LANGUAGE_NAMES[language]}`}
          aria-pressed={choice === language}
          title={LANGUAGE_NAMES[language]}
          onClick={() => setChoice(language)}
          className="min-w-10 rounded-md px-2.5 py-1 compact:min-w-11 text-sm font-medium text-ink-muted hover:bg-surface-alt aria-pressed:bg-accent aria-pressed:text-on-accent"
        >
          {LANGUAGE_SHORT[language]}
        </button>
      ))}
    </div>
  );
}
