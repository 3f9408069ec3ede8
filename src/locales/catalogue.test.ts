import { describe, expect, it } from 'vitest';
import { resources } from '@/lib/i18n';
import { TRANSLATED_LANGUAGES } from '@/lib/language';

/**
 * A missing translation fails here, not in front of a user. Every key of the English catalogue
 * must exist in 繁 and 简 and the other way round, no string may be empty, and each translation
 * must use the same {{placeholders}} as the English. Plural keys: English has `_one` and
 * `_other`; Chinese has only the `other` category, so it needs `_other` alone.
 */

type Flat = Map<string, string>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `x_one` and `x_other` are one message, `x`, whose Chinese form is `x_other`. */
function chineseKey(key: string): string {
  return PLURAL.test(key) ? key.replace(PLURAL, '_other') : key;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1] ?? '').sort();
}

const en = flatten(resources.en.translation);

describe('the English catalogue', () => {
  it('has no empty strings', () => {
    expect([...en].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
});

describe.each(TRANSLATED_LANGUAGES)('the %s catalogue', (language) => {
  const zh = flatten(resources[language].translation);

  it('has every key of the English catalogue', () => {
    const missing = [...new Set([...en.keys()].map(chineseKey))].filter((key) => !zh.has(key));
    expect(missing, `keys missing in ${language}`).toEqual([]);
  });

  it('has no key the English catalogue lacks', () => {
    const extra = [...zh.keys()].filter((key) => !en.has(key));
    expect(extra, `keys in ${language} that English does not have`).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...zh].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders as the English', () => {
    const mismatched = [...zh].filter(([key, value]) => {
      const english = en.get(key);
      return english !== undefined && placeholders(english).join() !== placeholders(value).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('has no English text left untranslated', () => {
    // The same as English is fine for "{{title}}", "–" or "{{rank}} / {{outOf}}", not for words.
    const untranslated = [...zh].filter(
      ([key, value]) => en.get(key) === value && /[a-z]{3,}/.test(value.replace(/{{[^}]*}}/g, '')),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
