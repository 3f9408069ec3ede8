import { useCallback, useState, type ComponentType } from 'react';
import { acquireExportLock, releaseExportLock } from './export-store';
import { ExportError, type ExportJob, type ExportProgress, type ExportResult } from './types';

/** What the lazily loaded engine renders: the hidden, fixed-size copy of the panels. */
export interface StageProps {
  job: ExportJob;
  onProgress: (progress: ExportProgress) => void;
  onDone: (result: ExportResult) => void;
  onError: (error: ExportError) => void;
}

type Engine = { ExportStage: ComponentType<StageProps> };

let enginePromise: Promise<Engine> | null = null;

/**
 * The export engine (the off-screen card, papaparse, and through it fflate and pptxgenjs) is
 * loaded on the first export, never with the page.
 */
function loadEngine(): Promise<Engine> {
  enginePromise ??= import('./engine/export-engine').catch((cause: unknown) => {
    enginePromise = null; // a later click tries again
    throw new ExportError('load', { cause });
  });
  return enginePromise;
}

/** Time allowed per panel drawn, and for putting the file together. */
const MS_PER_PANEL = 30_000;
const MS_BASE = 30_000;

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ExportProgress | null }
  | { status: 'done'; message: string }
  | { status: 'failed'; error: ExportError };

interface Active {
  id: number;
  job: ExportJob;
  Stage: ComponentType<StageProps>;
  onProgress: (progress: ExportProgress) => void;
  resolve: (result: ExportResult) => void;
  reject: (error: ExportError) => void;
}

let sequence = 0;

/**
 * Runs one export at a time on the whole page: takes the lock, loads the engine, mounts its
 * stage (returned as `stage`, to be rendered by the caller) and settles with the file. A failure
 * or a timeout unmounts the stage and releases the lock, so the page keeps working.
 */
export function useExportRunner() {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const [active, setActive] = useState<Active | null>(null);

  const run = useCallback(async (job: ExportJob): Promise<ExportResult> => {
    if (!acquireExportLock()) throw new ExportError('busy');
    setState({ status: 'running', progress: null });
    const panels = 'targets' in job ? job.targets.length : 1;
    let timer: number | undefined;
    try {
      const engine = await loadEngine();
      return await new Promise<ExportResult>((resolve, reject) => {
        timer = window.setTimeout(
          () => reject(new ExportError('timeout')),
          MS_BASE + MS_PER_PANEL * panels,
        );
        setActive({
          id: ++sequence,
          job,
          Stage: engine.ExportStage,
          onProgress: (progress) => setState({ status: 'running', progress }),
          resolve,
          reject,
        });
      });
    } finally {
      window.clearTimeout(timer);
      setActive(null);
      releaseExportLock();
    }
  }, []);

  const Stage = active?.Stage;
  const stage =
    active && Stage ? (
      <Stage
        key={active.id}
        job={active.job}
        onProgress={active.onProgress}
        onDone={active.resolve}
        onError={active.reject}
      />
    ) : null;

  return { run, state, setState, stage };
}
