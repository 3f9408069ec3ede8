import type { z } from 'zod/mini';

/** Why a dataset could not be shown. `retryable` drives react-query's automatic retries. */
export type DatasetErrorKind = 'not-found' | 'http' | 'network' | 'timeout' | 'parse' | 'schema';

export class DatasetError extends Error {
  readonly datasetId: string;
  readonly kind: DatasetErrorKind;
  readonly status: number | undefined;

  constructor(datasetId: string, kind: DatasetErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'DatasetError';
    this.datasetId = datasetId;
    this.kind = kind;
    this.status = status;
  }

  /** Server hiccups and slow networks may pass; a missing file or bad data will not. */
  get retryable(): boolean {
    return this.kind === 'http' || this.kind === 'network' || this.kind === 'timeout';
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function dataBaseUrl(): URL {
  const base = import.meta.env.VITE_DATA_URL || `${import.meta.env.BASE_URL}data/`;
  return new URL(base.endsWith('/') ? base : `${base}/`, globalThis.location?.href);
}

export function dataTimeoutMs(): number {
  const fromEnv = Number(import.meta.env.VITE_DATA_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_TIMEOUT_MS;
}

/** `observations[2].value` from zod's `['observations', 2, 'value']`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function describeSchemaError(datasetId: string, error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${datasetId}: invalid data`;
  const path = formatIssuePath(issue.path);
  return `${datasetId}: ${path ? `${path}: ` : ''}${issue.message}`;
}

interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The only place the app calls `fetch`: every response is parsed and validated here. */
export async function fetchDataset<S extends z.ZodMiniType>(
  datasetId: string,
  file: string,
  schema: S,
  { signal, timeoutMs = dataTimeoutMs() }: FetchOptions = {},
): Promise<z.infer<S>> {
  const url = new URL(file, dataBaseUrl());
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (timeout.aborted)
      throw new DatasetError(
        datasetId,
        'timeout',
        `${datasetId}: no response within ${timeoutMs / 1000} s`,
      );
    if (signal?.aborted) throw cause;
    throw new DatasetError(
      datasetId,
      'network',
      `${datasetId}: the data server could not be reached`,
    );
  }
  if (!response.ok) {
    const kind = response.status === 404 ? 'not-found' : 'http';
    throw new DatasetError(
      datasetId,
      kind,
      `${datasetId}: the server answered ${response.status}`,
      response.status,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(datasetId, 'parse', `${datasetId}: the file is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new DatasetError(datasetId, 'schema', describeSchemaError(datasetId, parsed.error));
  return parsed.data;
}
