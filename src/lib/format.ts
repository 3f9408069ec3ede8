import type { Qualifier, Unit } from '@/data/schema';
import i18n from './i18n';
import { COMPACT_LOCALE_ZH_HANT, INTL_LOCALES } from './intl-locales';
import { isLanguage } from './language';

/** Every number on screen goes through Intl for the active language. */

/** Intl locale for a UI language (see INTL_LOCALES); English for anything else. */
export function intlLocale(language = i18n.language): string {
  return isLanguage(language) ? INTL_LOCALES[language] : INTL_LOCALES.en;
}

/** Locale for compact amounts ("22.4 billion", "224億"). */
function compactLocale(language = i18n.language): string {
  return language === 'zh-Hant' ? COMPACT_LOCALE_ZH_HANT : intlLocale(language);
}

// Building an Intl formatter costs far more than using one, and every render formats numbers and
// dates: one formatter per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cachedFormatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  make: () => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let fmt = formatters.get(key) as F | undefined;
  if (!fmt) {
    fmt = make();
    formatters.set(key, fmt);
  }
  return fmt;
}

function numberFormat(
  options: Intl.NumberFormatOptions,
  locale: string = intlLocale(),
): Intl.NumberFormat {
  return cachedFormatter('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale();
  return cachedFormatter('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return numberFormat({ maximumFractionDigits }).format(value);
}

/** `value` is in percent (26 means 26%). */
export function formatPercent(value: number, maximumFractionDigits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits }).format(value / 100);
}

export function formatSignedPercent(value: number, maximumFractionDigits = 1): string {
  return numberFormat({
    style: 'percent',
    maximumFractionDigits,
    signDisplay: 'exceptZero',
  }).format(value / 100);
}

/**
 * HK$22.4 billion, HK$1.5 million; 224億港元, 150万港元: compact and readable on a slide. Intl's
 * compact currency style only abbreviates ("HK$22B"), so the long compact number goes into a
 * catalogue pattern. Chinese counts in 萬/億 (units of 10^4 and 10^8): two decimals keep the
 * precision of the English form (HK$138 million is 1.38億, not 1.4億).
 */
export function formatHkd(value: number): string {
  const chinese = i18n.language !== 'en';
  const amount = numberFormat(
    {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: chinese ? 2 : 1,
      useGrouping: true,
    },
    compactLocale(),
  ).format(value);
  return i18n.t('format.hkd', { value: amount });
}

export function formatMultiple(value: number): string {
  return i18n.t('format.multiple', { value: formatNumber(value, 1) });
}

// A chart labels every point with its rank, on every render; i18next's interpolation is the
// slow part, and the same few ranks recur: remember each label per language.
const rankLabels = new Map<string, string>();

export function formatRank(rank: number, outOf?: number): string {
  const key = `${i18n.language}|${rank}|${outOf ?? ''}`;
  let label = rankLabels.get(key);
  if (label === undefined) {
    label =
      outOf === undefined
        ? i18n.t('format.rank', { rank: formatNumber(rank, 0) })
        : i18n.t('format.rankOutOf', {
            rank: formatNumber(rank, 0),
            outOf: formatNumber(outOf, 0),
          });
    rankLabels.set(key, label);
  }
  return label;
}

export function formatYear(year: number): string {
  return String(year);
}

export function formatByUnit(value: number, unit: Unit, outOf?: number): string {
  switch (unit) {
    case 'rank':
      return formatRank(value, outOf);
    case 'percent':
      return formatPercent(value, 2);
    case 'hkd':
      return formatHkd(value);
    case 'multiple':
      return formatMultiple(value);
    case 'year':
      return formatYear(value);
    case 'sqm':
      return i18n.t('format.sqm', { value: formatNumber(value, 0) });
    case 'hectares':
      return i18n.t('format.hectares', { value: formatNumber(value, 1) });
    case 'count':
    case 'people':
      return formatNumber(value, 0);
  }
}

/** "10,000+", "≈26%", "up to HK$8 million": the source's own hedge stays visible. */
export function withQualifier(formatted: string, qualifier: Qualifier | undefined): string {
  if (!qualifier) return formatted;
  return i18n.t(
    `qualifier.${qualifier === 'at least' ? 'atLeast' : qualifier === 'up to' ? 'upTo' : qualifier}`,
    {
      value: formatted,
    },
  );
}

export function formatFigure(
  figure: { value: number; qualifier?: Qualifier | undefined; outOf?: number | undefined },
  unit: Unit,
): string {
  // For areas the hedge hugs the number ("140,000+ m²"), not the unit ("140,000 m²+").
  if (unit === 'sqm' || unit === 'hectares') {
    const number = withQualifier(
      formatNumber(figure.value, unit === 'sqm' ? 0 : 1),
      figure.qualifier,
    );
    return i18n.t(unit === 'sqm' ? 'format.sqm' : 'format.hectares', { value: number });
  }
  return withQualifier(formatByUnit(figure.value, unit, figure.outOf), figure.qualifier);
}

export function formatDate(iso: string): string {
  const parts = iso.split('-').map(Number);
  const [y, m, d] = parts;
  if (y === undefined || Number.isNaN(y)) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  // "2025" in English, "2025年" in Chinese.
  const options: Intl.DateTimeFormatOptions =
    m === undefined
      ? { year: 'numeric', timeZone: 'UTC' }
      : d === undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateFormat(options).format(date);
}
