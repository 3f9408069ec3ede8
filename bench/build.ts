import { spawnSync } from 'node:child_process';
import { ROOT } from './config';

/** `npm run build` (type-check and vite build), with its output shown; throws if it fails. */
export function build(): void {
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? '?'})`);
}
