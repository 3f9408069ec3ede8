import type { TFunction } from 'i18next';
import type { Source } from '@/data/schema';
import { formatDate } from '@/lib/format';
import { tableToRows, type Cell, type CsvTable } from './csv';

/** One panel's share of the workbook. */
export interface WorkbookPanel {
  title: string;
  tables: readonly CsvTable[];
  sources: readonly Source[];
  notes: readonly string[];
  /** The panel's filters in words, or an empty string. */
  filters: string;
  /** The view's address for this panel. */
  address: string;
}

export interface WorkbookMeta {
  appName: string;
  /** yyyy-mm-dd */
  exportedOn: string;
  /** Every active filter in words, or an empty string. */
  filters: string;
  language: string;
}

/** Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ], unique in the file. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Sheet';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${clean.slice(0, 31 - suffix.length).trim()}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** East Asian text in a font made for its script (Excel falls back on its own when absent). */
function fontFor(language: string): string {
  if (/^zh-Hant/i.test(language)) return 'Microsoft JhengHei';
  if (/^zh/i.test(language)) return 'Microsoft YaHei';
  return 'Calibri';
}

const HEADER = { fontWeight: 'bold', backgroundColor: '#E8ECF2', wrap: true } as const;

function widths(rows: readonly (readonly Cell[])[]): { width: number }[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, i) => {
    const longest = Math.max(...rows.map((r) => String(r[i] ?? '').length));
    return { width: Math.min(60, Math.max(10, longest + 2)) };
  });
}

/**
 * An Excel workbook (write-excel-file, loaded on first use): one sheet per table, numbers as
 * numbers (units, qualifiers and "out of" in columns of their own, as in the CSV), the header row
 * frozen; then an "About" sheet (what each sheet holds, filters, notes, addresses) and a
 * "Sources" sheet with every source's address.
 */
export async function buildWorkbook(
  panels: readonly WorkbookPanel[],
  meta: WorkbookMeta,
  t: TFunction,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const taken = new Set<string>();
  const about: Cell[][] = [
    [
      t('export.xlsx.sheet'),
      t('export.xlsx.panel'),
      t('export.xlsx.table'),
      t('export.xlsx.filters'),
      t('export.xlsx.address'),
    ],
  ];
  const tableSheets = panels.flatMap((panel) =>
    panel.tables.map((table, i) => {
      const name = sheetName(
        panel.tables.length > 1 ? `${panel.title} ${i + 1}` : panel.title,
        taken,
      );
      about.push([
        name,
        panel.title,
        table.caption,
        panel.filters || t('export.xlsx.none'),
        panel.address,
      ]);
      const rows = tableToRows(table, t);
      const [header = [], ...body] = rows;
      return {
        sheet: name,
        stickyRowsCount: 1,
        columns: widths(rows),
        data: [
          header.map((value) => ({ ...HEADER, value: String(value ?? '') })),
          ...body.map((row) =>
            row.map((value) =>
              value === null
                ? null
                : typeof value === 'number'
                  ? { value, type: Number }
                  : { value, type: String },
            ),
          ),
        ],
      };
    }),
  );
  const aboutName = sheetName(t('export.xlsx.about'), taken);
  const sourcesName = sheetName(t('export.xlsx.sources'), taken);
  const notes = panels.flatMap((p) => p.notes.map((note) => [p.title, note] as Cell[]));
  const aboutRows: Cell[][] = [
    ...about,
    [],
    [t('export.xlsx.exported', { app: meta.appName, date: meta.exportedOn })],
    [meta.filters ? t('export.csv.filters', { filters: meta.filters }) : t('export.csv.noFilters')],
    [t('export.meta.licence')],
    ...(notes.length ? [[], [t('export.readme.notes')], ...notes] : []),
  ];
  const sourceRows: Cell[][] = [
    [
      t('export.xlsx.panel'),
      t('export.xlsx.publisher'),
      t('export.xlsx.sourceTitle'),
      t('export.xlsx.date'),
      t('export.xlsx.address'),
      t('export.xlsx.kind'),
    ],
    ...panels.flatMap((panel) =>
      panel.sources.map((s): Cell[] => [
        panel.title,
        s.publisher,
        s.title,
        s.date ? formatDate(s.date) : '',
        s.url ?? '',
        s.sourceType === 'secondary' ? t('export.citation.secondary') : t('export.xlsx.primary'),
      ]),
    ),
  ];
  const plain = (rows: Cell[][]) =>
    rows.map((row, r) =>
      row.map((value) =>
        r === 0
          ? { ...HEADER, value: String(value ?? '') }
          : value === null
            ? null
            : { value, type: typeof value === 'number' ? Number : String },
      ),
    );
  const sheets = [
    ...tableSheets,
    { sheet: aboutName, stickyRowsCount: 1, columns: widths(aboutRows), data: plain(aboutRows) },
    {
      sheet: sourcesName,
      stickyRowsCount: 1,
      columns: widths(sourceRows),
      data: plain(sourceRows),
    },
  ];
  return writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], {
    fontFamily: fontFor(meta.language),
    fontSize: 11,
  }).toBlob();
}
