import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import type { Source } from '@/data/schema';
import { buildReadme } from './readme';
import { citation, uniqueSources } from './citation';

const hktdc: Source = {
  id: 'hktdc-2021',
  publisher: 'HKTDC Research',
  title: 'Innovation and Technology Industry in Hong Kong',
  date: '2021-03-12',
  url: 'https://hkmb.hktdc.com/en/MzEzOTIwMDIy',
  sourceType: 'primary',
};
const press: Source = {
  id: 'xinhua-2015',
  publisher: 'Xinhua',
  title: 'Report on the start-up survey 2015',
  accessed: '2026-12-07',
  url: 'https://example.org/xinhua-2015',
  sourceType: 'secondary',
};

describe('citation', () => {
  it('is one line: publisher, title, date, secondary mark and address', () => {
    expect(citation(hktdc, i18n.t)).toBe(
      'HKTDC Research, “Innovation and Technology Industry in Hong Kong” (12 March 2021). https://hkmb.hktdc.com/en/MzEzOTIwMDIy',
    );
    expect(citation(press, i18n.t)).toBe(
      'Xinhua, “Report on the start-up survey 2015” [secondary report]. https://example.org/xinhua-2015',
    );
  });

  it('lists each source once, in first-seen order', () => {
    expect(uniqueSources([[hktdc, press], [hktdc]]).map((s) => s.id)).toEqual([
      'hktdc-2021',
      'xinhua-2015',
    ]);
  });
});

describe('buildReadme', () => {
  it('lists the files, each panel with its sources, what was left out, and every source', () => {
    const text = buildReadme(
      {
        appName: 'Hong Kong Innovation & Technology',
        exportedOn: '9 January 2026 (2026-01-09)',
        asOf: '2025',
        filters: 'Years 2018–2020',
        images: 'Images: Slide 16:9, 2×',
        panels: [
          {
            title: 'Start-up growth',
            takeaway: 'Start-ups grew.',
            sources: [hktdc, press],
            notes: ['A note.'],
            files: { image: 'a.png', data: ['a.csv'] },
          },
        ],
        skipped: [{ title: 'Fintech', reason: 'the data could not be loaded' }],
      },
      i18n.t,
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Hong Kong Innovation & Technology: all panels');
    expect(lines).toContain('Filters: Years 2018–2020');
    expect(lines).toContain('- a.png: Start-up growth, chart');
    expect(lines.some((l) => l.startsWith('- a.csv: Start-up growth, data'))).toBe(true);
    expect(lines).toContain('- Not exported: Fintech (the data could not be loaded)');
    expect(lines).toContain(`   - ${citation(hktdc, i18n.t)}`);
    expect(lines.slice(lines.indexOf('All sources'))).toContain(`- ${citation(press, i18n.t)}`);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
