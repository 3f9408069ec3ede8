import type { ChartHighlight } from '@/components/chart/highlight';
import type { ViewState } from '@/lib/view-state';
import type { Panel } from '@/components/panel/types';
import type { ImageCaption } from '@/lib/export/rich-copy';

export type SizePreset = 'screen' | 'slide' | 'square';
export const SIZE_PRESETS = ['screen', 'slide', 'square'] as const satisfies readonly SizePreset[];
export type Density = 1 | 2 | 4;
export const DENSITIES = [1, 2, 4] as const satisfies readonly Density[];

export interface ExportSettings {
  size: SizePreset;
  density: Density;
  /** Keep the dashboard's current theme; otherwise the light theme on white. */
  keepTheme: boolean;
}

export const DEFAULT_SETTINGS: ExportSettings = { size: 'slide', density: 2, keepTheme: false };

/**
 * The fixed sizes in CSS pixels (before density), and how much larger than on screen the card
 * is drawn at each: a slide's 1920x1080 is laid out as 1280x720 and drawn 1.5x, so its text is
 * as large on the slide as a 1280-px window's on a laptop, whatever window exported it.
 */
export const FIXED_SIZES: Record<
  Exclude<SizePreset, 'screen'>,
  { width: number; height: number; zoom: number }
> = {
  slide: { width: 1920, height: 1080, zoom: 1.5 },
  square: { width: 1080, height: 1080, zoom: 1.25 },
};

/** One panel to export, with the filters that act on it in words and as a file-name part. */
export interface ExportTarget {
  panel: Panel;
  filters: string;
  fileFilters: string;
  /** A saved deck slide: the panel drawn with the slide's own filters, title and emphasis. */
  slide?: SlideFrame;
}

/** What a deck slide adds to its panel when it is exported. */
export interface SlideFrame {
  key: string;
  /** The slide's filters, replacing the dashboard's. */
  view: Partial<ViewState>;
  title?: string;
  /** The presenter's speaker note: the first thing in the slide's notes. */
  note?: string;
  highlight?: ChartHighlight;
  /** The highlight in words, for a native chart, which cannot draw it. */
  callout?: string;
  /** The address that opens this slide's view. */
  address: string;
}

/** One panel's file: an image, its data as CSV (a ZIP when it has several tables) or Excel. */
export type SingleKind = 'png' | 'svg' | 'csv' | 'xlsx';
/** Every visible panel: a ZIP of images and CSVs, a PowerPoint deck, or one Excel workbook. */
export type MultiKind = 'zip' | 'deck' | 'workbook';

/** Whether the job draws pictures; data-only exports skip the drawing. */
export function drawsImages(kind: SingleKind | MultiKind): boolean {
  return kind !== 'csv' && kind !== 'xlsx' && kind !== 'workbook';
}

export type ExportJob =
  | { kind: SingleKind; target: ExportTarget; settings: ExportSettings }
  | {
      kind: MultiKind;
      targets: readonly ExportTarget[];
      settings: ExportSettings;
      /** Every active filter, in words and for the file name. */
      filters: string;
      fileFilters: string;
      /** The file name's subject when not the default ("deck-board-meeting"). */
      subject?: string;
      /** A deck's cover line in place of "Meeting deck": the saved deck's name. */
      subtitle?: string;
    };

export interface ExportResult {
  blob: Blob;
  fileName: string;
  /** For a single panel's image: what a copy puts under it (title, linked sources, address). */
  caption?: ImageCaption;
}

export interface ExportProgress {
  done: number;
  total: number;
  /** The panel being drawn, or null while the file is put together. */
  title: string | null;
}

export type ExportErrorCode =
  'noData' | 'nothing' | 'busy' | 'load' | 'timeout' | 'clipboard' | 'unknown';

/** A failure the user is told about in words; `title` names the panel where one is at fault. */
export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly title: string | undefined;
  constructor(code: ExportErrorCode, options: { title?: string; cause?: unknown } = {}) {
    const detail = options.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`export failed (${code})${detail}`, { cause: options.cause });
    this.name = 'ExportError';
    this.code = code;
    this.title = options.title;
  }
}

export function asExportError(error: unknown): ExportError {
  return error instanceof ExportError ? error : new ExportError('unknown', { cause: error });
}
