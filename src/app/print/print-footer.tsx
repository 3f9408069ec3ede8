import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qrCode, qrSvgMarkup, shortAddress } from '@/lib/export/provenance';
import { useViewState } from '@/lib/view-state';

/** A CSS string literal: the address comes from the address bar, so quotes and breaks are escaped. */
export const cssString = (text: string) =>
  `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\A ')}"`;

/**
 * The way back from paper: the view's address in short form, a QR code to it and the page number
 * in the margins of every printed page (CSS page-margin boxes, which repeat on each page without
 * taking room from the panels). The rules are written ahead, on screen, whenever the view
 * changes: Ctrl+P lays the pages out as soon as `beforeprint` returns, with no time to wait.
 */
export function PrintFooter() {
  const { t } = useTranslation();
  const [view] = useViewState();
  const [css, setCss] = useState('');
  // The view is in the address; `view` only tells this effect when it changed.
  const url = window.location.href;
  useEffect(() => {
    let current = true;
    const make = () =>
      void qrCode(url).then((code) => {
        if (!current) return;
        // An address too long for any QR code prints without one.
        const qr = code && `data:image/svg+xml,${encodeURIComponent(qrSvgMarkup(code, 56))}`;
        const words = `${t('app.title')} · ${shortAddress(url)}`;
        // "Page {{page}} of {{pages}}", its placeholders as the page counters.
        const page = t('print.page', { page: '\u0000page\u0000', pages: '\u0000pages\u0000' })
          .split('\u0000')
          .map((part, i) => (i % 2 ? `counter(${part})` : cssString(part)))
          .join(' ');
        setCss(`@page {
  @bottom-left { content: ${cssString(words)}; font: 7.5pt system-ui, sans-serif; color: #374151; vertical-align: middle; }
  @top-right { content: ${page}; font: 7.5pt system-ui, sans-serif; color: #374151; vertical-align: middle; }
${qr ? `  @bottom-right { content: url(${cssString(qr)}); vertical-align: middle; }\n` : ''}}`);
      });
    const idle = window.requestIdleCallback?.(make, { timeout: 2000 });
    if (idle === undefined) make();
    return () => {
      current = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [url, view, t]);

  return css ? <style data-print-footer>{css}</style> : null;
}
