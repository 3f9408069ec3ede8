import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  detectLanguage,
  languageOfTag,
  storeLanguage,
  storedLanguage,
} from './language';
import { loadViewState, serializeViewState, DEFAULT_VIEW } from './view-state';

describe('the first visit follows the browser', () => {
  it.each([
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['yue-HK', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['en-GB', 'en'],
    ['en', 'en'],
  ] as const)('%s reads %s', (tag, language) => {
    expect(detectLanguage([tag])).toBe(language);
  });

  it('takes the first language it has, else English', () => {
    expect(detectLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh-Hant');
    expect(detectLanguage(['en-US', 'zh-CN'])).toBe('en');
    expect(detectLanguage(['ja', 'ko'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
    expect(languageOfTag('ja-JP')).toBeNull();
  });
});

describe('the language choice', () => {
  afterEach(() => window.localStorage.clear());

  it('is the URL first, then the stored choice, then the browser', () => {
    expect(chooseLanguage('en', 'zh-Hans', ['zh-HK'])).toBe('en');
    expect(chooseLanguage(null, 'zh-Hans', ['zh-HK'])).toBe('zh-Hans');
    expect(chooseLanguage(null, null, ['zh-HK'])).toBe('zh-Hant');
  });

  it('persists in localStorage and ignores junk there', () => {
    expect(storedLanguage()).toBeNull();
    storeLanguage('zh-Hant');
    expect(storedLanguage()).toBe('zh-Hant');
    window.localStorage.setItem('hk-innovation-lang', 'klingon');
    expect(storedLanguage()).toBeNull();
  });

  it('reads ?lang= from the URL and drops an invalid one', () => {
    expect(loadViewState('?lang=zh-Hant').lang).toBe('zh-Hant');
    expect(loadViewState('?lang=zh-Hans').lang).toBe('zh-Hans');
    expect(loadViewState('?lang=en').lang).toBe('en');
    expect(loadViewState('?lang=fr').lang).toBeNull();
    expect(loadViewState('?lang=zh-hant').lang).toBeNull();
    expect(serializeViewState({ ...DEFAULT_VIEW, lang: 'zh-Hans' })).toBe('?lang=zh-Hans');
  });
});
