import type { Dataset, Manifest } from '../src/data/schema';

/**
 * The canonical datasets, loaded from public/data so tests and the dev mock serve exactly the
 * files the production build ships. Typed loosely on purpose: the app must validate them itself.
 */
const files = import.meta.glob<{ default: unknown }>('../public/data/*.json', { eager: true });

export function fixture(file: string): unknown {
  const entry = files[`../public/data/${file}`];
  if (!entry) throw new Error(`mock-data: no fixture named ${file}`);
  // A deep copy, so a test that mutates its fixture cannot leak into another.
  return structuredClone(entry.default);
}

export function datasetFixture(id: string): Dataset {
  return fixture(`${id}.json`) as Dataset;
}

export function manifestFixture(): Manifest {
  return fixture('manifest.json') as Manifest;
}
