import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../../mock-data/fixtures';
import { describeSchemaError } from './client';
import { datasetSchema, type Dataset } from './schema';

function firstError(data: unknown): string | undefined {
  const result = datasetSchema.safeParse(data);
  return result.success ? undefined : describeSchemaError('test', result.error);
}

function mutate(id: string, change: (d: Dataset) => void): Dataset {
  const data = datasetFixture(id);
  change(data);
  return data;
}

describe('datasetSchema', () => {
  it('accepts every canonical dataset', () => {
    for (const id of ['rankings', 'startups', 'fintech', 'funding']) {
      expect(firstError(datasetFixture(id)), id).toBeUndefined();
    }
  });

  it('rejects a string where a number belongs', () => {
    const data = mutate('startups', (d) => {
      (d.observations[0] as unknown as { value: string }).value = '1,558';
    });
    expect(firstError(data)).toBe('test: observations[0].value: expected a number');
  });

  it('rejects a missing field', () => {
    const data = mutate('fintech', (d) => {
      delete (d.observations[1] as Partial<Dataset['observations'][number]>).sourceId;
    });
    expect(firstError(data)).toMatch(/^test: observations\[1\]\.sourceId: /);
  });

  it('rejects a negative count', () => {
    const data = mutate('startups', (d) => {
      d.observations[0]!.value = -5;
    });
    expect(firstError(data)).toBe('test: observations[0].value: expected a number of zero or more');
  });

  it('rejects a year out of range', () => {
    const data = mutate('startups', (d) => {
      d.observations[0]!.year = 3020;
    });
    expect(firstError(data)).toBe('test: observations[0].year: expected a year up to 2100');
  });

  it('rejects duplicate years in one series', () => {
    const data = mutate('rankings', (d) => {
      const first = d.observations.find((o) => o.series === 'gii' && o.year === 2017)!;
      d.observations.push({ ...first, id: 'rankings.gii.dup' });
    });
    expect(firstError(data)).toMatch(/duplicate observation for series "gii" in 2017/);
  });

  it('rejects a rank beyond the economies ranked', () => {
    const data = mutate('rankings', (d) => {
      const o = d.observations.find((x) => x.id === 'rankings.gii.2020')!;
      o.value = 140;
    });
    expect(firstError(data)).toMatch(/rank 140 is beyond the 131 economies ranked/);
  });

  it('rejects shares that add up to more than 100%', () => {
    const data = mutate('funding', (d) => {
      const o = d.observations.find((x) => x.series === 'itf-sector-share')!;
      o.value += 20;
    });
    expect(firstError(data)).toMatch(/shares of "itf-sector-share" sum to 120%, above 100%/);
  });

  it('rejects an observation citing a source the dataset does not list', () => {
    const data = mutate('fintech', (d) => {
      d.observations[0]!.sourceId = 'nowhere';
    });
    expect(firstError(data)).toBe('test: observations[0].sourceId: unknown source "nowhere"');
  });
});
