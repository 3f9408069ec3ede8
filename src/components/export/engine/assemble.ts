import type { TFunction } from 'i18next';
import { citation } from '@/lib/export/citation';
import { baseThemeTokens } from '@/lib/export/css-vars';
import { buildCsvFiles } from '@/lib/export/csv';
import { exportFileName, isoDate } from '@/lib/export/file-name';
import { pngWithMetadata, svgWithMetadata, type FileMetadata } from '@/lib/export/file-metadata';
import { currentViewAddress } from '@/lib/export/provenance';
import { buildReadme } from '@/lib/export/readme';
import { ExportError, FIXED_SIZES, type ExportJob, type ExportResult } from '../types';
import { toHex } from './deck-layout';
import type { Captured } from './export-engine';

type Success = Extract<Captured, { status: 'success' }>;

export interface AssembleContext {
  t: TFunction;
  date: Date;
  exportedOn: string;
  asOf: string | null;
  /** The Intl locale (en-HK, zh-Hant-HK…), for text in the files. */
  language: string;
  /** The interface language (en, zh-Hant, zh-Hans), for file names and addresses. */
  languageCode: string;
}

function load<T>(module: Promise<T>): Promise<T> {
  return module.catch((cause: unknown) => {
    throw new ExportError('load', { cause });
  });
}

/** The theme the page shows now (html[data-theme]). */
function pageTheme(): 'light' | 'dark' | 'contrast' {
  const theme = document.documentElement.dataset.theme;
  return theme === 'dark' || theme === 'contrast' ? theme : 'light';
}

function csvFiles(r: Success, context: AssembleContext): string[] {
  const { t, date } = context;
  return buildCsvFiles(
    r.content.tables,
    {
      title: r.title,
      filters: r.target.filters,
      sources: r.content.sources.map((s) => citation(s, t)),
      notes: r.content.notes,
      appName: t('app.title'),
      exportedOn: isoDate(date),
      address: currentViewAddress(context.languageCode, r.target.panel.id),
    },
    t,
  );
}

function metadata(r: Success, context: AssembleContext): FileMetadata {
  const { t } = context;
  return {
    title: r.title,
    description: r.content.takeaway,
    sources: r.content.sources.map((s) => citation(s, t)),
    address: currentViewAddress(context.languageCode, r.target.panel.id),
    date: isoDate(context.date),
    licence: t('export.meta.licence'),
    creator: t('app.title'),
  };
}

function workbookPanels(done: readonly Success[], context: AssembleContext) {
  return done.map((r) => ({
    title: r.title,
    tables: r.content.tables,
    sources: r.content.sources,
    notes: r.content.notes,
    filters: r.target.filters,
    address: currentViewAddress(context.languageCode, r.target.panel.id),
  }));
}

async function workbook(
  done: readonly Success[],
  filters: string,
  context: AssembleContext,
): Promise<Blob> {
  const { buildWorkbook } = await load(import('@/lib/export/xlsx'));
  const { t } = context;
  return buildWorkbook(
    workbookPanels(done, context),
    {
      appName: t('app.title'),
      exportedOn: isoDate(context.date),
      filters,
      language: context.languageCode,
    },
    t,
  );
}

/** `name.csv`, or `name-2.csv` for a panel's second table. */
function numbered(names: (n: number) => string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => names(i));
}

/** Puts the captured panels together into the file the job asked for. */
export async function assemble(
  job: ExportJob,
  results: readonly Captured[],
  context: AssembleContext,
): Promise<ExportResult> {
  const { t, date } = context;
  const name = (subject: string, filters: string, ext: string) =>
    exportFileName({ subject, filters, date, ext, language: context.languageCode });
  const csvNames = (r: Success) =>
    numbered(
      (i) =>
        name(
          r.content.tables.length > 1 ? `${r.target.panel.id}-table-${i + 1}` : r.target.panel.id,
          r.target.fileFilters,
          'csv',
        ),
      r.content.tables.length,
    );

  if (!('targets' in job)) {
    const [result] = results;
    if (!result || result.status !== 'success')
      throw new ExportError('noData', { title: result?.title ?? '' });
    const fileName = name(job.target.panel.id, job.target.fileFilters, job.kind);
    if (job.kind === 'csv') {
      const files = csvFiles(result, context);
      const names = csvNames(result);
      const [only] = files;
      if (files.length === 1 && only !== undefined)
        return { fileName, blob: new Blob([only], { type: 'text/csv;charset=utf-8' }) };
      // Several tables: one CSV each, together in a ZIP.
      const { buildZip } = await load(import('./zip'));
      const blob = await buildZip(
        files.map((data, i) => ({ name: names[i] ?? `table-${i + 1}.csv`, data })),
        date,
      );
      return { fileName: name(`${job.target.panel.id}-csv`, job.target.fileFilters, 'zip'), blob };
    }
    if (job.kind === 'xlsx')
      return { fileName, blob: await workbook([result], job.target.filters, context) };
    if (job.kind === 'svg' && result.svg) {
      const markup = svgWithMetadata(result.svg, metadata(result, context));
      return { fileName, blob: new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }) };
    }
    if (job.kind === 'png' && result.png)
      return {
        fileName,
        blob: await pngWithMetadata(result.png, metadata(result, context)),
        caption: {
          title: result.title,
          sources: result.content.sources.map((s) => ({ text: citation(s, t), url: s.url })),
          address: currentViewAddress(context.languageCode, result.target.panel.id),
        },
      };
    throw new ExportError('unknown', { cause: new Error('no image was drawn') });
  }

  const done = results.filter((r): r is Success => r.status === 'success');
  if (done.length === 0) throw new ExportError('nothing');

  if (job.kind === 'workbook')
    return {
      fileName: name('all-panels', job.fileFilters, 'xlsx'),
      blob: await workbook(done, job.filters, context),
    };

  if (job.kind === 'deck') {
    const { buildDeck } = await load(import('./deck'));
    const style = getComputedStyle(document.documentElement);
    const token = (token: string, light: string) =>
      job.settings.keepTheme
        ? style.getPropertyValue(token).trim() || light
        : (baseThemeTokens()[token] ?? light);
    const blob = await buildDeck(
      {
        appName: t('app.title'),
        ...(job.subtitle ? { subtitle: job.subtitle } : {}),
        filters: job.filters,
        exportedOn: context.exportedOn,
        asOf: context.asOf,
        language: context.languageCode,
        address: currentViewAddress(context.languageCode),
        colors: {
          background: toHex(token('--color-surface', '#ffffff'), 'FFFFFF'),
          ink: toHex(token('--color-ink', '#111827'), '111827'),
          muted: toHex(token('--color-ink-muted', '#4b5563'), '4B5563'),
          accent: toHex(token('--color-accent', '#1d4ed8'), '1D4ED8'),
          line: toHex(token('--color-line', '#d1d5db'), 'D1D5DB'),
          series: [1, 2, 3, 4, 5].map((n) =>
            toHex(token(`--color-chart-${n}`, '#0072b2'), '0072B2'),
          ),
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
            native: r.content.native ?? null,
            tables: r.content.tables,
            address:
              r.target.slide?.address ??
              currentViewAddress(context.languageCode, r.target.panel.id),
            ...(r.target.slide?.note ? { speakerNote: r.target.slide.note } : {}),
            ...(r.target.slide?.callout ? { callout: r.target.slide.callout } : {}),
          };
        }),
      },
      t,
    );
    return { fileName: name(job.subject ?? 'meeting-deck', job.fileFilters, 'pptx'), blob };
  }

  const { buildZip } = await load(import('./zip'));
  const entries = await Promise.all(
    done.map(async (r) => {
      if (!r.png)
        throw new ExportError('unknown', {
          title: r.title,
          cause: new Error('no image was drawn'),
        });
      const image = name(r.target.panel.id, r.target.fileFilters, 'png');
      const data = csvNames(r);
      const csvs = csvFiles(r, context);
      return {
        files: { image, data },
        entries: [
          { name: image, data: await pngWithMetadata(r.png, metadata(r, context)) },
          ...csvs.map((text, i) => ({ name: data[i] ?? `table-${i + 1}.csv`, data: text })),
        ],
      };
    }),
  );
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
      panels: done.map((r, i) => ({
        title: r.title,
        takeaway: r.content.takeaway,
        sources: r.content.sources,
        notes: r.content.notes,
        files: entries[i]?.files ?? { image: '', data: [] },
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
    [...entries.flatMap((e) => e.entries), { name: 'README.txt', data: readme }],
    date,
  );
  return { fileName: name('all-panels', job.fileFilters, 'zip'), blob };
}
