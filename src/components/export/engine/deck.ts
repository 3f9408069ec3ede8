import type { TFunction } from 'i18next';
import type { Source } from '@/data/schema';
import { citation, uniqueSources } from '@/lib/export/citation';
import { ExportError } from '../types';
import { DECK_IMAGE_BOX } from './deck-layout';

const SOURCES_PER_SLIDE = 10;
const FONT = 'Arial';

export interface DeckSlide {
  title: string;
  takeaway: string;
  filters: string;
  sources: readonly Source[];
  notes: readonly string[];
  image: Blob;
}

export interface DeckInput {
  appName: string;
  filters: string;
  exportedOn: string;
  asOf: string | null;
  language: string;
  slides: readonly DeckSlide[];
  colors: { background: string; ink: string; muted: string; accent: string };
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A 16:9 PowerPoint deck: a title slide, one slide per panel (title and takeaway as text, the
 * chart as an image, the source underneath; source, filters and notes in the speaker notes),
 * and closing "Sources" slides. pptxgenjs writes every text as XML text, never as markup.
 */
export async function buildDeck(input: DeckInput, t: TFunction): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs').catch((cause: unknown) => {
    throw new ExportError('load', { cause });
  });
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${input.appName}: ${t('export.deck.subtitle')}`;
  pptx.author = input.appName;
  pptx.subject = input.filters || t('export.deck.notesNoFilters');
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const { background, ink, muted, accent } = input.colors;
  const base = { fontFace: FONT, color: ink, margin: 0, lang: input.language };
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
  cover.addText(t('export.deck.subtitle'), {
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
    slide.addImage({
      data: (await dataUrl(panel.image)).replace(/^data:/, ''),
      ...DECK_IMAGE_BOX,
      altText: `${panel.title}. ${panel.takeaway}`,
    });
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
      y: 6.8,
      w: 12.333,
      h: 0.5,
      fontSize: 10,
      color: muted,
      valign: 'top',
      fit: 'shrink',
    });
    slide.addNotes(
      [
        ...[main, ...later]
          .filter((s): s is Source => s !== undefined)
          .map((s) => t('export.deck.notesSource', { citation: citation(s, t) })),
        panel.filters
          ? t('export.deck.notesFilters', { filters: panel.filters })
          : t('export.deck.notesNoFilters'),
        t('export.deck.notesTakeaway', { takeaway: panel.takeaway }),
        ...panel.notes.map((note) => t('export.deck.notesNote', { note })),
      ].join('\n'),
    );
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
        h: 5.9,
        fontSize: 13,
        valign: 'top',
        paraSpaceAfter: 6,
        fit: 'shrink',
      },
    );
  }

  const out = await pptx.write({ outputType: 'blob' });
  if (!(out instanceof Blob)) throw new Error('the PowerPoint file could not be written');
  return out;
}
