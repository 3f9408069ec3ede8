import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage } from '@/lib/language';

// public/boot.js runs before the app and mirrors its theme and language rules; this holds them equal.
const source = readFileSync(path.resolve(process.cwd(), 'public/boot.js'), 'utf8');
const html = document.documentElement;

interface Visit {
  search?: string;
  stored?: Record<string, string>;
  languages?: string[];
  dark?: boolean;
}

function boot({ search = '', stored = {}, languages = ['en-US'], dark = false }: Visit) {
  window.history.replaceState(null, '', `/${search}`);
  window.localStorage.clear();
  for (const [key, value] of Object.entries(stored)) window.localStorage.setItem(key, value);
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  window.matchMedia = ((query: string) => ({
    matches: dark && query.includes('dark'),
  })) as unknown as typeof window.matchMedia;
  delete html.dataset.theme;
  delete html.dataset.prerender;
  new Function(source)();
  return { theme: html.dataset.theme, prerendered: html.dataset.prerender !== 'off' };
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
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
    'shows the English prerendered page exactly when the app starts in English: %s',
    (_name, visit) => {
      const { prerendered } = boot(visit);
      expect(prerendered).toBe(initialLanguage() === 'en');
    },
  );

  it('hides the prerendered page for any other view than the default', () => {
    expect(boot({ search: '?theme=dark' }).prerendered).toBe(true);
    expect(boot({ search: '?from=2018' }).prerendered).toBe(false);
    expect(boot({ search: '?present=1&autoplay=30' }).prerendered).toBe(false);
  });
});
