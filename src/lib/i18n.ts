import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from '@/locales/en.json';
import type enUniversities from '@/locales/en/panels/universities.json';
import type enRnd from '@/locales/en/panels/rnd.json';
import type enInfrastructure from '@/locales/en/panels/infrastructure.json';
import type enTalent from '@/locales/en/panels/talent.json';
import type enBiotech from '@/locales/en/panels/biotech.json';
import { DEFAULT_LANGUAGE, LANGUAGES, initialLanguage, type Language } from './language';

export const defaultNS = 'translation';

/**
 * The English catalogue's shape, which types every `t()` key: `<lang>.json` plus, under its name,
 * each `<lang>/panels/<panel>.json` a panel keeps its strings in.
 */
type EnglishCatalogue = typeof en & {
  universities: typeof enUniversities;
  rnd: typeof enRnd;
  infrastructure: typeof enInfrastructure;
  talent: typeof enTalent;
  biotech: typeof enBiotech;
};

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many';
type PluralForm = `${string}_${PluralSuffix}`;

/**
 * The shape every other catalogue must have: each key of the English one, with a string wherever
 * English has a string. Plural forms other than `_other` are optional (Chinese has only "other");
 * src/locales/catalogue.test.ts fails on a missing, extra or empty key.
 */
export type CatalogueOf<T> = {
  [K in keyof T as K extends PluralForm ? never : K]: T[K] extends string
    ? string
    : CatalogueOf<T[K]>;
} & { [K in keyof T as K extends PluralForm ? K : never]?: string };

export type Catalogue = CatalogueOf<EnglishCatalogue>;

// Every catalogue file, found by name: a new panel's files need no line here.
const mainFiles = import.meta.glob<object>('../locales/*.json', { eager: true, import: 'default' });
const panelFiles = import.meta.glob<object>('../locales/*/panels/*.json', {
  eager: true,
  import: 'default',
});

function catalogueOf(language: Language): object {
  const panels = Object.entries(panelFiles).flatMap(([file, strings]) => {
    const panel = new RegExp(`^\\.\\./locales/${language}/panels/([\\w-]+)\\.json$`).exec(
      file,
    )?.[1];
    return panel ? [[panel, strings] as const] : [];
  });
  return { ...mainFiles[`../locales/${language}.json`], ...Object.fromEntries(panels) };
}

export const resources = {
  en: { translation: catalogueOf('en') as EnglishCatalogue },
  'zh-Hant': { translation: catalogueOf('zh-Hant') as Catalogue },
  'zh-Hans': { translation: catalogueOf('zh-Hans') as Catalogue },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}

/**
 * `<html lang>` and the tab's title follow the language, so screen readers and fonts do too. A
 * page served in its language already has both (index.html and the prerendered pages), and the
 * first `t()` call is a start-up cost best left to the first render.
 */
function applyToDocument(language: string): void {
  if (typeof document === 'undefined' || document.documentElement.lang === language) return;
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}

i18next.on('languageChanged', applyToDocument);

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // zh-Hant is a whole catalogue: never look for a bare "zh" one.
  load: 'currentOnly',
  // React already escapes text; double escaping would show "&amp;" in labels.
  interpolation: { escapeValue: false },
  returnNull: false,
  // The defaults, named: i18next then takes every key as a path. Left unset, it tests each key
  // with a regular expression on every call, in case it is a sentence used as its own key.
  keySeparator: '.',
  nsSeparator: ':',
});

export default i18next;
