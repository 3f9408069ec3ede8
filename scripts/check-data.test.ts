import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../mock-data/fixtures';
import { datasetSchema, type Dataset } from '../src/data/schema';
import { checkData, checkSources } from './check-data';

const rankings = (): Dataset => datasetSchema.parse(datasetFixture('rankings'));

describe('data:check source rules', () => {
  it('passes the canonical data', () => {
    expect(checkData()).toEqual([]);
  });

  it('fails on a placeholder title, a title cut with "…", and an id for a title', () => {
    for (const title of [
      "Report on Hong Kong's rank in the Global Innovation Index 2014",
      'Hong Kong takes Asian lead…',
      'Press release P2016110100666',
      'Table 207',
    ]) {
      const d = rankings();
      d.sources[1]!.title = title;
      expect(checkSources('rankings.json', d).map((p) => p.path)).toEqual(['sources[1].title']);
    }
  });

  it('fails on a source no figure cites', () => {
    const d = rankings();
    d.sources.push({ ...d.sources[1]!, id: 'unused-source' });
    expect(checkSources('rankings.json', d)).toEqual([
      expect.objectContaining({ message: 'source "unused-source" is cited by no figure' }),
    ]);
  });

  it('fails on a later figure without its sentence', () => {
    const d = rankings();
    const at = d.observations.findIndex((o) => o.id === 'rankings.gii.2023');
    delete d.observations[at]!.quote;
    expect(checkSources('rankings.json', d).map((p) => p.path)).toEqual([
      `observations[${at}].quote`,
    ]);
  });
});

describe('the schema’s source rules', () => {
  const withSource = (change: (s: Record<string, unknown>) => void) => {
    const d = datasetFixture('rankings') as unknown as { sources: Array<Record<string, unknown>> };
    change(d.sources[1]!);
    const result = datasetSchema.safeParse(d);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('requires an https address of a page, not a bare domain', () => {
    expect(withSource((s) => delete s.url)).toEqual([expect.stringMatching(/^sources\.1\.url/)]);
    expect(withSource((s) => (s.url = 'http://example.org/page'))).toEqual([
      'sources.1.url: expected an https:// address',
    ]);
    expect(withSource((s) => (s.url = 'https://isd.gov.hk'))).toEqual([
      'sources.1.url: expected the address of a page, not a bare domain',
    ]);
  });

  it('requires a date of publication or the date the page was read', () => {
    expect(
      withSource((s) => {
        delete s.date;
        delete s.accessed;
      }),
    ).toEqual([
      'sources.1.date: expected a date of publication or the date the page was read (accessed)',
    ]);
  });
});
