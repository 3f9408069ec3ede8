import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { fixture, datasetFixture } from './fixtures';

/** Matches the data base URL wherever it points (same origin or another host). */
export const DATA_ROUTE = '*/data/:file';

export type ScenarioName =
  'success' | 'slow' | 'server-error' | 'malformed' | 'schema' | 'partial' | 'not-found';

export const SCENARIOS: readonly ScenarioName[] = [
  'success',
  'slow',
  'server-error',
  'malformed',
  'schema',
  'partial',
  'not-found',
];

/** Serves every file from the canonical fixtures. */
export const successHandler = http.get(DATA_ROUTE, ({ params }) => {
  try {
    return HttpResponse.json(fixture(String(params.file)) as JsonBodyType);
  } catch {
    return new HttpResponse(null, { status: 404 });
  }
});

/** Overrides one dataset's file; the rest keep the success handler. */
export function datasetHandler(
  id: string,
  respond: () => Response | Promise<Response>,
): HttpHandler {
  return http.get(`*/data/${id}.json`, respond);
}

export const respond = {
  serverError: () => new HttpResponse('Internal Server Error', { status: 500 }),
  notFound: () => new HttpResponse('Not Found', { status: 404 }),
  malformed: () =>
    new HttpResponse('{"id": "rankings", "observations": [', {
      headers: { 'Content-Type': 'application/json' },
    }),
  json: (body: unknown) => HttpResponse.json(body as JsonBodyType),
  slow: (ms: number, body: unknown) => async () => {
    await delay(ms);
    return HttpResponse.json(body as JsonBodyType);
  },
};

/** A rankings file whose third observation has a negative rank. */
export function brokenRankings(): unknown {
  const data = datasetFixture('rankings');
  const third = data.observations[2];
  if (third) third.value = -3;
  return data;
}

/** Named scenarios for the dev mock (`VITE_MOCK=1`, `?scenario=`), so every state can be seen. */
export function scenarioHandlers(name: ScenarioName, slowMs = 3000): HttpHandler[] {
  switch (name) {
    case 'success':
      return [successHandler];
    case 'slow':
      return [
        http.get(DATA_ROUTE, async ({ params }) => {
          await delay(slowMs);
          return HttpResponse.json(fixture(String(params.file)) as JsonBodyType);
        }),
      ];
    case 'server-error':
      return [datasetHandler('*', respond.serverError)];
    case 'not-found':
      return [datasetHandler('funding', respond.notFound), successHandler];
    case 'malformed':
      return [datasetHandler('rankings', respond.malformed), successHandler];
    case 'schema':
      return [datasetHandler('rankings', () => respond.json(brokenRankings())), successHandler];
    case 'partial':
      return [datasetHandler('funding', respond.serverError), successHandler];
  }
}
