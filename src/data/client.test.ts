import { describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/setup-tests';
import { brokenRankings, datasetHandler, respond } from '../../mock-data/handlers';
import { DatasetError, fetchDataset } from './client';
import { datasetSchema, manifestSchema } from './schema';

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchDataset', () => {
  it('returns validated data for a good file', async () => {
    const data = await fetchDataset('rankings', 'rankings.json', datasetSchema);
    expect(data.id).toBe('rankings');
    expect(data.observations.find((o) => o.id === 'rankings.gii.2020')).toMatchObject({
      value: 11,
      outOf: 131,
    });
  });

  it('reads the manifest with its headlines', async () => {
    const manifest = await fetchDataset('manifest', 'manifest.json', manifestSchema);
    expect(manifest.datasets.map((d) => d.id).slice(0, 4)).toEqual([
      'rankings',
      'startups',
      'fintech',
      'funding',
    ]);
  });

  it('reports a 500 as a retryable server error', async () => {
    server.use(datasetHandler('rankings', respond.serverError));
    const error = await failure(fetchDataset('rankings', 'rankings.json', datasetSchema));
    expect(error).toMatchObject({ kind: 'http', status: 500, retryable: true });
    expect(error.message).toBe('rankings: the server answered 500');
  });

  it('reports a 404 as not found, and does not retry it', async () => {
    server.use(datasetHandler('funding', respond.notFound));
    const error = await failure(fetchDataset('funding', 'funding.json', datasetSchema));
    expect(error).toMatchObject({ kind: 'not-found', retryable: false });
  });

  it('reports a network failure', async () => {
    server.use(datasetHandler('fintech', () => HttpResponse.error()));
    const error = await failure(fetchDataset('fintech', 'fintech.json', datasetSchema));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
  });

  it('gives up on a response slower than the timeout', async () => {
    server.use(
      http.get('*/data/startups.json', async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const error = await failure(
      fetchDataset('startups', 'startups.json', datasetSchema, { timeoutMs: 50 }),
    );
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('refuses malformed JSON', async () => {
    server.use(datasetHandler('rankings', respond.malformed));
    const error = await failure(fetchDataset('rankings', 'rankings.json', datasetSchema));
    expect(error).toMatchObject({ kind: 'parse', retryable: false });
    expect(error.message).toBe('rankings: the file is not valid JSON');
  });

  it('names the dataset and the field when data breaks the schema', async () => {
    server.use(datasetHandler('rankings', () => respond.json(brokenRankings())));
    const error = await failure(fetchDataset('rankings', 'rankings.json', datasetSchema));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/^rankings: observations\[2\]\.value: /);
  });
});
