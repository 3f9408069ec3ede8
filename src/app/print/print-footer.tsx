import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  loadQrEncoder,
  qrSvgMarkup,
  qrWith,
  shortAddress,
  type QrEncoder,
} from '@/lib/export/provenance';
import { usePrintMedium } from '@/lib/use-print-medium';

/** A CSS string literal: the address comes from the address bar, so quotes and breaks are escaped. */
export const cssString = (text: string) =>
  `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\A ')}"`;

/**
 * The way back from paper: the view's address in short form, a QR code to it and the page number
 * in the margins of every printed page (CSS page-margin boxes, which repeat on each page without
 * taking room from the panels). Ctrl+P lays the pages out as soon as `beforeprint` returns, so
 * the QR encoder is loaded ahead, once the page is idle, and the code is made as printing starts.
 */
export function PrintFooter() {
  const { t } = useTranslation();
  const printing = usePrintMedium().medium === 'print';
  const [encode, setEncode] = useState<QrEncoder | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      void loadQrEncoder().then(
        (loaded) => current && setEncode(() => loaded),
        // Offline before the encoder was cached: the pages print without the code.
        () => undefined,
      );
    const idle = window.requestIdleCallback?.(load, { timeout: 5000 });
    if (idle === undefined) load();
    return () => {
      current = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
  if (!printing) return null;

  const url = window.location.href;
  const code = encode && qrWith(encode, url);
  // An address too long for any QR code prints without one.
  const qr = code && `data:image/svg+xml,${encodeURIComponent(qrSvgMarkup(code, 56))}`;
  const words = `${t('app.title')} · ${shortAddress(url)}`;
  // "Page {{page}} of {{pages}}", its placeholders as the page counters.
  const page = t('print.page', { page: '\u0000page\u0000', pages: '\u0000pages\u0000' })
    .split('\u0000')
    .map((part, i) => (i % 2 ? `counter(${part})` : cssString(part)))
    .join(' ');
  const margin = 'font: 7.5pt system-ui, sans-serif; color: #374151; vertical-align: middle;';
  return (
    <style data-print-footer>{`@page {
  @bottom-left { content: ${cssString(words)}; ${margin} }
  @top-right { content: ${page}; ${margin} }
${qr ? `  @bottom-right { content: url(${cssString(qr)}); vertical-align: middle; }\n` : ''}}`}</style>
  );
}
