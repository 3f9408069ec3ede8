import { COMPACT_LOCALE_ZH_HANT, INTL_LOCALES } from '@/lib/intl-locales';

/*
 * A page's first Intl formatter loads the browser's locale data (ICU), a long task on a slow
 * phone. That data is kept for the whole page, workers included, so once this worker has built
 * the kinds of formatter the app uses, the app's own first ones are quick on the main thread.
 */
for (const locale of [...Object.values(INTL_LOCALES), COMPACT_LOCALE_ZH_HANT]) {
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(3360.5);
  new Intl.NumberFormat(locale, { style: 'percent' }).format(0.06);
  new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(22.4e9);
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(0);
  new Intl.PluralRules(locale).select(2);
}
self.close();
