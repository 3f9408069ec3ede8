import type { Language } from './language';

/**
 * The Intl locale of each UI language: English figures read as in Hong Kong ("12 March 2021"),
 * Traditional Chinese as in Hong Kong, Simplified Chinese as in the mainland. No i18next here, so
 * the locale-data worker can import it.
 */
export const INTL_LOCALES: Record<Language, string> = {
  en: 'en-HK',
  'zh-Hant': 'zh-Hant-HK',
  'zh-Hans': 'zh-Hans-CN',
};

/**
 * Locale for compact amounts in Traditional Chinese ("224億"). CLDR gives zh-Hant-HK English-style
 * compact forms ("22.4B"); Chinese text in Hong Kong writes 萬 and 億, as the zh-Hant locale does.
 */
export const COMPACT_LOCALE_ZH_HANT = 'zh-Hant';
