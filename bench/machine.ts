import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './config';

/** The machine a run was made on: figures from two machines are not comparable without it. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  lighthouse: string;
  playwright: string;
  /** 1-minute load average at the start and end: other work on the machine skews the figures. */
  loadAverage: { start: number; end: number };
}

function packageVersion(name: string): string {
  try {
    const file = path.join(ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function describeMachine(chromium: string, loadAtStart: number): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    lighthouse: packageVersion('lighthouse'),
    playwright: packageVersion('@playwright/test'),
    loadAverage: { start: loadAtStart, end: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 },
  };
}

export const loadAverageNow = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
