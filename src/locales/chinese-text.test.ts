import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Chinese as a native editor would write it: computed values are 計算所得 / 计算值 (an exact
 * calculation), never 推算 (an estimate); no English sentence left inside a Chinese string
 * (names and quoted titles are allowed); no key without its translation.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

/** Every string leaf of a JSON value, with its path. */
function leaves(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const catalogue = (lang: string) => [
  ...leaves(read(path.join(HERE, `${lang}.json`))),
  ...readdirSync(path.join(HERE, lang, 'panels')).flatMap((f) =>
    leaves(read(path.join(HERE, lang, 'panels', f)), f),
  ),
];

/** The Chinese texts of the data: every `zh-Hant` / `zh-Hans` value of a translation. */
function dataTexts(lang: 'zh-Hant' | 'zh-Hans'): Array<[string, string]> {
  const dir = path.join(ROOT, 'public/data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => leaves(read(path.join(dir, f)), f))
    .filter(([at]) => at.endsWith(`.${lang}`));
}

/**
 * Four or more Latin words in a row, outside a quoted title (「」 “” 《》) and outside the
 * names this dashboard keeps in Latin letters.
 */
const ALLOWED_LATIN = [
  'IMD',
  'Global Rankings',
  'Startup Genome',
  'Global Fintech Ecosystem Report 2020',
  'Now TV',
  'IPKat',
  'StartmeupHK',
  'HKTDC',
];
function latinSentence(text: string): string | undefined {
  // A quoted title may be English (Title Case); a quoted English sentence may not.
  const quoted = /[「“《（(]([A-Za-z][^」”》）)]*)[」”》）)]/g;
  for (const [, inner] of text.matchAll(quoted))
    if ((inner ?? '').split(/\s+/).filter((w) => /^[a-z]/.test(w)).length >= 4) return inner;
  let rest = text.replace(/「[^」]*」|“[^”]*”|《[^》]*》|（[^）]*）|\{\{[^}]*\}\}/g, ' ');
  for (const name of ALLOWED_LATIN) rest = rest.split(name).join(' ');
  return /[A-Za-z]+(?:[\s,.'’-]+[A-Za-z]+){3,}/.exec(rest)?.[0];
}

describe.each(['zh-Hant', 'zh-Hans'] as const)('%s', (lang) => {
  const texts = [...catalogue(lang), ...dataTexts(lang)];

  it('calls computed values 計算所得 / 计算值, never 推算', () => {
    expect(texts.filter(([, s]) => s.includes('推算')).map(([at]) => at)).toEqual([]);
  });

  it('leaves no English sentence inside a Chinese string', () => {
    const found = texts.flatMap(([at, s]) => {
      const hit = latinSentence(s);
      return hit ? [`${at}: ${hit}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('uses 「」 for quotation marks in Traditional Chinese', () => {
    if (lang !== 'zh-Hant') return;
    expect(texts.filter(([, s]) => /[“”]/.test(s)).map(([at, s]) => `${at}: ${s}`)).toEqual([]);
  });

  it('has a translation for every English key', () => {
    // Chinese has one plural form: English's _one/_two/_few/... keys need only its _other.
    const english = new Set(
      catalogue('en').map(([at]) => at.replace(/_(zero|one|two|few|many)$/, '_other')),
    );
    const own = new Set(texts.map(([at]) => at));
    expect([...english].filter((k) => !own.has(k))).toEqual([]);
  });
});

describe('the Latin-sentence rule', () => {
  it('catches an English fragment and lets a name or a quoted title through', () => {
    expect(latinSentence('香港 etc. and many other things')).toBeDefined();
    expect(latinSentence('文章的「Global Rankings」表')).toBeUndefined();
    expect(latinSentence('IMD世界數碼競爭力排名')).toBeUndefined();
    expect(
      latinSentence(
        '亦提及此事：「Sweden’s Karolinska Institutet opened a research facility at the Science Park」。',
      ),
    ).toBeDefined();
  });
});
