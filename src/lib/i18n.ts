import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import enUniversities from '@/locales/en/panels/universities.json';
import enRnd from '@/locales/en/panels/rnd.json';
import enInfrastructure from '@/locales/en/panels/infrastructure.json';
import enTalent from '@/locales/en/panels/talent.json';
import enBiotech from '@/locales/en/panels/biotech.json';

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

export const resources = { en: { translation: enCatalogue } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  // React already escapes text; double escaping would show "&amp;" in labels.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
