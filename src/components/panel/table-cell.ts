import type { Qualifier, Unit } from '@/data/schema';
import { formatFigure } from '@/lib/format';

/** The units a CSV names (a count or head-count is a plain number). */
export type FigureUnit = 'percent' | 'hkd' | 'sqm' | 'hectares' | 'multiple' | 'rank';
export type FigureQualifier = 'over' | 'about' | 'atLeast' | 'upTo';

/** The figure a table cell shows: what a CSV writes, beside the text the table shows. */
export interface CellFigure {
  /** null: no figure (a gap stays a gap). */
  value: number | null;
  unit: FigureUnit | null;
  qualifier: FigureQualifier | null;
  /** Economies ranked, for "11 / 131". */
  outOf: number | null;
  /** A remark beside the number ("derived", "also reported: 10,688"), or why there is none. */
  note: string | null;
}

export interface FigureCell {
  text: string;
  figure: CellFigure;
}

/** A table cell: words, or a figure with the text it is shown as. */
export type TableCell = string | FigureCell;

export const cellText = (cell: TableCell): string => (typeof cell === 'string' ? cell : cell.text);

const UNIT_OF: Partial<Record<Unit, FigureUnit>> = {
  percent: 'percent',
  hkd: 'hkd',
  sqm: 'sqm',
  hectares: 'hectares',
  multiple: 'multiple',
  rank: 'rank',
};

const QUALIFIER_OF: Record<Qualifier, FigureQualifier> = {
  over: 'over',
  about: 'about',
  'at least': 'atLeast',
  'up to': 'upTo',
};

/** A figure shown in a unit: its published text, and the figure itself for the CSV. */
export function figureCell(
  figure: { value: number; qualifier?: Qualifier | undefined; outOf?: number | undefined },
  unit: Unit,
  options: { text?: string; note?: string } = {},
): FigureCell {
  return {
    text: options.text ?? formatFigure(figure, unit),
    figure: {
      value: figure.value,
      unit: UNIT_OF[unit] ?? null,
      qualifier: figure.qualifier ? QUALIFIER_OF[figure.qualifier] : null,
      outOf: figure.outOf ?? null,
      note: options.note ?? null,
    },
  };
}

/** A number with the text it is shown as: one we computed (a growth rate, a multiple) or a plain one. */
export function numberCell(
  value: number,
  unit: FigureUnit | null,
  text: string,
  qualifier: FigureQualifier | null = null,
  note: string | null = null,
): FigureCell {
  return { text, figure: { value, unit, qualifier, outOf: null, note } };
}

/** No figure: the table shows `text` ("no figure"), the CSV an empty number and the note. */
export function gapCell(text: string): FigureCell {
  return { text, figure: { value: null, unit: null, qualifier: null, outOf: null, note: text } };
}
