import { afterAll, describe, expect, it } from 'vitest';
import i18n from './i18n';
import {
  formatDate,
  formatFigure,
  formatHkd,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatRank,
  intlLocale,
} from './format';

afterAll(() => i18n.changeLanguage('en'));

describe('Intl locales', () => {
  it('map each UI language to a regional locale', () => {
    expect(intlLocale('en')).toBe('en-HK');
    expect(intlLocale('zh-Hant')).toBe('zh-Hant-HK');
    expect(intlLocale('zh-Hans')).toBe('zh-Hans-CN');
  });
});

describe('formatting in Traditional Chinese (Hong Kong)', () => {
  it('keeps grouping and percentages, counts money in 萬 and 億', async () => {
    await i18n.changeLanguage('zh-Hant');
    expect(formatNumber(3360)).toBe('3,360');
    expect(formatPercent(26.4)).toBe('26.4%');
    expect(formatHkd(22_400_000_000)).toBe('224億港元');
    expect(formatHkd(138_000_000)).toBe('1.38億港元');
    expect(formatHkd(1_500_000)).toBe('150萬港元');
    expect(formatHkd(100_000_000_000)).toBe('1,000億港元');
    expect(formatFigure({ value: 22_400_000_000, qualifier: 'about' }, 'hkd')).toBe('約224億港元');
    expect(formatFigure({ value: 8_000_000, qualifier: 'up to' }, 'hkd')).toBe('最多800萬港元');
    expect(formatFigure({ value: 140_000, qualifier: 'over' }, 'sqm')).toBe('逾140,000平方米');
    expect(formatMultiple(3.39)).toBe('3.4倍');
    expect(formatRank(2)).toBe('第2位');
    expect(formatRank(11, 131)).toBe('11 / 131');
  });

  it('writes dates the Chinese way', async () => {
    await i18n.changeLanguage('zh-Hant');
    expect(formatDate('2021-03-12')).toBe('2021年3月12日');
    expect(formatDate('2015-08')).toBe('2015年8月');
    expect(formatDate('2025')).toBe('2025年');
  });
});

describe('formatting in Simplified Chinese', () => {
  it('counts money in 万 and 亿', async () => {
    await i18n.changeLanguage('zh-Hans');
    expect(formatNumber(3360)).toBe('3,360');
    expect(formatHkd(22_400_000_000)).toBe('224亿港元');
    expect(formatHkd(1_500_000)).toBe('150万港元');
    expect(formatFigure({ value: 10_000, qualifier: 'over' }, 'people')).toBe('逾10,000');
    expect(formatDate('2021-03-12')).toBe('2021年3月12日');
  });
});

describe('formatting in English after a switch back', () => {
  it('is unchanged', async () => {
    await i18n.changeLanguage('en');
    expect(formatHkd(22_400_000_000)).toBe('HK$22.4 billion');
    expect(formatDate('2025')).toBe('2025');
    expect(formatNumber(3360)).toBe('3,360');
  });
});
