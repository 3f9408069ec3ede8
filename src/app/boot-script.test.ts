import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage, type Language } from '@/lib/language';

// public/boot.js runs before the app and mirrors its theme and language rules; this holds them equal.
const source = readFileSync(path.resolve(process.cwd(), 'public/boot.js'), 'utf8');
const html = document.documentElement;

interface Visit {
  path?: string;
  search?: string;
  stored?: Record<string, string>;
  languages?: string[];
  dark?: boolean;
  /** The language of the page's prerendered copy: `<html lang>` as the build wrote it. */
  pageLanguage?: string;
}

const PAGES: Record<Language, string> = { en: '/', 'zh-Hant': '/zh-hant/', 'zh-Hans': '/zh-hans/' };

/** Runs boot.js on a visit; `redirect` is where it sent the reader, if anywhere. */
function boot({
  path = '/',
  search = '',
  stored = {},
  languages = ['en-US'],
  dark = false,
  pageLanguage = 'en',
}: Visit) {
  window.history.replaceState(null, '', `${path}${search}`);
  window.localStorage.clear();
  for (const [key, value] of Object.entries(stored)) window.localStorage.setItem(key, value);
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  let redirect: string | undefined;
  const fakeWindow = {
    localStorage: window.localStorage,
    matchMedia: (query: string) => ({ matches: dark && query.includes('dark') }),
    location: {
      pathname: path,
      search,
      hash: '',
      replace: (url: string) => (redirect = url),
    },
  };
  delete html.dataset.theme;
  delete html.dataset.prerender;
  html.lang = pageLanguage;
  new Function('window', source)(fakeWindow);
  return { theme: html.dataset.theme, prerendered: html.dataset.prerender !== 'off', redirect };
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  html.lang = 'en';
});

describe('boot.js', () => {
  it.each<[string, Visit, string]>([
    ['the system theme', {}, 'light'],
    ['a dark system', { dark: true }, 'dark'],
    ['the stored theme', { stored: { 'hk-innovation-theme': 'contrast' } }, 'contrast'],
    [
      'the link over the stored theme',
      { search: '?theme=dark', stored: { 'hk-innovation-theme': 'light' } },
      'dark',
    ],
    ['a bad link value', { search: '?theme=neon', dark: true }, 'dark'],
  ])('applies %s before the first paint', (_name, visit, theme) => {
    expect(boot(visit).theme).toBe(theme);
  });

  it.each<[string, Visit]>([
    ['English browser', {}],
    ['Cantonese browser', { languages: ['yue-HK'] }],
    ['Hong Kong browser', { languages: ['zh-HK', 'en'] }],
    ['mainland browser', { languages: ['zh-CN'] }],
    ['French then English browser', { languages: ['fr-FR', 'en-GB'] }],
    [
      'English choice on a Chinese browser',
      { languages: ['zh-TW'], stored: { 'hk-innovation-lang': 'en' } },
    ],
    ['Chinese choice on an English browser', { stored: { 'hk-innovation-lang': 'zh-Hans' } }],
    ['?lang=en on a Chinese browser', { search: '?lang=en', languages: ['zh-HK'] }],
    ['?lang=zh-Hant', { search: '?lang=zh-Hant' }],
    ['a bad ?lang=', { search: '?lang=xx', languages: ['zh-SG'] }],
  ])(
    'sends the reader to the prerendered page of the language the app starts in: %s',
    (_name, visit) => {
      const { redirect } = boot(visit);
      const language = initialLanguage();
      const search = visit.search ?? '';
      expect(redirect).toBe(language === 'en' ? undefined : `${PAGES[language]}${search}`);
      // On that page, with its copy in that language, the copy is shown and nothing moves.
      const there = boot({ ...visit, path: PAGES[language], pageLanguage: language });
      expect(there).toMatchObject({ redirect: undefined, prerendered: true });
    },
  );

  it('never sends the reader round in circles: a page whose copy is in another language hides it', () => {
    // Offline, the service worker may answer /zh-hant/ with the English page.
    const visit = { path: '/zh-hant/', languages: ['zh-HK'], pageLanguage: 'en' };
    expect(boot(visit)).toMatchObject({ redirect: undefined, prerendered: false });
  });

  it('hides the prerendered page for any other view than the default', () => {
    expect(boot({ search: '?theme=dark' }).prerendered).toBe(true);
    expect(boot({ search: '?from=2018' }).prerendered).toBe(false);
    expect(boot({ search: '?present=1&autoplay=30' }).prerendered).toBe(false);
  });
});
