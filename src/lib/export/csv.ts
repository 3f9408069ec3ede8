import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import { cellText, type CellFigure, type TableCell } from '@/components/panel/table-cell';

/** The shape of a panel's table view (structurally the panel's `TableModel`). */
export interface CsvTable {
  caption: string;
  columns: ReadonlyArray<{ key: string; label: string; numeric?: boolean }>;
  rows: ReadonlyArray<{ cells: readonly TableCell[] }>;
}

/** The figure a cell carries; a cell of words in a numeric column is a note without a number. */
function figureOf(cell: TableCell | undefined): CellFigure {
  if (cell !== undefined && typeof cell !== 'string') return cell.figure;
  const text = cell ?? '';
  return { value: null, unit: null, qualifier: null, outOf: null, note: text || null };
}

export interface CsvMeta {
  /** The panel's title. */
  title: string;
  /** The active filters in words, or an empty string. */
  filters: string;
  /** Full citations, one per source. */
  sources: readonly string[];
  notes: readonly string[];
  appName: string;
  /** yyyy-mm-dd */
  exportedOn: string;
  /** The view's address, to get back to it. */
  address?: string;
}

/** A cell as a spreadsheet holds it: text, a plain number, or empty. */
export type Cell = string | number | null;

/** Text a spreadsheet would run as a formula ("=HYPERLINK(…)") is quoted with a leading '. */
const FORMULA = /^[=+\-@\t\r]/;

/** Table text stays one line in a comment. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

interface ColumnPlan {
  header: string[];
  cells: (cell: TableCell | undefined) => Cell[];
}

/**
 * A text column is copied as it is. A numeric column becomes the number, then only the extra
 * columns its cells need: the unit (when the cells do not share one, else it is in the header),
 * the qualifier ("over" for "10,000+"), the number ranked (for "11 / 131") and a note.
 */
function planColumn(
  column: CsvTable['columns'][number],
  figures: readonly CellFigure[],
  t: TFunction,
): ColumnPlan {
  if (!column.numeric)
    return { header: [column.label], cells: (cell) => [cell === undefined ? '' : cellText(cell)] };
  const units = new Set(figures.filter((p) => p.value !== null).map((p) => p.unit));
  const [onlyUnit] = units;
  const sharedUnit = units.size <= 1;
  const hasQualifier = figures.some((p) => p.qualifier);
  const hasOutOf = figures.some((p) => p.outOf !== null);
  const hasNote = figures.some((p) => p.note);
  const label = column.label;
  const unitText = (unit: CellFigure['unit']) => (unit ? t(`export.unit.${unit}`) : '');
  const header = [
    sharedUnit && onlyUnit ? t('export.csv.withUnit', { label, unit: unitText(onlyUnit) }) : label,
    ...(sharedUnit ? [] : [t('export.csv.unitColumn', { label })]),
    ...(hasQualifier ? [t('export.csv.qualifierColumn', { label })] : []),
    ...(hasOutOf ? [t('export.csv.outOfColumn', { label })] : []),
    ...(hasNote ? [t('export.csv.noteColumn', { label })] : []),
  ];
  return {
    header,
    cells: (cell) => {
      const p = figureOf(cell);
      return [
        p.value,
        ...(sharedUnit ? [] : [p.value === null ? '' : unitText(p.unit)]),
        ...(hasQualifier ? [p.qualifier ? t(`export.qualifier.${p.qualifier}`) : ''] : []),
        ...(hasOutOf ? [p.outOf] : []),
        ...(hasNote ? [p.note ?? ''] : []),
      ];
    },
  };
}

/** A table as rows of cells, header row first: numbers as numbers, units and qualifiers apart. */
export function tableToRows(table: CsvTable, t: TFunction): Cell[][] {
  const plans = table.columns.map((column, i) =>
    planColumn(column, column.numeric ? table.rows.map((row) => figureOf(row.cells[i])) : [], t),
  );
  const header = plans.flatMap((plan) => plan.header);
  const rows = table.rows.map((row) => plans.flatMap((plan, i) => plan.cells(row.cells[i])));
  return [header, ...rows];
}

/**
 * A panel's tables as CSV files, one per table, so each opens in a spreadsheet as one clean
 * block. Each file's first line is its table's header row; numbers are plain ("3360",
 * "22400000000", no separators or signs of hedging); the final `#` lines say what the file
 * holds, the filters and the sources. Starts with a byte-order mark so Excel reads UTF-8.
 */
export function buildCsvFiles(tables: readonly CsvTable[], meta: CsvMeta, t: TFunction): string[] {
  return tables.map((table, i) => {
    const body = Papa.unparse(tableToRows(table, t), {
      newline: '\r\n',
      escapeFormulae: FORMULA,
      header: false,
    });
    const comments = [
      t('export.csv.panel', { title: meta.title }),
      tables.length > 1
        ? t('export.csv.tableOf', { n: i + 1, count: tables.length, caption: table.caption })
        : t('export.csv.table', { n: 1, caption: table.caption }),
      meta.filters ? t('export.csv.filters', { filters: meta.filters }) : t('export.csv.noFilters'),
      ...meta.sources.map((citation) => t('export.csv.source', { citation })),
      ...meta.notes.map((note) => t('export.csv.note', { note })),
      ...(meta.address ? [t('export.csv.address', { address: meta.address })] : []),
      t('export.csv.exported', { app: meta.appName, date: meta.exportedOn }),
    ].map((line) => `# ${oneLine(line)}`);
    return `\uFEFF${body}\r\n\r\n${comments.join('\r\n')}\r\n`;
  });
}

/** A one-table panel's CSV file. */
export function buildCsv(table: CsvTable, meta: CsvMeta, t: TFunction): string {
  return buildCsvFiles([table], meta, t)[0] ?? '';
}
