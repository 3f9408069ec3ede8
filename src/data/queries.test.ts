import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from './queries';

describe('DATASET_IDS', () => {
  it('lists exactly the datasets of public/data/manifest.json, in its order', () => {
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
      datasets: Array<{ id: string }>;
    };
    expect([...DATASET_IDS]).toEqual(manifest.datasets.map((dataset) => dataset.id));
  });
});
