import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import enUniversities from '@/locales/en/panels/universities.json';
import enRnd from '@/locales/en/panels/rnd.json';
import enInfrastructure from '@/locales/en/panels/infrastructure.json';
import enTalent from '@/locales/en/panels/talent.json';
import enBiotech from '@/locales/en/panels/biotech.json';
import zhHant from '@/locales/zh-Hant.json';
import zhHantUniversities from '@/locales/zh-Hant/panels/universities.json';
import zhHantRnd from '@/locales/zh-Hant/panels/rnd.json';
import zhHantInfrastructure from '@/locales/zh-Hant/panels/infrastructure.json';
import zhHantTalent from '@/locales/zh-Hant/panels/talent.json';
import zhHantBiotech from '@/locales/zh-Hant/panels/biotech.json';
import zhHans from '@/locales/zh-Hans.json';
import zhHansUniversities from '@/locales/zh-Hans/panels/universities.json';
import zhHansRnd from '@/locales/zh-Hans/panels/rnd.json';
import zhHansInfrastructure from '@/locales/zh-Hans/panels/infrastructure.json';
import zhHansTalent from '@/locales/zh-Hans/panels/talent.json';
import zhHansBiotech from '@/locales/zh-Hans/panels/biotech.json';
import { DEFAULT_LANGUAGE, LANGUAGES, initialLanguage } from './language';

export const defaultNS = 'translation';

/** One catalogue per language; each later panel keeps its strings in its own file, merged here. */
const enCatalogue = {
  ...en,
  universities: enUniversities,
  rnd: enRnd,
  infrastructure: enInfrastructure,
  talent: enTalent,
  biotech: enBiotech,
};

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many';
type PluralForm = `${string}_${PluralSuffix}`;

/**
 * The shape every other catalogue must have: each key of the English one, with a string wherever
 * English has a string. Plural forms other than `_other` are optional (Chinese has only "other"),
 * so `tsc` fails on a missing key; the catalogue test also catches extra and empty ones.
 */
export type CatalogueOf<T> = {
  [K in keyof T as K extends PluralForm ? never : K]: T[K] extends string
    ? string
    : CatalogueOf<T[K]>;
} & { [K in keyof T as K extends PluralForm ? K : never]?: string };

export type Catalogue = CatalogueOf<typeof enCatalogue>;

const zhHantCatalogue = {
  ...zhHant,
  universities: zhHantUniversities,
  rnd: zhHantRnd,
  infrastructure: zhHantInfrastructure,
  talent: zhHantTalent,
  biotech: zhHantBiotech,
} satisfies Catalogue;

const zhHansCatalogue = {
  ...zhHans,
  universities: zhHansUniversities,
  rnd: zhHansRnd,
  infrastructure: zhHansInfrastructure,
  talent: zhHansTalent,
  biotech: zhHansBiotech,
} satisfies Catalogue;

export const resources = {
  en: { translation: enCatalogue },
  'zh-Hant': { translation: zhHantCatalogue },
  'zh-Hans': { translation: zhHansCatalogue },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}

/** `<html lang>` and the tab's title follow the language, so screen readers and fonts do too. */
function applyToDocument(language: string): void {
  if (typeof document === 'undefined') return;
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
