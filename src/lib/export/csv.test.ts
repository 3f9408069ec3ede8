import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import i18n from '@/lib/i18n';
import { figureCell, gapCell, numberCell } from '@/components/panel/table-cell';
import { buildCsv, buildCsvFiles, type CsvMeta, type CsvTable } from './csv';

const t = i18n.t;
const meta: CsvMeta = {
  title: 'Start-up growth',
  filters: 'Years 2016–2020',
  sources: ['HKTDC Research, “Innovation and Technology Industry in Hong Kong” (12 March 2021)'],
  notes: ['Year-on-year change is derived.'],
  appName: 'Hong Kong Innovation & Technology',
  exportedOn: '2026-01-09',
};

const startups: CsvTable = {
  caption: 'Start-ups in Hong Kong and their employees by year',
  columns: [
    { key: 'year', label: 'Year' },
    { key: 'startups', label: 'Start-ups', numeric: true },
    { key: 'employees', label: 'People employed', numeric: true },
    { key: 'growth', label: 'Change', numeric: true },
  ],
  rows: [
    {
      cells: [
        '2016',
        figureCell({ value: 1926 }, 'count'),
        figureCell({ value: 5229 }, 'people'),
        numberCell(23.6, 'percent', '+23.6%'),
      ],
    },
    { cells: ['2017', gapCell('no figure'), gapCell('no figure'), '–'] },
    {
      cells: [
        '2020',
        figureCell({ value: 3360 }, 'count'),
        figureCell({ value: 10000, qualifier: 'over' }, 'people', {
          text: '10,000+ (also reported: 10,688)',
          note: 'also reported: 10,688',
        }),
        numberCell(5.5, 'percent', '+5.5%'),
      ],
    },
  ],
};

function read(csv: string) {
  expect(csv.startsWith('\uFEFF'), 'byte-order mark for Excel').toBe(true);
  const lines = csv.slice(1).split('\r\n');
  const table = lines.slice(0, lines.indexOf(''));
  return {
    lines,
    rows: Papa.parse<string[]>(table.join('\r\n'), { skipEmptyLines: true }).data,
    comments: lines.filter((l) => l.startsWith('# ')),
  };
}

describe('buildCsv', () => {
  it('starts with the header row, then plain numbers with qualifiers and notes in columns', () => {
    const { rows } = read(buildCsv(startups, meta, t));
    expect(rows).toEqual([
      [
        'Year',
        'Start-ups',
        'Start-ups: note',
        'People employed',
        'People employed: qualifier',
        'People employed: note',
        'Change (%)',
        'Change: note',
      ],
      ['2016', '1926', '', '5229', '', '', '23.6', ''],
      ['2017', '', 'no figure', '', '', 'no figure', '', '–'],
      ['2020', '3360', '', '10000', 'over', 'also reported: 10,688', '5.5', ''],
    ]);
  });

  it('ends with comment lines naming the panel, filters, sources and notes', () => {
    const { comments, lines } = read(buildCsv(startups, meta, t));
    expect(comments).toEqual([
      '# Panel: Start-up growth',
      '# Table 1: Start-ups in Hong Kong and their employees by year',
      '# Filters: Years 2016–2020',
      '# Source: HKTDC Research, “Innovation and Technology Industry in Hong Kong” (12 March 2021)',
      '# Note: Year-on-year change is derived.',
      '# Exported from Hong Kong Innovation & Technology on 2026-01-09',
    ]);
    expect(lines.at(-1)).toBe('');
    const none = read(buildCsv(startups, { ...meta, filters: '' }, t));
    expect(none.comments).toContain('# Filters: none (all data)');
  });

  it('puts a shared unit in the header and mixed units in a column of their own', () => {
    const lines: CsvTable = {
      caption: 'Funding lines',
      columns: [
        { key: 'line', label: 'Funding line' },
        { key: 'figure', label: 'Figure', numeric: true },
      ],
      rows: [
        { cells: ['ITF projects supported', figureCell({ value: 19008 }, 'count')] },
        {
          cells: ['ITF funding approved', figureCell({ value: 22.4e9, qualifier: 'about' }, 'hkd')],
        },
        { cells: ['Allocation', figureCell({ value: 100e9, qualifier: 'over' }, 'hkd')] },
      ],
    };
    const shares: CsvTable = {
      caption: 'Shares',
      columns: [
        { key: 'sector', label: 'Sector' },
        { key: 'share', label: 'Share', numeric: true },
      ],
      rows: [
        { cells: ['Foundation industries', figureCell({ value: 17 }, 'percent')] },
        {
          cells: [
            'Other',
            figureCell({ value: 44.3 }, 'percent', { text: '44.3% (derived)', note: 'derived' }),
          ],
        },
      ],
    };
    const files = buildCsvFiles([shares, lines], meta, t);
    // One file per table: a spreadsheet opens each as one clean block.
    expect(files).toHaveLength(2);
    const [first = '', second = ''] = files;
    const { rows, comments } = read(first);
    expect(rows[0]).toEqual(['Sector', 'Share (%)', 'Share: note']);
    expect(rows[2]).toEqual(['Other', '44.3', 'derived']);
    expect(comments).toContain('# Table 1 of 2: Shares');
    const other = read(second);
    expect(other.rows).toEqual([
      ['Funding line', 'Figure', 'Figure: unit', 'Figure: qualifier'],
      ['ITF projects supported', '19008', '', ''],
      ['ITF funding approved', '22400000000', 'HK$', 'about'],
      ['Allocation', '100000000000', 'HK$', 'over'],
    ]);
    expect(other.comments).toContain('# Table 2 of 2: Funding lines');
  });

  it('has no thousands separators or hedges in number cells', () => {
    const { rows } = read(buildCsv(startups, meta, t));
    for (const row of rows.slice(1))
      for (const i of [1, 3, 6]) expect(row[i] ?? '').toMatch(/^(-?\d+(\.\d+)?)?$/);
  });

  it('quotes text so commas, quotes and line breaks stay in their cell', () => {
    const table: CsvTable = {
      caption: 'Odd',
      columns: [
        { key: 'a', label: 'Label, with comma' },
        { key: 'b', label: 'Value', numeric: true },
      ],
      rows: [{ cells: ['Say "hello"\nworld', numberCell(1, null, '1')] }],
    };
    const csv = buildCsv(table, meta, t);
    expect(csv).toContain('"Label, with comma",Value');
    expect(csv).toContain('"Say ""hello""\nworld",1');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const table: CsvTable = {
      caption: 'Hostile',
      columns: [{ key: 'a', label: 'Name' }],
      rows: [{ cells: ['=HYPERLINK("http://x","click")'] }, { cells: ['@SUM(A1)'] }],
    };
    const { rows } = read(buildCsv(table, meta, t));
    expect(rows.slice(1)).toEqual([[`'=HYPERLINK("http://x","click")`], ["'@SUM(A1)"]]);
  });
});
