/**
 * The UI languages and how the first one is chosen. No i18next here: the view-state parsers, the
 * data layer and i18n.ts all import these, and none of them should start i18next by doing so.
 */

export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The Chinese scripts the data carries translations for. */
export const TRANSLATED_LANGUAGES = ['zh-Hant', 'zh-Hans'] as const satisfies readonly Language[];

/** Each language named in itself: the switcher's accessible names, the same in every UI language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
};

/** The short labels on the header switch. */
export const LANGUAGE_SHORT: Record<Language, string> = {
  en: 'EN',
  'zh-Hant': '繁',
  'zh-Hans': '简',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const TRADITIONAL_REGIONS = new Set(['hk', 'tw', 'mo']);

/**
 * One BCP 47 tag to a UI language, or null when it is not Chinese or English. A script subtag
 * wins over a region (zh-Hans-HK is Simplified); zh-HK, zh-TW and zh-MO read Traditional; other
 * Chinese (zh, zh-CN, zh-SG) reads Simplified.
 */
export function languageOfTag(tag: string): Language | null {
  const [lang, ...rest] = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (lang === 'en') return 'en';
  if (lang !== 'zh' && lang !== 'yue' && lang !== 'cmn') return null;
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  // Cantonese is written in Traditional characters unless a script says otherwise.
  if (lang === 'yue' || rest.some((part) => TRADITIONAL_REGIONS.has(part))) return 'zh-Hant';
  return 'zh-Hans';
}

/** The first of the browser's preferred languages we have; English otherwise. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

const STORAGE_KEY = 'hk-innovation-lang';

export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage can be disabled (private mode, kiosk policies)
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the URL still carries the choice.
  }
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** `?lang=` in the address (when valid), else the stored choice, else the browser's languages. */
export function chooseLanguage(
  fromUrl: Language | null,
  stored: Language | null,
  preferred: readonly string[],
): Language {
  return fromUrl ?? stored ?? detectLanguage(preferred);
}

/** The language of the first paint, read before React starts so nothing flashes in English. */
export function initialLanguage(): Language {
  if (typeof window === 'undefined') return DEFAULT_LANGUAGE;
  const param = new URLSearchParams(window.location.search).get('lang');
  return chooseLanguage(isLanguage(param) ? param : null, storedLanguage(), browserLanguages());
}
