import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from './schema';

/**
 * Every quote of the HKTDC Research article is a verbatim substring of the article, and a figure
 * read from one of its tables names the table, row and column, each printed in the article too.
 * The article's text is kept in the repository (`src/data/sources/`), so this runs everywhere,
 * CI included; where the shared copy is present it must be the same text.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTICLE_FILE = 'hktdc-research-2021-03-12-innovation-technology-hong-kong.txt';
const ARTICLE = readFileSync(path.join(HERE, 'sources', ARTICLE_FILE), 'utf8');
const DATA_DIR = path.resolve(HERE, '../../public/data');
const ARTICLE_SOURCE_ID = 'hktdc-2021';

const datasets: Dataset[] = readdirSync(DATA_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
  .map((f) => datasetSchema.parse(JSON.parse(readFileSync(path.join(DATA_DIR, f), 'utf8'))));
const articleFigures = datasets.flatMap((d) =>
  d.observations.filter((o) => o.sourceId === ARTICLE_SOURCE_ID && !o.derived),
);

/** The lines of the article that are a table's text, one cell a line. */
const LINES = ARTICLE.split('\n').map((l) => l.trim());

describe('article quotes', () => {
  it('holds the article text (the same as the shared copy, where there is one)', () => {
    expect(ARTICLE).toContain('Innovation and Technology Industry in Hong Kong');
    const shared = path.resolve(HERE, '../../../shared/sources', ARTICLE_FILE);
    let sharedText: string | undefined;
    try {
      sharedText = readFileSync(shared, 'utf8');
    } catch {
      sharedText = undefined; // CI's checkout may have no shared/ beside it: the copy here stands.
    }
    if (sharedText !== undefined) expect(ARTICLE).toBe(sharedText);
  });

  it('quotes every article figure word for word', () => {
    expect(articleFigures.length).toBeGreaterThan(100);
    const notFound = articleFigures
      .filter((o) => !o.quote || !ARTICLE.includes(o.quote))
      .map((o) => `${o.id}: ${o.quote ?? '(no quote)'}`);
    expect(notFound).toEqual([]);
  });

  it('names the table, row and column of a figure read from a table, as printed', () => {
    const cells = articleFigures.filter((o) => o.cell);
    expect(cells.length).toBe(8 + 23);
    for (const o of cells) {
      const { table, row, column } = o.cell!;
      const start = LINES.indexOf(table);
      expect(start, `${o.id}: table "${table}"`).toBeGreaterThan(-1);
      const rowAt = LINES.indexOf(row, start);
      expect(rowAt, `${o.id}: row "${row}"`).toBeGreaterThan(start);
      expect(LINES.indexOf(column, start), `${o.id}: column "${column}"`).toBeGreaterThan(start);
      // The cell itself: the rankings table's cells follow the row in column order; the
      // universities table has one cell per row.
      const columns = LINES.slice(start + 1, rowAt).filter((l) => /^\d{4}$/.test(l));
      const cell = columns.length
        ? LINES.slice(rowAt + 1).filter(Boolean)[columns.indexOf(column)]
        : LINES.slice(rowAt + 1).find(Boolean);
      expect(cell, o.id).toBe(o.quote);
    }
  });

  it('fails on a quote rebuilt rather than copied', () => {
    expect(ARTICLE.includes('Global Innovation Index 2017: 16/127')).toBe(false);
    expect(ARTICLE.includes('16/127')).toBe(true);
  });
});

describe('later-year quotes', () => {
  it('give the sentence from their own page for every figure that is not derived', () => {
    const missing = datasets.flatMap((d) =>
      d.observations
        .filter((o) => o.sourceId !== ARTICLE_SOURCE_ID && !o.derived && !o.quote)
        .map((o) => o.id),
    );
    expect(missing).toEqual([]);
  });
});
