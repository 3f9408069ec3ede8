import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ChartEnvContext, staticEnv } from '@/components/chart/chart-env';
import { CHART_FONT_FAMILY, wrapText } from '@/components/chart/measure-text';
import type { PanelContent } from '@/components/panel/types';
import { formatDate } from '@/lib/format';
import type { QrCode } from '@/lib/export/provenance';
import type { ChartHighlight } from '@/components/chart/highlight';
import type { Size } from './svg-document';

export interface CardProps {
  content: PanelContent;
  title: string;
  /** The filters acting on this panel, in words; empty when none. */
  filters: string;
  /** The view's address in short form (host, path and query). */
  address: string;
  /** A QR code to the view's full address, drawn beside the footer's words (`card` only); null
   * when the address is too long for one. */
  qr: QrCode | null;
  /** A deck slide's emphasis, drawn by the chart with its callout. */
  highlight?: ChartHighlight | undefined;
  layout: Size;
  /** `card`: title, takeaway, chart, filters, source, name and date. `chart`: the chart alone (a slide has the words). */
  variant: 'card' | 'chart';
  /** Custom properties set on the card (the light theme's, unless the current theme is kept). */
  tokens: Record<string, string>;
  exportedOn: string;
  onReady: (card: HTMLElement) => void;
}

interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  weight?: number;
  fill: string;
  anchor?: 'start' | 'end';
}

/** The card's words and boxes, laid out in code for its size: nothing is measured in the page. */
export function cardLayout(
  props: Pick<
    CardProps,
    'content' | 'title' | 'filters' | 'address' | 'layout' | 'variant' | 'exportedOn'
  >,
  t: TFunction,
) {
  const { content, title, filters, address, layout, variant, exportedOn } = props;
  const compact = layout.width < 900;
  const pad = variant === 'chart' ? 16 : compact ? 20 : 36;
  const inner = layout.width - 2 * pad;
  const lines: TextLine[] = [];
  let y = pad;
  const MUTED = 'var(--color-ink-muted)';
  const INK = 'var(--color-ink)';
  const block = (text: string, size: number, fill: string, weight = 400, width = inner) => {
    for (const line of wrapText(text, width, size, weight)) {
      y += size * 1.25;
      lines.push({ text: line, x: pad, y: y - size * 0.28, size, weight, fill });
    }
  };
  if (variant === 'card') {
    block(title, compact ? 20 : 28, INK, 700);
    y += 4;
    block(content.takeaway, compact ? 16 : 18, MUTED);
    y += 12;
  }
  const chartTop = y;
  let footer: { top: number; qr: { x: number; y: number; size: number } } | null = null;
  if (variant === 'card') {
    const size = compact ? 12 : 14;
    const [source, ...later] = content.sources;
    const sourceText = source
      ? `${t('export.image.source')} ${source.publisher}, “${source.title}”${source.date ? ` (${formatDate(source.date)})` : ''}${later.length ? ` ${t('export.image.laterSources', { count: later.length })}` : ''}`
      : '';
    const texts = [
      filters ? t('export.image.filters', { filters }) : t('export.image.noFilters'),
      sourceText,
      address,
    ].filter(Boolean);
    // A square at the right of the footer is kept free for a QR code of the view's address.
    const qrSize = Math.round(size * 5.2);
    const textWidth = inner - qrSize - size;
    const wrapped = texts.flatMap((text) => wrapText(text, textWidth, size));
    const footerHeight = Math.max(qrSize, (wrapped.length + 1) * size * 1.35) + 8;
    const top = layout.height - pad - footerHeight;
    footer = { top, qr: { x: layout.width - pad - qrSize, y: top + 8, size: qrSize } };
    let line = top + 8;
    for (const text of wrapped) {
      line += size * 1.35;
      lines.push({ text, x: pad, y: line - size * 0.3, size, fill: MUTED });
    }
    line += size * 1.35;
    lines.push({
      text: t('app.title'),
      x: pad,
      y: line - size * 0.3,
      size,
      weight: 600,
      fill: INK,
    });
    lines.push({
      text: t('export.image.exported', { date: exportedOn }),
      x: pad + textWidth,
      y: line - size * 0.3,
      size,
      fill: MUTED,
      anchor: 'end',
    });
  }
  const chartBottom = footer ? footer.top - 12 : layout.height - pad;
  return {
    pad,
    lines,
    footer,
    chart: { x: pad, y: chartTop, width: inner, height: Math.max(120, chartBottom - chartTop) },
  };
}

/** Resolves once the drawings under `root` stopped changing for two frames in a row. */
async function drawingsSettled(root: HTMLElement, timeoutMs = 5000): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  let last = '';
  let stable = 0;
  while (performance.now() - started < timeoutMs) {
    await frame();
    const svgs = root.querySelectorAll('svg');
    const now = `${svgs.length}|${[...svgs].map((s) => s.childElementCount).join(',')}|${root.innerHTML.length}`;
    stable = now === last && svgs.length > 0 ? stable + 1 : 0;
    last = now;
    if (stable >= 2) return;
  }
}

/**
 * A panel as an export draws it, at a fixed size: the words (title, takeaway, filters, source,
 * address, name and date) as SVG text laid out in code, and the chart drawn by the same chart
 * code as the page, for the box left between them, with its legend and notes inside its svg.
 */
export function ExportCard(props: CardProps) {
  const { content, title, filters, address, qr, highlight, layout, variant, exportedOn } = props;
  const { tokens, onReady } = props;
  const { t } = useTranslation();
  const cardRef = useRef<HTMLDivElement>(null);
  const plan = useMemo(
    () => cardLayout({ content, title, filters, address, layout, variant, exportedOn }, t),
    [content, title, filters, address, layout, variant, exportedOn, t],
  );
  const env = useMemo(() => staticEnv(plan.chart, 'export', 1, highlight), [plan.chart, highlight]);
  const reported = useRef(false);
  useEffect(() => {
    const card = cardRef.current;
    if (!card || reported.current) return;
    reported.current = true;
    void drawingsSettled(card).then(() => onReady(card));
  }, [onReady]);

  const style = {
    ...tokens,
    ...(Object.keys(tokens).length ? { colorScheme: 'light' } : {}),
    position: 'relative',
    width: layout.width,
    height: layout.height,
    fontFamily: CHART_FONT_FAMILY,
  } as CSSProperties;
  return (
    <div ref={cardRef} style={style} data-export-card={variant}>
      <svg
        width={layout.width}
        height={layout.height}
        style={{ position: 'absolute', left: 0, top: 0 }}
        data-export-part="card"
      >
        <rect width={layout.width} height={layout.height} fill="var(--color-surface)" />
        {plan.footer && (
          <>
            <line
              x1={plan.pad}
              x2={layout.width - plan.pad}
              y1={plan.footer.top}
              y2={plan.footer.top}
              stroke="var(--color-line)"
            />
            {/* The way back to the live view for a reader of the file, in print or on a slide. */}
            {qr && (
              <g
                data-qr-slot=""
                transform={`translate(${plan.footer.qr.x} ${plan.footer.qr.y}) scale(${plan.footer.qr.size / qr.size})`}
                shapeRendering="crispEdges"
              >
                <rect width={qr.size} height={qr.size} fill="#ffffff" />
                <path d={qr.path} fill="#000000" />
              </g>
            )}
          </>
        )}
        {plan.lines.map((line, i) => (
          <text
            key={i}
            x={line.x}
            y={line.y}
            fontSize={line.size}
            fontWeight={line.weight}
            fill={line.fill}
            textAnchor={line.anchor}
          >
            {line.text}
          </text>
        ))}
      </svg>
      <div
        data-export-chart=""
        style={{
          position: 'absolute',
          left: plan.chart.x,
          top: plan.chart.y,
          width: plan.chart.width,
          height: plan.chart.height,
          color: 'var(--color-ink)',
        }}
      >
        <ChartEnvContext.Provider value={env}>{content.chart}</ChartEnvContext.Provider>
      </div>
    </div>
  );
}
