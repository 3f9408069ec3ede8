import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PanelContent } from '@/components/panel/types';
import { useManifest } from '@/data/use-manifest';
import { citation } from '@/lib/export/citation';
import { computedVarLookup, baseThemeTokens } from '@/lib/export/css-vars';
import { buildCsv } from '@/lib/export/csv';
import { exportFileName, isoDate } from '@/lib/export/file-name';
import { buildReadme } from '@/lib/export/readme';
import { formatDate, intlLocale } from '@/lib/format';
import i18n from '@/lib/i18n';
import { panelElement } from '../panel-element';
import {
  asExportError,
  ExportError,
  FIXED_SIZES,
  type ExportJob,
  type ExportResult,
  type ExportTarget,
} from '../types';
import type { StageProps } from '../use-export-runner';
import { svgDocument, svgToPng, type Size } from './svg-document';
import { DECK_IMAGE_BOX, toHex } from './deck-layout';
import { ExportCard } from './export-card';

interface ImagePlan {
  variant: 'card' | 'chart';
  /** The CSS size the card is laid out at. */
  layout: Size;
  /** The exported size in CSS pixels (the SVG's width and height). */
  output: Size;
  /** The PNG's size in pixels: output × density. */
  pixels: Size;
}

type Captured =
  | {
      status: 'success';
      target: ExportTarget;
      title: string;
      content: PanelContent;
      png?: Blob;
      svg?: string;
    }
  | { status: 'empty' | 'error'; target: ExportTarget; title: string };

/** Slide and deck images are laid out smaller and drawn larger, so their text reads on a slide. */
const DECK_LAYOUT_WIDTH = 1280;
const DECK_ZOOM = 1.5;
const DECK_DENSITY = 2;

function imagePlan(job: ExportJob, target: ExportTarget): ImagePlan | null {
  if (job.kind === 'csv') return null;
  if (job.kind === 'deck') {
    const layout = {
      width: DECK_LAYOUT_WIDTH,
      height: Math.round((DECK_LAYOUT_WIDTH * DECK_IMAGE_BOX.h) / DECK_IMAGE_BOX.w),
    };
    const output = { width: layout.width * DECK_ZOOM, height: layout.height * DECK_ZOOM };
    const pixels = { width: output.width * DECK_DENSITY, height: output.height * DECK_DENSITY };
    return { variant: 'chart', layout, output, pixels };
  }
  const { size, density } = job.settings;
  let output: Size;
  let zoom = 1;
  if (size === 'screen') {
    const box = panelElement(target.panel.id)?.getBoundingClientRect();
    output = box
      ? { width: Math.round(box.width), height: Math.round(box.height) }
      : { width: 800, height: 600 };
  } else {
    const fixed = FIXED_SIZES[size];
    output = { width: fixed.width, height: fixed.height };
    zoom = fixed.zoom;
  }
  return {
    variant: 'card',
    layout: { width: Math.round(output.width / zoom), height: Math.round(output.height / zoom) },
    output,
    pixels: { width: output.width * density, height: output.height * density },
  };
}

/** One panel: reads its state (cached data, no fetch), draws the card, captures it. */
function PanelCapture({
  job,
  target,
  tokens,
  exportedOn,
  onCaptured,
  onFailed,
}: {
  job: ExportJob;
  target: ExportTarget;
  tokens: Record<string, string>;
  exportedOn: string;
  onCaptured: (result: Captured) => void;
  onFailed: (error: ExportError) => void;
}) {
  const { t } = useTranslation();
  const state = target.panel.usePanelState();
  const title = target.panel.title(t);
  const [plan] = useState(() => imagePlan(job, target));
  const settled = useRef(false);
  const content = state.status === 'success' ? state.content : null;

  const finish = useCallback(
    (result: Captured) => {
      if (settled.current) return;
      settled.current = true;
      onCaptured(result);
    },
    [onCaptured],
  );
  const fail = useCallback(
    (error: unknown) => {
      if (settled.current) return;
      settled.current = true;
      onFailed(asExportError(error));
    },
    [onFailed],
  );

  useEffect(() => {
    if (state.status === 'pending') {
      const timer = window.setTimeout(() => fail(new ExportError('timeout', { title })), 20_000);
      return () => window.clearTimeout(timer);
    }
    if (state.status === 'empty' || state.status === 'error')
      finish({ status: state.status, target, title });
    else if (content && !plan) finish({ status: 'success', target, title, content });
  }, [state.status, content, plan, target, title, finish, fail]);

  const onReady = useCallback(
    (card: HTMLElement) => {
      if (!plan || !content) return;
      const run = async () => {
        await document.fonts.ready;
        const [source] = content.sources;
        const markup = svgDocument(
          card,
          plan.layout,
          plan.output,
          {
            title,
            description: content.takeaway,
            source: source ? `${source.publisher}, “${source.title}”` : '',
            address: shortAddress(),
            date: isoDate(new Date()),
            language: i18n.language,
          },
          computedVarLookup(card),
        );
        const wantsSvg = job.kind === 'svg';
        const png = wantsSvg ? undefined : await svgToPng(markup, plan.pixels);
        finish({
          status: 'success',
          target,
          title,
          content,
          ...(png ? { png } : {}),
          ...(wantsSvg ? { svg: markup } : {}),
        });
      };
      run().catch(fail);
    },
    [plan, content, job.kind, title, target, finish, fail],
  );

  if (!content || !plan) return null;
  return (
    <ExportCard
      content={content}
      title={title}
      filters={target.filters}
      address={shortAddress()}
      layout={plan.layout}
      variant={plan.variant}
      tokens={tokens}
      exportedOn={exportedOn}
      onReady={onReady}
    />
  );
}

/** The view's address without the scheme: what a reader types or a QR code holds. */
function shortAddress(): string {
  const { host, pathname, search } = window.location;
  return `${host}${pathname === '/' ? '' : pathname}${search}`;
}

function csvFor(
  captured: Extract<Captured, { status: 'success' }>,
  t: TFunction,
  date: Date,
): string {
  return buildCsv(
    captured.content.tables,
    {
      title: captured.title,
      filters: captured.target.filters,
      sources: captured.content.sources.map((s) => citation(s, t)),
      notes: captured.content.notes,
      appName: t('app.title'),
      exportedOn: isoDate(date),
    },
    t,
  );
}

/**
 * The export engine, loaded on the first export. Draws each panel in turn in a hidden,
 * fixed-size container (so the responsive charts get the chosen size, whatever the window),
 * reports progress, and puts the file together.
 */
export function ExportStage({ job, onProgress, onDone, onError }: StageProps) {
  const { t, i18n: translation } = useTranslation();
  const manifest = useManifest();
  const targets = useMemo(() => ('targets' in job ? job.targets : [job.target]), [job]);
  const multi = job.kind === 'zip' || job.kind === 'deck';
  const [index, setIndex] = useState(0);
  const results = useRef<Captured[]>([]);
  const [date] = useState(() => new Date());
  const exportedOn = formatDate(isoDate(date));
  // White unless the current theme is kept: the light theme's tokens, set on the card.
  const tokens = useMemo(
    () => (job.settings.keepTheme ? {} : baseThemeTokens()),
    [job.settings.keepTheme],
  );
  const finished = useRef(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const target = targets[index];
    onProgress({
      done: index,
      total: targets.length + (multi ? 1 : 0),
      title: target ? target.panel.title(t) : null,
    });
  }, [index, targets, multi, onProgress, t]);

  const onCaptured = useCallback((result: Captured) => {
    results.current.push(result);
    setIndex((i) => i + 1);
  }, []);
  const onFailed = useCallback(
    (error: ExportError) => {
      finished.current = true;
      setFailed(true);
      onError(error);
    },
    [onError],
  );

  useEffect(() => {
    if (index < targets.length || finished.current) return;
    finished.current = true;
    const asOf = manifest.data ? formatDate(manifest.data.asOf) : null;
    assemble(job, results.current, {
      t,
      date,
      exportedOn,
      asOf,
      language: intlLocale(translation.language),
    }).then(onDone, (error: unknown) => onError(asExportError(error)));
  }, [
    index,
    targets.length,
    job,
    t,
    date,
    exportedOn,
    manifest.data,
    translation.language,
    onDone,
    onError,
  ]);

  const target = targets[index];
  return (
    <div
      aria-hidden="true"
      inert
      data-testid="export-stage"
      style={{ position: 'fixed', left: -20000, top: 0, pointerEvents: 'none' }}
    >
      {target && !failed && (
        <PanelCapture
          key={target.panel.id}
          job={job}
          target={target}
          tokens={tokens}
          exportedOn={exportedOn}
          onCaptured={onCaptured}
          onFailed={onFailed}
        />
      )}
    </div>
  );
}

/** The theme the page shows now (html[data-theme]). */
function pageTheme(): 'light' | 'dark' | 'contrast' {
  const theme = document.documentElement.dataset.theme;
  return theme === 'dark' || theme === 'contrast' ? theme : 'light';
}

async function assemble(
  job: ExportJob,
  results: readonly Captured[],
  context: { t: TFunction; date: Date; exportedOn: string; asOf: string | null; language: string },
): Promise<ExportResult> {
  const { t, date } = context;
  const name = (subject: string, filters: string, ext: string) =>
    exportFileName({ subject, filters, date, ext });

  if (!('targets' in job)) {
    const [result] = results;
    if (!result || result.status !== 'success')
      throw new ExportError('noData', { title: result?.title ?? '' });
    const fileName = name(job.target.panel.id, job.target.fileFilters, job.kind);
    if (job.kind === 'csv')
      return {
        fileName,
        blob: new Blob([csvFor(result, t, date)], { type: 'text/csv;charset=utf-8' }),
      };
    if (job.kind === 'svg' && result.svg)
      return { fileName, blob: new Blob([result.svg], { type: 'image/svg+xml;charset=utf-8' }) };
    if (job.kind === 'png' && result.png) return { fileName, blob: result.png };
    throw new ExportError('unknown', { cause: new Error('no image was drawn') });
  }

  const done = results.filter(
    (r): r is Extract<Captured, { status: 'success' }> => r.status === 'success',
  );
  if (done.length === 0) throw new ExportError('nothing');

  if (job.kind === 'deck') {
    const { buildDeck } = await import('./deck').catch((cause: unknown) => {
      throw new ExportError('load', { cause });
    });
    const style = getComputedStyle(document.documentElement);
    const token = (token: string, light: string) =>
      job.settings.keepTheme
        ? style.getPropertyValue(token).trim() || light
        : (baseThemeTokens()[token] ?? light);
    const blob = await buildDeck(
      {
        appName: t('app.title'),
        filters: job.filters,
        exportedOn: context.exportedOn,
        asOf: context.asOf,
        language: context.language,
        colors: {
          background: toHex(token('--color-surface', '#ffffff'), 'FFFFFF'),
          ink: toHex(token('--color-ink', '#111827'), '111827'),
          muted: toHex(token('--color-ink-muted', '#4b5563'), '4B5563'),
          accent: toHex(token('--color-accent', '#1d4ed8'), '1D4ED8'),
        },
        slides: done.map((r) => {
          if (!r.png)
            throw new ExportError('unknown', {
              title: r.title,
              cause: new Error('no image was drawn'),
            });
          return {
            title: r.title,
            takeaway: r.content.takeaway,
            filters: r.target.filters,
            sources: r.content.sources,
            notes: r.content.notes,
            image: r.png,
          };
        }),
      },
      t,
    );
    return { fileName: name('meeting-deck', job.fileFilters, 'pptx'), blob };
  }

  const { buildZip } = await import('./zip').catch((cause: unknown) => {
    throw new ExportError('load', { cause });
  });
  const entries = done.flatMap((r) => {
    const image = name(r.target.panel.id, r.target.fileFilters, 'png');
    const data = name(r.target.panel.id, r.target.fileFilters, 'csv');
    if (!r.png)
      throw new ExportError('unknown', { title: r.title, cause: new Error('no image was drawn') });
    return [
      { name: image, data: r.png, files: { image, data } },
      { name: data, data: csvFor(r, t, date), files: { image, data } },
    ];
  });
  const { size, density, keepTheme } = job.settings;
  const fixed = size === 'screen' ? null : FIXED_SIZES[size];
  const background = keepTheme
    ? t('export.readme.themed', { theme: t(`theme.${pageTheme()}`) })
    : t('export.readme.white');
  const readme = buildReadme(
    {
      appName: t('app.title'),
      exportedOn: `${context.exportedOn} (${isoDate(date)})`,
      asOf: context.asOf,
      filters: job.filters,
      images: fixed
        ? t('export.readme.images', {
            size: t(`export.size.${size}`),
            density,
            width: fixed.width * density,
            height: fixed.height * density,
            background,
          })
        : t('export.readme.imagesOnScreen', { density, background }),
      panels: done.map((r) => ({
        title: r.title,
        takeaway: r.content.takeaway,
        sources: r.content.sources,
        notes: r.content.notes,
        files: {
          image: name(r.target.panel.id, r.target.fileFilters, 'png'),
          data: name(r.target.panel.id, r.target.fileFilters, 'csv'),
        },
      })),
      skipped: results
        .filter((r) => r.status !== 'success')
        .map((r) => ({
          title: r.title,
          reason: t(
            r.status === 'empty' ? 'export.readme.reasonEmpty' : 'export.readme.reasonError',
          ),
        })),
    },
    t,
  );
  const blob = await buildZip(
    [
      ...entries.map(({ name: file, data }) => ({ name: file, data })),
      { name: 'README.txt', data: readme },
    ],
    date,
  );
  return { fileName: name('all-panels', job.fileFilters, 'zip'), blob };
}
