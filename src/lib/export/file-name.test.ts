import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, loadViewState } from '@/lib/view-state';
import { chipsFor, exportFileName, filterSlug, isoDate, slugify } from './file-name';

describe('slugify', () => {
  it('keeps lower-case ASCII letters, digits and single hyphens', () => {
    expect(slugify('Start-up growth')).toBe('start-up-growth');
    expect(slugify('R&D spending: 2018–2020 / “GII” only')).toBe('r-d-spending-2018-2020-gii-only');
    expect(slugify('  --Café Ünïcode--  ')).toBe('cafe-unicode');
  });

  it('drops characters no file system accepts, and scripts it cannot spell', () => {
    expect(slugify('a<b>c:d"e/f\\g|h?i*j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(slugify('創新科技')).toBe('');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
  });

  it('cuts long text without leaving a trailing hyphen', () => {
    const slug = slugify('word '.repeat(40), 22);
    expect(slug.length).toBeLessThanOrEqual(22);
    expect(slug).not.toMatch(/-$/);
  });
});

describe('isoDate', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(isoDate(new Date(2021, 2, 5, 23, 59))).toBe('2021-03-05');
    expect(isoDate(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });
});

describe('filterSlug', () => {
  it('says "all" when nothing is filtered', () => {
    expect(filterSlug([], DEFAULT_VIEW)).toBe('all');
  });

  it('names the filters by their ids, whatever the language of the chips', () => {
    const view = loadViewState('?from=2018&to=2020&index=gii&metric=percentile&sector=biotech');
    const chips = [
      { key: 'years', label: '年份 2018–2020' },
      { key: 'index', label: '指數：GII' },
      { key: 'metric', label: '百分位' },
      { key: 'sector', label: '行業：生物科技' },
    ];
    expect(filterSlug(chips, view)).toBe('2018-2020-gii-percentile-biotech');
  });

  it('names the economies compared with, after "vs"', () => {
    const view = loadViewState('?compare=switzerland,singapore');
    const chips = [{ key: 'compare', label: '比較：新加坡、瑞士' }];
    expect(filterSlug(chips, view)).toBe('vs-singapore-switzerland');
    expect(chipsFor(chips, ['from', 'to', 'index', 'compare'])).toEqual(chips);
  });

  it('takes the years from the chip, which fills in an open bound', () => {
    const view = loadViewState('?from=2018');
    expect(filterSlug([{ key: 'years', label: 'Years 2018–2025' }], view)).toBe('2018-2025');
  });
});

describe('chipsFor', () => {
  const chips = [
    { key: 'years', label: 'Years 2018–2020' },
    { key: 'area', label: 'Focus: Fintech' },
    { key: 'sector', label: 'Sector: Biotechnology' },
  ];

  it('keeps only the filters that act on the panel', () => {
    expect(chipsFor(chips, ['from', 'to', 'index']).map((c) => c.key)).toEqual(['years']);
    expect(chipsFor(chips, ['sector', 'count']).map((c) => c.key)).toEqual(['sector']);
    expect(chipsFor(chips, [])).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('is hk-innovation-<panel>-<filters>-<yyyy-mm-dd>.<ext>', () => {
    const date = new Date(2026, 0, 9);
    expect(exportFileName({ subject: 'startups', filters: '2018-2020', date, ext: 'png' })).toBe(
      'hk-innovation-startups-2018-2020-2026-01-09.png',
    );
    expect(exportFileName({ subject: 'Meeting deck', filters: '', date, ext: 'PPTX' })).toBe(
      'hk-innovation-meeting-deck-all-2026-01-09.pptx',
    );
  });

  it('names the language when it is not English, so the two never overwrite each other', () => {
    const date = new Date(2026, 11, 7);
    const base = { subject: 'startups', filters: '2018-2020', date, ext: 'csv' };
    expect(exportFileName({ ...base, language: 'zh-Hant' })).toBe(
      'hk-innovation-startups-2018-2020-zh-hant-2026-12-07.csv',
    );
    expect(exportFileName({ ...base, language: 'zh-Hans' })).toBe(
      'hk-innovation-startups-2018-2020-zh-hans-2026-12-07.csv',
    );
    expect(exportFileName({ ...base, language: 'en' })).toBe(
      'hk-innovation-startups-2018-2020-2026-12-07.csv',
    );
  });

  it('is safe for every OS: no separators, reserved characters or spaces', () => {
    const name = exportFileName({
      subject: 'CON<>:"/\\|?* panel',
      filters: '../2018 2020',
      date: new Date(2026, 0, 9),
      ext: 'csv',
    });
    expect(name).toBe('hk-innovation-con-panel-2018-2020-2026-01-09.csv');
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});
