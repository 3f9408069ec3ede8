import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { figureCell } from '@/components/panel/table-cell';
import { buildWorkbook, sheetName } from './xlsx';

const t = i18n.t;

describe('buildWorkbook', () => {
  it('writes one sheet per table with numbers as numbers, a frozen header and a Sources sheet', async () => {
    const blob = await buildWorkbook(
      [
        {
          title: 'Start-up growth',
          tables: [
            {
              caption: 'Start-ups by year',
              columns: [
                { key: 'year', label: 'Year' },
                { key: 'startups', label: 'Start-ups', numeric: true },
              ],
              rows: [
                { cells: ['2019', figureCell({ value: 3184 }, 'count')] },
                { cells: ['2020', figureCell({ value: 3360 }, 'count')] },
              ],
            },
            {
              caption: 'Founders',
              columns: [
                { key: 'group', label: 'Group' },
                { key: 'share', label: 'Share', numeric: true },
              ],
              rows: [{ cells: ['Non-local', figureCell({ value: 27 }, 'percent')] }],
            },
          ],
          sources: [
            {
              id: 'investhk',
              publisher: 'InvestHK',
              title: 'Startup survey',
              url: 'https://www.investhk.gov.hk/',
              sourceType: 'primary',
            },
          ],
          notes: [],
          filters: '',
          address: 'https://example.org/#startups',
        },
      ],
      { appName: 'HK I&T', exportedOn: '2026-12-07', filters: '', language: 'en' },
      t,
    );
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Start-up growth 1', 'Start-up growth 2', 'About', 'Sources']);
    const first = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    // 3,360 is the number 3360, not the text "3,360".
    expect(first).toMatch(/<c r="B3"[^>]*><v>3360<\/v><\/c>/);
    expect(first).toContain('state="frozen"');
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('https://www.investhk.gov.hk/');
  });
});

describe('sheetName', () => {
  it('keeps Excel’s rules: 31 characters, no : / ? * [ ], unique', () => {
    const taken = new Set<string>();
    expect(sheetName('R&D: spending / GDP [%]', taken)).toBe('R&D spending GDP %');
    expect(sheetName('A'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('A'.repeat(40), taken)).toBe(`${'A'.repeat(27)} (2)`);
  });
});
