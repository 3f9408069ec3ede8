/**
 * Fonts per script for the deck. PowerPoint names one typeface per run; the fallbacks are what
 * Office on a Mac and LibreOffice on Linux substitute for it (PingFang, Noto Sans CJK), chosen
 * by the run's language (`zh-HK`, `zh-CN`), which is why every run carries one.
 */
export interface DeckFonts {
  /** The typeface written into the file. */
  face: string;
  /** What readers' systems substitute when it is missing, in order. */
  fallbacks: readonly string[];
  /** The language every text run carries. */
  lang: string;
  /** The Windows character set of East Asian runs (Big5 or GB2312), as OOXML's signed byte. */
  eaCharset: string | null;
  /** The theme's script slot ("Hant", "Hans") for this language. */
  script: 'Hant' | 'Hans' | null;
}

export function deckFonts(language: string): DeckFonts {
  if (/^zh-(Hant|HK|TW|MO)/i.test(language))
    return {
      face: 'Microsoft JhengHei',
      fallbacks: ['PingFang TC', 'Noto Sans TC', 'Noto Sans CJK TC'],
      lang: 'zh-HK',
      eaCharset: '-120',
      script: 'Hant',
    };
  if (/^zh/i.test(language))
    return {
      face: 'Microsoft YaHei',
      fallbacks: ['PingFang SC', 'Noto Sans SC', 'Noto Sans CJK SC'],
      lang: 'zh-CN',
      eaCharset: '-122',
      script: 'Hans',
    };
  return {
    face: 'Arial',
    fallbacks: ['Helvetica', 'Liberation Sans'],
    lang: 'en-GB',
    eaCharset: null,
    script: null,
  };
}
