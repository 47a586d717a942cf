/**
 * The reference a user could run instead: the stock `@y/websocket-server@0.1.1` (`src/server.js`,
 * in memory, no durability, its own `ws` 6), started as its own process on 127.0.0.1 exactly as
 * its README says (`HOST=… PORT=… npx y-websocket`). Pair `startReferenceServer` with `stop()`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/harness/serverHarness.js';
import { waitFor } from './stats.js';

export interface ReferenceServer {
  /** ws://127.0.0.1:PORT — a room is `${url}/${room}`. */
  readonly url: string;
  readonly pid: number;
  rssBytes(): number;
  stop(): Promise<void>;
}

const SERVER_SCRIPT = join(REPO_ROOT, 'node_modules/@y/websocket-server/src/server.js');

/** A port that was free a moment ago (the reference server cannot listen on port 0 and say which). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startReferenceServer(): Promise<ReferenceServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    await waitFor('the reference server to listen', () => output.includes('running at') || child.exitCode !== null, 15_000);
    if (child.exitCode !== null) throw new Error(`the reference server exited: ${output}`);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `ws://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    rssBytes() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? NaN) * 1024;
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
