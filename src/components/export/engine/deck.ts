import type { TFunction } from 'i18next';
import type PptxGenJS from 'pptxgenjs';
import type { NativeChart } from '@/components/panel/native-chart';
import { cellText } from '@/components/panel/table-cell';
import type { TableModel } from '@/components/panel/types';
import type { Source } from '@/data/schema';
import { citation, uniqueSources } from '@/lib/export/citation';
import { qrCode, shortAddress, type QrCode } from '@/lib/export/provenance';
import { ExportError } from '../types';
import { DECK_IMAGE_BOX } from './deck-layout';
import { deckFonts, type DeckFonts } from './deck-fonts';
import { nativeChartSpec, styleChartXml } from './deck-native';

const SOURCES_PER_SLIDE = 10;
/** A table row's height at 11 pt (a long cell wraps and takes more), and a caption's. */
const ROW_H = 0.3;
const CAPTION_H = 0.35;
/** The room for tables between the title and the source line, in row heights. */
const ROWS_PER_SLIDE = 14;

interface TablePiece {
  table: TableModel;
  rows: TableModel['rows'];
}

/**
 * A picture's tables, cut into pieces of at most a slide's rows and packed onto as few slides as
 * hold them (each piece counts its header and caption too).
 */
export function tablePages(tables: readonly TableModel[]): TablePiece[][] {
  const pages: TablePiece[][] = [];
  let current: TablePiece[] = [];
  let used = 0;
  for (const table of tables)
    for (let from = 0; from < Math.max(1, table.rows.length); from += ROWS_PER_SLIDE - 2) {
      const rows = table.rows.slice(from, from + ROWS_PER_SLIDE - 2);
      const cost = rows.length + 2;
      if (used + cost > ROWS_PER_SLIDE && current.length) {
        pages.push(current);
        current = [];
        used = 0;
      }
      current.push({ table, rows });
      used += cost;
    }
  if (current.length) pages.push(current);
  return pages;
}

/** Column widths by the longest text in each, so labels and notes get the room. */
function columnWidths(table: TableModel, width: number): number[] {
  const weights = table.columns.map((c, i) =>
    Math.min(
      48,
      Math.max(6, c.label.length, ...table.rows.map((r) => cellText(r.cells[i] ?? '').length)),
    ),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * width);
}

export interface DeckSlide {
  title: string;
  takeaway: string;
  filters: string;
  sources: readonly Source[];
  notes: readonly string[];
  image: Blob;
  /** The chart as a native PowerPoint chart; null: the picture, then its table. */
  native: NativeChart | null;
  tables: readonly TableModel[];
  /** The view's address for this panel. */
  address: string;
  /** A deck slide's speaker note, first in the slide's notes. */
  speakerNote?: string;
  /** A deck slide's highlight in words ("Highlight: 2020 Best year"): a native chart cannot draw it. */
  callout?: string;
}

export interface DeckInput {
  appName: string;
  /** The cover's second line; "Meeting deck" when absent. */
  subtitle?: string;
  filters: string;
  exportedOn: string;
  asOf: string | null;
  /** The interface language: en, zh-Hant or zh-Hans. */
  language: string;
  /** The whole view's address. */
  address: string;
  slides: readonly DeckSlide[];
  colors: {
    background: string;
    ink: string;
    muted: string;
    accent: string;
    line: string;
    series: readonly string[];
  };
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** The QR code as a crisp PNG (a canvas, one square per module), for a slide's corner. */
function qrPng(qr: QrCode, px: number): string {
  const canvas = document.createElement('canvas');
  const scale = Math.max(1, Math.floor(px / qr.size));
  canvas.width = canvas.height = qr.size * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the QR code');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000000';
  for (const [x, y] of qr.dark) context.fillRect(x * scale, y * scale, scale, scale);
  return canvas.toDataURL('image/png');
}

/** The chart box leaves the bottom strip to the source line, the address and the QR code. */
const CHART_BOX = { ...DECK_IMAGE_BOX, h: 4.6 } as const;
const QR_BOX = { x: 12.13, y: 6.6, w: 0.75, h: 0.75 } as const;

/**
 * Fixes what pptxgenjs cannot be told: the East Asian font and its character set on every run,
 * the theme's font for the script, and each native chart's per-series dash, marker and gaps.
 */
async function finishFile(
  bytes: Uint8Array,
  fonts: DeckFonts,
  charts: readonly NativeChart[],
): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(bytes);
  for (const [path, data] of Object.entries(files)) {
    const chart = /^ppt\/charts\/chart(\d+)\.xml$/.exec(path);
    let xml: string | null = null;
    if (chart) {
      const spec = charts[Number(chart[1]) - 1];
      if (spec) xml = styleChartXml(strFromU8(data), spec);
    }
    if (fonts.script && (path.startsWith('ppt/slides/slide') || chart)) {
      xml ??= strFromU8(data);
      xml = xml
        .replace(
          new RegExp(`<a:ea typeface="${fonts.face}" pitchFamily="34" charset="-?\\d+"/>`, 'g'),
          `<a:ea typeface="${fonts.face}" pitchFamily="34" charset="${fonts.eaCharset}"/>`,
        )
        // Chart text names only a Latin font; East Asian text gets its own.
        .replace(
          new RegExp(`<a:latin typeface="${fonts.face}"/>`, 'g'),
          `<a:latin typeface="${fonts.face}"/><a:ea typeface="${fonts.face}"/>`,
        );
    }
    if (fonts.script && path === 'ppt/theme/theme1.xml') {
      xml = strFromU8(data)
        .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${fonts.face}"/>`)
        .replace(
          new RegExp(`<a:font script="${fonts.script}" typeface="[^"]*"/>`, 'g'),
          `<a:font script="${fonts.script}" typeface="${fonts.face}"/>`,
        );
    }
    if (xml !== null) files[path] = strToU8(xml);
  }
  return zipSync(files, { level: 6 });
}

/**
 * A 16:9 PowerPoint deck: a title slide, one slide per panel (title and takeaway as text, the
 * chart as a native chart where it has one, else a picture followed by its table), the source,
 * the view's short address and a QR code to it on every slide; takeaway, filters, sources with
 * addresses and the view's address in the speaker notes; closing "Sources" slides.
 * pptxgenjs writes every text as XML text, never as markup.
 */
export async function buildDeck(input: DeckInput, t: TFunction): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs').catch((cause: unknown) => {
    throw new ExportError('load', { cause });
  });
  const fonts = deckFonts(input.language);
  const FONT = fonts.face;
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${input.appName}: ${t('export.deck.subtitle')}`;
  pptx.author = input.appName;
  pptx.subject = input.filters || t('export.deck.notesNoFilters');
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const { background, ink, muted, accent, line, series } = input.colors;
  const base = { fontFace: FONT, color: ink, margin: 0, lang: fonts.lang };
  const charts: NativeChart[] = [];
  const qrs = new Map<string, string | null>();
  const qrImage = async (url: string) => {
    const known = qrs.get(url);
    if (known !== undefined) return known;
    const code = await qrCode(url);
    const made = code && qrPng(code, 300);
    qrs.set(url, made);
    return made;
  };
  // Every content slide's title sits in the same box, as in a slide master.
  const slideTitle = {
    ...base,
    x: 0.5,
    y: 0.35,
    w: 12.333,
    h: 0.7,
    fontSize: 28,
    bold: true,
    valign: 'top' as const,
  };
  const filtersLine = input.filters
    ? t('export.deck.notesFilters', { filters: input.filters })
    : t('export.deck.notesNoFilters');

  /** The view's short address and a QR code to it, bottom right. */
  const addProvenance = async (slide: PptxGenJS.Slide, url: string) => {
    const qr = await qrImage(url);
    if (qr) slide.addImage({ data: qr, ...QR_BOX, altText: url });
    slide.addText(shortAddress(url), {
      ...base,
      x: 0.5,
      y: 7.08,
      w: 11.4,
      h: 0.3,
      fontSize: 10,
      color: muted,
      valign: 'top',
      hyperlink: { url },
    });
  };

  const cover = pptx.addSlide();
  cover.background = { color: background };
  cover.addShape('rect', {
    x: 0.7,
    y: 2.05,
    w: 1.2,
    h: 0.08,
    fill: { color: accent },
    line: { color: accent },
  });
  cover.addText(input.appName, {
    ...base,
    x: 0.7,
    y: 2.3,
    w: 11.9,
    h: 1.2,
    fontSize: 40,
    bold: true,
    valign: 'top',
  });
  cover.addText(input.subtitle || t('export.deck.subtitle'), {
    ...base,
    x: 0.7,
    y: 3.5,
    w: 11.9,
    h: 0.7,
    fontSize: 24,
    color: muted,
  });
  cover.addText(
    [
      filtersLine,
      ...(input.asOf ? [t('export.deck.asOf', { date: input.asOf })] : []),
      t('export.deck.exported', { date: input.exportedOn }),
    ].map((text) => ({ text, options: { breakLine: true } })),
    { ...base, x: 0.7, y: 4.4, w: 11.9, h: 1.6, fontSize: 16, color: muted, valign: 'top' },
  );
  await addProvenance(cover, input.address);
  cover.addNotes(t('export.deck.notesAddress', { address: input.address }));

  for (const panel of input.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: background };
    slide.addText(panel.title, slideTitle);
    slide.addText(panel.takeaway, {
      ...base,
      x: 0.5,
      y: 1.05,
      w: 12.333,
      h: 0.8,
      fontSize: 16,
      color: muted,
      valign: 'top',
      fit: 'shrink',
    });
    if (panel.native) {
      // A native chart has no emphasis of its own: the highlight's words sit above it.
      const chartBox = panel.callout
        ? { ...CHART_BOX, y: CHART_BOX.y + 0.45, h: CHART_BOX.h - 0.45 }
        : CHART_BOX;
      if (panel.callout)
        slide.addText(panel.callout, {
          ...base,
          x: CHART_BOX.x,
          y: CHART_BOX.y,
          w: CHART_BOX.w,
          h: 0.4,
          fontSize: 16,
          bold: true,
          color: accent,
          fit: 'shrink',
        });
      const spec = nativeChartSpec(panel.native, {
        ink,
        muted,
        line,
        series,
        font: FONT,
        lang: fonts.lang,
      });
      const type = spec.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
      // Options pptxgenjs writes as given but types too narrowly (axis orientation maxMin).
      slide.addChart(type, spec.data, {
        ...chartBox,
        ...(spec.options as PptxGenJS.IChartOpts),
        altText: `${panel.title}. ${panel.takeaway}`,
      });
      charts.push(panel.native);
    } else {
      slide.addImage({
        data: (await dataUrl(panel.image)).replace(/^data:/, ''),
        ...CHART_BOX,
        sizing: { type: 'contain', w: CHART_BOX.w, h: CHART_BOX.h },
        altText: `${panel.title}. ${panel.takeaway}`,
      });
    }
    const [main, ...later] = panel.sources;
    const sourceLine = [
      main ? t('export.deck.notesSource', { citation: citation(main, t) }) : '',
      panel.filters ? t('export.deck.notesFilters', { filters: panel.filters }) : '',
    ]
      .filter(Boolean)
      .join('   ·   ');
    slide.addText(sourceLine, {
      ...base,
      x: 0.5,
      y: 6.6,
      w: 11.4,
      h: 0.45,
      fontSize: 10,
      color: muted,
      valign: 'top',
      fit: 'shrink',
    });
    await addProvenance(slide, panel.address);
    const notes = [
      ...(panel.speakerNote ? [panel.speakerNote, ''] : []),
      ...(panel.callout ? [panel.callout] : []),
      t('export.deck.notesTakeaway', { takeaway: panel.takeaway }),
      panel.filters
        ? t('export.deck.notesFilters', { filters: panel.filters })
        : t('export.deck.notesNoFilters'),
      ...[main, ...later]
        .filter((s): s is Source => s !== undefined)
        .map((s) => t('export.deck.notesSource', { citation: citation(s, t) })),
      ...panel.notes.map((note) => t('export.deck.notesNote', { note })),
      t('export.deck.notesAddress', { address: panel.address }),
    ].join('\n');
    slide.addNotes(notes);

    // A picture's numbers cannot be edited: its tables follow, packed onto as few slides as fit.
    if (!panel.native)
      for (const group of tablePages(panel.tables)) {
        const page = pptx.addSlide();
        page.background = { color: background };
        page.addText(t('export.deck.tableSlide', { title: panel.title }), slideTitle);
        let y = 1.15;
        for (const piece of group) {
          page.addText(piece.table.caption, {
            ...base,
            x: 0.5,
            y,
            w: 12.333,
            h: CAPTION_H,
            fontSize: 13,
            color: muted,
            valign: 'top',
            fit: 'shrink',
          });
          y += CAPTION_H;
          const cell = (text: string, numeric: boolean, header = false) => ({
            text,
            options: {
              ...base,
              fontSize: 11,
              bold: header,
              align: numeric ? ('right' as const) : ('left' as const),
              ...(header ? { fill: { color: 'E8ECF2' } } : {}),
            },
          });
          page.addTable(
            [
              piece.table.columns.map((c) => cell(c.label, Boolean(c.numeric), true)),
              ...piece.rows.map((row) =>
                piece.table.columns.map((c, i) =>
                  cell(cellText(row.cells[i] ?? ''), Boolean(c.numeric)),
                ),
              ),
            ],
            {
              x: 0.5,
              y,
              w: 12.333,
              colW: columnWidths(piece.table, 12.333),
              border: { type: 'solid', pt: 0.5, color: line },
              margin: 0.04,
            },
          );
          y += (piece.rows.length + 1) * ROW_H + 0.2;
        }
        await addProvenance(page, panel.address);
        page.addNotes(notes);
      }
  }

  const sources = uniqueSources(input.slides.map((s) => s.sources));
  const pages = Math.max(1, Math.ceil(sources.length / SOURCES_PER_SLIDE));
  for (let page = 0; page < pages; page++) {
    const slide = pptx.addSlide();
    slide.background = { color: background };
    const heading =
      pages === 1
        ? t('export.deck.sources')
        : t('export.deck.sourcesPage', { n: page + 1, count: pages });
    slide.addText(heading, slideTitle);
    const items = sources.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE);
    slide.addText(
      items.map((source) => ({
        text: citation(source, t),
        options: {
          bullet: true,
          breakLine: true,
          ...(source.url ? { hyperlink: { url: source.url } } : {}),
        },
      })),
      {
        ...base,
        x: 0.5,
        y: 1.25,
        w: 12.333,
        h: 5.2,
        fontSize: 13,
        valign: 'top',
        paraSpaceAfter: 6,
        fit: 'shrink',
      },
    );
    await addProvenance(slide, input.address);
    slide.addNotes(items.map((s) => citation(s, t)).join('\n'));
  }

  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error('the PowerPoint file could not be written');
  const finished = await finishFile(out, fonts, charts);
  return new Blob([finished as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
