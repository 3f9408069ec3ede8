import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { BASE_URL, PORT, ROOT } from './config';

/**
 * The production build served by `vite preview` on its own port. Started from node_modules/.bin
 * (not npx) so the PID we hold is Vite's own process and killing it stops the server.
 */
export interface Server {
  pid: number;
  stop: () => Promise<void>;
}

function reachable(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startServer(): Promise<Server> {
  if (await reachable(BASE_URL))
    throw new Error(`port ${PORT} is already serving something; stop it first`);
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const pid = child.pid;
  if (pid === undefined) throw new Error('vite preview did not start');

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Leave no orphan behind, even when the bench is interrupted.
    process.off('exit', killNow);
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid, 'SIGTERM');
    if (!(await exited(child, 5000))) process.kill(pid, 'SIGKILL');
  };
  const killNow = () => {
    if (child.exitCode === null) process.kill(pid, 'SIGKILL');
  };
  process.on('exit', killNow);

  const deadline = Date.now() + 30_000;
  while (!(await reachable(BASE_URL))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not come up on ${BASE_URL}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { pid, stop };
}
